/**
 * One claim in the list: its text (edited in place), verdict (the raters' agreed or the team's
 * reconciled rating, or "Disputed"), evidence counts and the row's actions. The row is a tree item: keyboard handling lives in <ClaimList>; the buttons here
 * are for the mouse and are also reachable by their shortcuts.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { VERDICT_BASIS_LABELS } from '../../shared/annotations/verdict.js';
import { LIMITS } from '../../shared/limits.js';
import { keyText } from '../commands/keys.js';
import { firstKey, shortcutText } from '../commands/registry.js';
import { verdictText, type ClaimRowModel, type MoveDirection } from '../lib/claims-view.js';
import { useClaimDrop } from '../state/use-claim-drop.js';
import { EvidenceSummaryLine } from './EvidenceSummaryLine.js';
import { VerdictBadge } from './RatingBadge.js';

/** Props of <ClaimRow>. */
export interface ClaimRowProps {
  row: ClaimRowModel;
  /** 1-based position among the rows of the same level, and their count (for screen readers). */
  posInSet: number;
  setSize: number;
  active: boolean;
  focusable: boolean;
  editing: boolean;
  /** Which moves are possible now (none while sorted or filtered). */
  canMove: Record<MoveDirection, boolean>;
  onActivate(): void;
  onOpen(): void;
  onMove(direction: MoveDirection): void;
  onDelete(): void;
  onEdit(editing: boolean): void;
  onSaveText(text: string): void;
  onKeyDown(e: KeyboardEvent<HTMLLIElement>): void;
  onFocus(): void;
}

const MOVES: ReadonlyArray<{ direction: MoveDirection; symbol: string; label: string; keys: string }> = [
  { direction: 'up', symbol: '↑', label: 'Move up', keys: shortcutText('claims.moveUp') },
  { direction: 'down', symbol: '↓', label: 'Move down', keys: shortcutText('claims.moveDown') },
  { direction: 'outdent', symbol: '⇤', label: 'Make top-level', keys: shortcutText('claims.outdent') },
  { direction: 'indent', symbol: '⇥', label: 'Make sub-claim of the claim above', keys: shortcutText('claims.indent') },
];
const EDIT_KEYS = shortcutText('claims.edit');
const DELETE_KEY = keyText(firstKey('claims.delete')!);
const OPEN_KEYS = shortcutText('claims.open');

/** The row. */
export function ClaimRow(props: ClaimRowProps) {
  const { row, active, editing, canMove } = props;
  const { claim, verdict } = row;
  const raters = verdict.ratings.length;
  const { over, handlers } = useClaimDrop(claim.id);
  const [draft, setDraft] = useState(claim.text);
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!editing) return;
    setDraft(claim.text);
    input.current?.focus();
    input.current?.select();
  }, [editing, claim.text]);

  const finish = (save: boolean) => {
    props.onEdit(false);
    const text = draft.trim();
    if (save && text && text !== claim.text) props.onSaveText(text);
  };

  const stop = (f: () => void) => (e: React.MouseEvent) => {
    e.stopPropagation();
    f();
  };

  const classes = ['claim-row', `claim-row--level-${row.depth + 1}`, active && 'is-active', over && 'is-drop-target', !row.matches && 'is-context', verdict.basis === 'disagreement' && 'is-disputed']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      role="treeitem"
      aria-level={row.depth + 1}
      aria-posinset={props.posInSet}
      aria-setsize={props.setSize}
      aria-selected={active}
      aria-label={`${claim.text}. ${verdictText(verdict)}`}
      tabIndex={props.focusable ? 0 : -1}
      className={classes}
      data-claim-id={claim.id}
      data-verdict={verdict.basis}
      data-testid="claim-row"
      onClick={props.onActivate}
      onDoubleClick={props.onOpen}
      onKeyDown={props.onKeyDown}
      onFocus={(e) => {
        if (e.target === e.currentTarget) props.onFocus();
      }}
      {...handlers}
    >
      <div className="claim-row__main">
        <span className="claim-row__marker" aria-hidden="true" title={active ? 'Active claim: L links a selection here' : undefined}>
          {active ? '◆' : row.depth === 1 ? '↳' : '•'}
        </span>
        {editing ? (
          <textarea
            ref={input}
            className="input claim-row__edit"
            aria-label="Claim text"
            value={draft}
            rows={2}
            maxLength={LIMITS.maxClaimLength}
            onChange={(e) => setDraft(e.target.value)}
            onClick={(e) => e.stopPropagation()}
            onBlur={() => finish(true)}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                finish(true);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                finish(false);
              }
            }}
            data-testid="claim-edit"
          />
        ) : (
          <span className="claim-row__text" dir="auto" data-testid="claim-text-cell">
            {claim.text}
          </span>
        )}
        <span className="claim-row__verdict">
          <VerdictBadge verdict={verdict} />
          {raters > 1 && (
            <span className="claim-row__raters" aria-hidden="true" title={`${raters} raters: ${VERDICT_BASIS_LABELS[verdict.basis]}`} data-testid="claim-raters">
              {raters} raters
            </span>
          )}
        </span>
      </div>
      <div className="claim-row__foot">
        <EvidenceSummaryLine summary={row.summary} variant="compact" />
        <div className="claim-row__actions">
          {MOVES.map((m) => (
            <button
              key={m.direction}
              type="button"
              tabIndex={-1}
              className="icon-button icon-button--small"
              aria-label={`${m.label} (${m.keys})`}
              title={`${m.label} (${m.keys})`}
              disabled={!canMove[m.direction]}
              onClick={stop(() => props.onMove(m.direction))}
              data-testid={`claim-${m.direction}`}
            >
              {m.symbol}
            </button>
          ))}
          <button type="button" tabIndex={-1} className="icon-button icon-button--small" aria-label={`Edit text (${EDIT_KEYS})`} title={`Edit text (${EDIT_KEYS})`} onClick={stop(() => props.onEdit(true))} data-testid="claim-edit-button">
            ✎
          </button>
          <button type="button" tabIndex={-1} className="icon-button icon-button--small icon-button--danger" aria-label={`Delete claim (${DELETE_KEY})`} title={`Delete claim (${DELETE_KEY})`} onClick={stop(props.onDelete)} data-testid="claim-delete-button">
            ×
          </button>
          <button type="button" tabIndex={-1} className="icon-button icon-button--small" aria-label={`Open claim: evidence and rating (${OPEN_KEYS})`} title={`Open: evidence and rating (${OPEN_KEYS})`} onClick={stop(props.onOpen)} data-testid="claim-open">
            ›
          </button>
        </div>
      </div>
    </li>
  );
}
