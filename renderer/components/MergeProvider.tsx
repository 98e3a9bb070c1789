/**
 * Owns merging for the workspace: the merge dialog's state, the Merge and Conflicts commands,
 * and the confirmation afterwards (a toast whose Undo takes the merge back as one step).
 */
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useCommandSlice } from '../commands/host.js';
import { outcomeText } from '../lib/merge-words.js';
import { MergeContext, type MergeFlow } from '../state/merge-flow.js';
import type { Report } from '../state/notices.js';
import { useLibraryContext } from '../state/use-library.js';
import { useMerge, type MergeOutcome } from '../state/use-merge.js';
import { useWorkbenchOrNull } from '../state/workbench.js';
import { MergeDialog } from './MergeDialog.js';

/** Props of <MergeProvider>. */
export interface MergeProviderProps {
  projectPath: string;
  projectName: string;
  chooseCopy(dropped?: string): Promise<string | null>;
  report: Report;
  /** Ask for a copy to merge as soon as this mounts (Merge chosen with no project open). */
  mergeOnOpen?: boolean;
  /** Called once the merge asked for by `mergeOnOpen` has started. */
  onMergeStarted?(): void;
  children: ReactNode;
}

/** Provides the merge flow to `children` and shows the merge dialog. */
export function MergeProvider({ projectPath, projectName, chooseCopy, report, mergeOnOpen, onMergeStarted, children }: MergeProviderProps) {
  const library = useLibraryContext();
  const wb = useWorkbenchOrNull();
  // The latest workbench for the toast's Undo, which runs after later renders.
  const latest = useRef(wb);
  useEffect(() => {
    latest.current = wb;
  });

  const onApplied = useCallback((outcome: MergeOutcome) => {
    const kind = outcome.kind === 'merge' ? 'merge.apply' : 'merge.decide';
    // Undoing the changes merged from disk, then saving, would overwrite them on disk: the
    // toast does not offer it (the undo history still can, deliberately).
    if (outcome.kind === 'merge' && outcome.fromDisk) {
      latest.current?.toast(outcomeText(outcome));
      return;
    }
    latest.current?.toast(outcomeText(outcome), {
      label: 'Undo',
      run: () => {
        const now = latest.current;
        if (now?.view.history.undoKind === kind) void now.undo();
        else now?.toast(`Undo “${now.view.history.undoLabel ?? 'nothing'}” first: changes since the merge come off the undo stack in order`);
      },
    });
  }, []);

  const { refresh } = library;
  const merge = useMerge({ projectPath, chooseCopy, report, onApplied, onImported: refresh });
  const open = merge.view.stage !== 'closed';
  const { pickCopy, offerFile, previewPath, mergeFromDisk, openPending } = merge;

  // Merge chosen on the start screen: the project is open now; ask for the copy (once).
  const started = useRef(false);
  useEffect(() => {
    if (!mergeOnOpen || started.current) return;
    started.current = true;
    onMergeStarted?.();
    void pickCopy();
  }, [mergeOnOpen, onMergeStarted, pickCopy]);

  useCommandSlice(
    'merge',
    useMemo(() => ({ pickCopy: () => void pickCopy(), openPending, open }), [pickCopy, openPending, open]),
  );

  const flow = useMemo<MergeFlow>(
    () => ({ pickCopy, offerFile, previewPath, mergeFromDisk, openPending, open }),
    [pickCopy, offerFile, previewPath, mergeFromDisk, openPending, open],
  );

  return (
    <MergeContext value={flow}>
      {children}
      {open && <MergeDialog state={merge} projectName={projectName} />}
    </MergeContext>
  );
}
