/**
 * The open project's annotations (highlights, claims, links, removed-article records and the
 * undo state), and the actions on them. The view is fetched once when the project opens; after
 * that every change (an action, undo, redo, from this window or another) arrives whole in the
 * 'annotations.changed' event, so actions never fetch it again. Every action makes sure the
 * researcher's name is known first, and reports its failure.
 */
import { useCallback, useRef, useState } from 'react';
import type { AnnotationsView, ArgsOf, MethodName, ResultOf } from '../../shared/api.js';
import { useCall, useEvent } from './backend.js';
import type { Report } from './notices.js';
import { useAuthor, type AuthorState } from './use-author.js';
import { useBackendRead } from './use-backend-read.js';
import type { ShowToast } from './use-toasts.js';

/** The contract's namespaces whose every method changes annotations (and so records the author). */
type AnnotationNamespace = 'highlights' | 'claims' | 'links' | 'publishers';

/** Methods that change annotations: every method of those namespaces, from the contract. */
type AnnotationAction = Extract<MethodName, `${AnnotationNamespace}.${string}`>;

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
  // The view as of now, for undo/redo to read without waiting for a render.
  const current = useRef<AnnotationsView | null>(null);

  const apply = useCallback((next: AnnotationsView) => {
    current.current = next;
    setView(next);
  }, []);

  const dropInitial = useBackendRead('annotations.get', {
    args: {},
    onValue: apply,
    onError: (e) => report('Could not load the highlights and claims', e),
  });

  useEvent('annotations.changed', (next) => {
    // Newer than the first answer if that is still on its way.
    dropInitial();
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
      return r.value;
    },
    [call, ensure, report],
  );

  const travel = useCallback(
    async (direction: 'undo' | 'redo') => {
      const history = current.current?.history;
      const label = direction === 'undo' ? history?.undoLabel : history?.redoLabel;
      if (history && !(direction === 'undo' ? history.canUndo : history.canRedo)) return;
      const r = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
      if (!r.ok) {
        report(direction === 'undo' ? 'Could not undo' : 'Could not redo', r.error);
        return;
      }
      if (label) toast(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}`);
    },
    [call, report, toast],
  );
  const undo = useCallback(() => travel('undo'), [travel]);
  const redo = useCallback(() => travel('redo'), [travel]);

  return { view, run, undo, redo, author };
}
