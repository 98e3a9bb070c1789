/**
 * Merging a colleague's copy (or the open file's changes made on disk by another program) and
 * deciding conflicts left pending, as one dialog's state: read the copy (`merge.preview`,
 * nothing written), show what it would do, collect a decision per conflict, then apply
 * (`merge.apply`, one undo step) or cancel (`merge.cancel`). Conflicts left undecided stay
 * pending in the project; `merge.pending` shows them again and `merge.decide` settles them.
 * A file of another project (`different-project`) leads to "import its articles only".
 */
import { useCallback, useMemo, useState } from 'react';
import type { ArgsOf, ConflictView, ImportSummary, MergePreview } from '../../shared/api.js';
import type { ItemKind } from '../../shared/model.js';
import type { AppError } from '../../shared/result.js';
import { useCall } from './backend.js';
import type { Report } from './notices.js';
import { useLatestCall } from './use-latest-call.js';

/** What to keep of one conflict. */
export type Choice = ArgsOf<'merge.apply'>['decisions'][number]['choice'];

/** The decisions taken so far, by conflictKey. */
export type Decisions = ReadonlyMap<string, Choice>;

/** A conflict's key in `Decisions`. */
export function conflictKey(c: { kind: ItemKind; id: string }): string {
  return `${c.kind}\u0000${c.id}`;
}

/** Where the dialog is. */
export type MergeStage =
  | { stage: 'closed' }
  /** Reading a copy (or the pending conflicts); `file` names it when known. */
  | { stage: 'reading'; what: 'copy' | 'disk' | 'pending'; file: string | null }
  /** What merging `path` would do; nothing written yet. */
  | { stage: 'preview'; path: string; preview: MergePreview }
  /** Conflicts left undecided by earlier merges. */
  | { stage: 'pending'; conflicts: ConflictView[] }
  /** The file is another project: only its articles can be imported. */
  | { stage: 'other-project'; path: string; file: string; message: string }
  /** Its articles were imported. */
  | { stage: 'imported'; file: string; summary: ImportSummary };

/** A failure shown in the dialog; `stale`: the preview no longer applies, preview again. */
export interface MergeError {
  message: string;
  stale: boolean;
}

/** What a finished merge or decision did, for the confirmation (and its Undo). */
export type MergeOutcome =
  | { kind: 'merge'; name: string; file: string; fromDisk: boolean; added: number; changed: number; deleted: number; decided: number; pending: number }
  | { kind: 'decide'; decided: number; pending: number };

/** What the merge flow needs from around it. */
export interface MergeInputs {
  /** The open project's own file (for "merge its changes from disk"). */
  projectPath: string;
  /** Asks for a copy's path (native or in-app dialog); `dropped` names a dropped project file. */
  chooseCopy(dropped?: string): Promise<string | null>;
  report: Report;
  /** After a merge or a decision was applied. */
  onApplied(outcome: MergeOutcome): void;
  /** After articles were imported from another project. */
  onImported(): void;
}

/** What useMerge returns. */
export interface MergeState {
  view: MergeStage;
  decisions: Decisions;
  /** Applying or importing. */
  busy: boolean;
  error: MergeError | null;
  /** The conflicts on screen (of the preview or the pending ones). */
  conflicts: readonly ConflictView[];
  /** Asks for a colleague's copy, then previews merging it. */
  pickCopy(): Promise<void>;
  /** A project file was dropped or picked for import: asks where it is, then previews. */
  offerFile(name: string): Promise<void>;
  /** Previews merging the copy at `path` (a path the backend knows, e.g. from a native dialog). */
  previewPath(path: string): void;
  /** Previews merging the open project's own file, changed on disk by another program. */
  mergeFromDisk(): void;
  /** Shows the conflicts left pending. */
  openPending(): void;
  /** Decides one conflict (null: decide later). */
  choose(conflict: ConflictView, choice: Choice | null): void;
  /** Decides every conflict on screen for one side. */
  chooseAll(choice: 'mine' | 'theirs'): void;
  apply(): Promise<void>;
  /** Closes the dialog; a preview is dropped on the backend too. */
  cancel(): void;
  /** After `different-project`: imports the file's articles only. */
  importArticles(): Promise<void>;
  /** Reads the same copy again (after the project changed under a preview). */
  again(): void;
}

const CLOSED: MergeStage = { stage: 'closed' };
const NO_DECISIONS: Decisions = new Map();

/** The file name at the end of a backend path (for wording only, never to build a path). */
function fileOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
}

/** The merge dialog's state and actions. */
export function useMerge({ projectPath, chooseCopy, report, onApplied, onImported }: MergeInputs): MergeState {
  const call = useCall();
  const [view, setView] = useState<MergeStage>(CLOSED);
  const [decisions, setDecisions] = useState<Decisions>(NO_DECISIONS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MergeError | null>(null);
  const reading = useLatestCall();

  const show = useCallback((next: MergeStage) => {
    setView(next);
    setDecisions(NO_DECISIONS);
    setError(null);
  }, []);

  const failed = useCallback(
    (title: string, e: AppError) => {
      show(CLOSED);
      if (e.code !== 'cancelled') report(title, e);
    },
    [report, show],
  );

  const previewPath = useCallback(
    (path: string) => {
      const fromDisk = path === projectPath;
      show({ stage: 'reading', what: fromDisk ? 'disk' : 'copy', file: fileOf(path) });
      reading.run(
        () => call('merge.preview', { path }),
        (r) => {
          if (r.ok) show({ stage: 'preview', path, preview: r.value });
          else if (r.error.code === 'different-project') show({ stage: 'other-project', path, file: r.error.details?.file ?? fileOf(path), message: r.error.message });
          else failed(fromDisk ? 'Could not read the changes made on disk' : 'Could not read the copy to merge', r.error);
        },
      );
    },
    [call, failed, projectPath, reading, show],
  );

  const pickCopy = useCallback(async () => {
    const path = await chooseCopy();
    if (path) previewPath(path);
  }, [chooseCopy, previewPath]);

  const offerFile = useCallback(
    async (name: string) => {
      const path = await chooseCopy(name);
      if (path) previewPath(path);
    },
    [chooseCopy, previewPath],
  );

  const mergeFromDisk = useCallback(() => previewPath(projectPath), [previewPath, projectPath]);

  const openPending = useCallback(() => {
    show({ stage: 'reading', what: 'pending', file: null });
    reading.run(
      () => call('merge.pending', {}),
      (r) => {
        if (r.ok) show({ stage: 'pending', conflicts: r.value });
        else failed('Could not load the conflicts to decide', r.error);
      },
    );
  }, [call, failed, reading, show]);

  const conflicts = useMemo<readonly ConflictView[]>(
    () => (view.stage === 'preview' ? view.preview.conflicts : view.stage === 'pending' ? view.conflicts : []),
    [view],
  );

  const choose = useCallback((conflict: ConflictView, choice: Choice | null) => {
    setDecisions((before) => {
      const next = new Map(before);
      if (choice === null) next.delete(conflictKey(conflict));
      else next.set(conflictKey(conflict), choice);
      return next;
    });
  }, []);

  const chooseAll = useCallback((choice: 'mine' | 'theirs') => setDecisions(new Map(conflicts.map((c) => [conflictKey(c), choice]))), [conflicts]);

  const cancel = useCallback(() => {
    reading.invalidate();
    if (view.stage === 'preview') void call('merge.cancel', { previewId: view.preview.previewId });
    show(CLOSED);
  }, [call, reading, show, view]);

  const apply = useCallback(async () => {
    if (busy) return;
    // Only decisions on conflicts on screen, in their order.
    const list = conflicts.flatMap((c) => {
      const choice = decisions.get(conflictKey(c));
      return choice ? [{ kind: c.kind, id: c.id, choice }] : [];
    });
    if (view.stage === 'pending' && list.length === 0) return;
    if (view.stage !== 'preview' && view.stage !== 'pending') return;
    setBusy(true);
    setError(null);
    try {
      if (view.stage === 'preview') {
        const { preview } = view;
        const r = await call('merge.apply', { previewId: preview.previewId, decisions: list });
        if (!r.ok) {
          // The project changed since the preview, or the preview was dropped: read it again.
          setError({ message: r.error.message, stale: r.error.code === 'conflict' || r.error.code === 'not-found' });
          return;
        }
        const sum = (f: 'added' | 'changed' | 'deleted') => Object.values(preview.counts).reduce((n, c) => n + c[f], 0);
        show(CLOSED);
        onApplied({
          kind: 'merge',
          name: preview.source.name,
          file: preview.source.file,
          fromDisk: preview.fromDisk,
          added: sum('added'),
          changed: sum('changed'),
          deleted: sum('deleted'),
          decided: list.length,
          pending: r.value.pending,
        });
      } else {
        const r = await call('merge.decide', { decisions: list });
        if (!r.ok) {
          setError({ message: r.error.message, stale: r.error.code === 'not-found' });
          return;
        }
        show(CLOSED);
        onApplied({ kind: 'decide', decided: list.length, pending: r.value.pending });
      }
    } finally {
      setBusy(false);
    }
  }, [busy, call, conflicts, decisions, onApplied, show, view]);

  const again = useCallback(() => {
    if (view.stage === 'preview') previewPath(view.path);
    else if (view.stage === 'pending') openPending();
  }, [openPending, previewPath, view]);

  const importArticles = useCallback(async () => {
    if (view.stage !== 'other-project' || busy) return;
    const { path, file } = view;
    setBusy(true);
    setError(null);
    try {
      const r = await call('merge.importArticles', { path });
      if (!r.ok) {
        setError({ message: r.error.message, stale: false });
        return;
      }
      show({ stage: 'imported', file, summary: r.value });
      if (r.value.imported.length > 0) onImported();
    } finally {
      setBusy(false);
    }
  }, [busy, call, onImported, show, view]);

  return { view, decisions, busy, error, conflicts, pickCopy, offerFile, previewPath, mergeFromDisk, openPending, choose, chooseAll, apply, cancel, importArticles, again };
}
