/**
 * Questions the app asks in a dialog and waits for: `ask` shows the dialog and returns a promise
 * that settles with the answer. The dialogs are components (PathDialog, ConfirmDialog) rendered
 * from `request`; the hooks that need an answer only see the promise, never the DOM.
 */
import { useCallback, useRef, useState } from 'react';

/** What the path dialog is for; decides its wording. */
export type PathPurpose = 'new' | 'open' | 'saveAs' | 'merge';

/** A path question (browser shell, where there is no native file dialog): `initial` is prefilled. */
export interface PathRequest {
  purpose: PathPurpose;
  initial: string;
  /** Said first, above the field (e.g. why a dropped file needs its path). */
  note?: string;
}

/** A yes/no question before something that cannot be taken back, or offering a way on. */
export interface ConfirmRequest {
  title: string;
  message: string;
  /** The label of the button that goes ahead. */
  confirmLabel: string;
  /** 'primary' when going ahead destroys nothing (Open it); default 'danger'. */
  tone?: 'danger' | 'primary';
}

/** An open question and how to ask and answer it. */
export interface Prompt<Q, A> {
  /** The question on screen, or null. */
  request: Q | null;
  ask(request: Q): Promise<A>;
  answer(answer: A): void;
}

/** A question of type Q answered with A; `dismissed` is the answer when it is dropped unanswered. */
export function usePrompt<Q, A>(dismissed: A): Prompt<Q, A> {
  const [request, setRequest] = useState<Q | null>(null);
  const resolver = useRef<((answer: A) => void) | null>(null);
  const ask = useCallback(
    (next: Q) => {
      // A second question cancels the first rather than leaving its promise hanging.
      resolver.current?.(dismissed);
      setRequest(next);
      return new Promise<A>((resolve) => {
        resolver.current = resolve;
      });
    },
    [dismissed],
  );
  const answer = useCallback((value: A) => {
    const resolve = resolver.current;
    resolver.current = null;
    setRequest(null);
    resolve?.(value);
  }, []);
  return { request, ask, answer };
}
