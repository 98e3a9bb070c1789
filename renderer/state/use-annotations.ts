/**
 * The open project's annotations (highlights, claims, links, removed-article records and the
 * undo state), kept current by 'annotations.changed' events, and the actions on them. Every
 * action makes sure the researcher's name is known first, and reports its failure.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationsView, ArgsOf, ResultOf } from '../../shared/api.js';
import { useCall, useEvent } from './backend.js';
import type { Report } from './notices.js';
import { useAuthor, type AuthorState } from './use-author.js';
import type { ShowToast } from './use-toasts.js';

/** Methods that change annotations (and so record the author). */
export type AnnotationAction =
  | 'highlights.create'
  | 'highlights.update'
  | 'highlights.delete'
  | 'claims.create'
  | 'claims.update'
  | 'claims.move'
  | 'claims.delete'
  | 'links.create'
  | 'links.update'
  | 'links.delete';

/**
 * Runs an annotation action; resolves to its result, or undefined when it failed (reported
 * under `failTitle`) or the researcher declined to give their name.
 */
export type RunAction = <M extends AnnotationAction>(method: M, args: ArgsOf<M>, failTitle: string) => Promise<ResultOf<M> | undefined>;

/** What useAnnotations returns. */
export interface AnnotationsState {
  /** Null until the first answer. */
  view: AnnotationsView | null;
  run: RunAction;
  undo(): Promise<void>;
  redo(): Promise<void>;
  author: AuthorState;
}

/** Loads and tracks the annotations of the open project. */
export function useAnnotations(report: Report, toast: ShowToast): AnnotationsState {
  const call = useCall();
  const author = useAuthor();
  const [view, setView] = useState<AnnotationsView | null>(null);
  const seq = useRef(0);
  const latest = useRef<AnnotationsView | null>(null);

  const apply = useCallback((next: AnnotationsView) => {
    latest.current = next;
    setView(next);
  }, []);

  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    const r = await call('annotations.get', {});
    if (mine !== seq.current) return;
    if (r.ok) apply(r.value);
    else report('Could not load the highlights and claims', r.error);
  }, [apply, call, report]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEvent('annotations.changed', (next) => {
    // Newer than any answer still on its way.
    seq.current++;
    apply(next);
  });

  const { ensure } = author;
  const run = useCallback<RunAction>(
    async (method, args, failTitle) => {
      if (!(await ensure())) return undefined;
      const r = await call(method, args);
      if (!r.ok) {
        report(failTitle, r.error);
        return undefined;
      }
      await refresh();
      return r.value;
    },
    [call, ensure, refresh, report],
  );

  const travel = useCallback(
    async (direction: 'undo' | 'redo') => {
      const history = latest.current?.history;
      const label = direction === 'undo' ? history?.undoLabel : history?.redoLabel;
      if (history && !(direction === 'undo' ? history.canUndo : history.canRedo)) return;
      const r = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
      if (!r.ok) {
        report(direction === 'undo' ? 'Could not undo' : 'Could not redo', r.error);
        return;
      }
      await refresh();
      if (label) toast(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}`);
    },
    [call, refresh, report, toast],
  );
  const undo = useCallback(() => travel('undo'), [travel]);
  const redo = useCallback(() => travel('redo'), [travel]);

  return { view, run, undo, redo, author };
}
