/**
 * The claims as a tree (one nesting level): arrow keys move between claims, Alt+arrows
 * reorder and nest them, Enter opens one, Space makes it the active claim, F2 edits its text,
 * Delete deletes it (with Undo).
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useScopeKeys } from '../commands/host.js';
import { moveArgs, type ClaimRowModel, type MoveDirection } from '../lib/claims-view.js';
import { useWorkbench } from '../state/workbench.js';
import { ClaimRow } from './ClaimRow.js';

/** Props of <ClaimList>. */
export interface ClaimListProps {
  rows: readonly ClaimRowModel[];
  /** Manual order and no filter: moving claims makes sense. */
  canReorder: boolean;
}

const NO_MOVES: Record<MoveDirection, boolean> = { up: false, down: false, indent: false, outdent: false };

/** The claim whose detail view was opened from the keyboard, to refocus its row on return. */
let returnFocusTo: string | null = null;

/** The list. */
export function ClaimList({ rows, canReorder }: ClaimListProps) {
  const wb = useWorkbench();
  const { view, panel, run } = wb;
  const [focusId, setFocusId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  // Move focus to a row after it re-rendered somewhere else (moved, or chosen by keyboard).
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);

  const current = rows.some((r) => r.claim.id === focusId) ? focusId : (rows.find((r) => r.claim.id === panel.activeClaimId) ?? rows[0])?.claim.id;

  // The row last focused: moving a row re-inserts its element, which drops the focus to the
  // page; it is put back in the same commit, before the next key press can go astray.
  const lastFocused = useRef<string | null>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body;
    const want = pendingFocus ?? (lost ? lastFocused.current : null);
    if (want) document.querySelector<HTMLElement>(`[data-testid="claim-row"][data-claim-id="${CSS.escape(want)}"]`)?.focus();
    if (pendingFocus) setPendingFocus(null);
  }, [pendingFocus, rows]);

  useLayoutEffect(() => {
    const active = document.activeElement;
    if (returnFocusTo && (!active || active === document.body)) {
      document.querySelector<HTMLElement>(`[data-testid="claim-row"][data-claim-id="${CSS.escape(returnFocusTo)}"]`)?.focus();
    }
    returnFocusTo = null;
  }, []);

  const focusRow = (id: string) => {
    setFocusId(id);
    setPendingFocus(id);
  };

  const move = async (id: string, direction: MoveDirection) => {
    const args = canReorder ? moveArgs(view.claims, id, direction) : null;
    if (!args) return;
    lastFocused.current = id;
    await run('claims.move', args, 'Could not move the claim');
  };

  // The row's keys are commands in the registry (claim-list scope); this is what they act on.
  const listKeys = useScopeKeys('claimList');
  const onKeyDown = (row: ClaimRowModel, index: number) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    const id = row.claim.id;
    listKeys(e, {
      index,
      count: rows.length,
      focusAt: (i) => {
        const target = rows[Math.max(0, Math.min(rows.length - 1, i))];
        if (target) focusRow(target.claim.id);
      },
      activate: () => panel.setActiveClaim(id),
      open: () => {
        // Coming back from the claim's detail view puts the keyboard focus back on its row.
        returnFocusTo = id;
        panel.openClaim(id);
      },
      edit: () => setEditingId(id),
      move: (direction) => void move(id, direction),
      remove: () => {
        // Focus goes to the next row (or the previous one at the end), not back to the page top.
        lastFocused.current = (rows[index + 1] ?? rows[index - 1])?.claim.id ?? null;
        void wb.deleteClaim(id);
      },
    });
  };

  const levelCount = (depth: number, parentId: string | null) => rows.filter((r) => r.depth === depth && (depth === 0 || r.claim.parentId === parentId));

  return (
    <ul className="claim-list" role="tree" aria-label="Claims" data-testid="claim-list">
      {rows.map((row, index) => {
        const id = row.claim.id;
        const level = levelCount(row.depth, row.claim.parentId);
        const canMove = canReorder
          ? { up: !!moveArgs(view.claims, id, 'up'), down: !!moveArgs(view.claims, id, 'down'), indent: !!moveArgs(view.claims, id, 'indent'), outdent: !!moveArgs(view.claims, id, 'outdent') }
          : NO_MOVES;
        return (
          <ClaimRow
            key={id}
            row={row}
            posInSet={level.indexOf(row) + 1}
            setSize={level.length}
            active={panel.activeClaimId === id}
            focusable={current === id}
            editing={editingId === id}
            canMove={canMove}
            onActivate={() => {
              setFocusId(id);
              panel.setActiveClaim(id);
            }}
            onOpen={() => panel.openClaim(id)}
            onMove={(d) => void move(id, d)}
            onDelete={() => void wb.deleteClaim(id)}
            onEdit={(on) => {
              setEditingId(on ? id : null);
              if (!on) focusRow(id);
            }}
            onSaveText={(text) => void run('claims.update', { id, patch: { text } }, 'Could not save the claim')}
            onKeyDown={onKeyDown(row, index)}
            onFocus={() => {
              lastFocused.current = id;
            }}
          />
        );
      })}
    </ul>
  );
}
