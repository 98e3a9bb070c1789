/**
 * Asks the researcher for a project path with the in-app dialog (browser shell). `ask` returns
 * a promise that settles when the dialog is confirmed (the path) or cancelled (null).
 */
import { useCallback, useRef, useState } from 'react';

/** What the path dialog is for; decides its wording. */
export type PathPurpose = 'new' | 'open' | 'saveAs';

/** An open path request, rendered by <PathDialog>. */
export interface PathRequest {
  purpose: PathPurpose;
  initial: string;
}

/** State and controls of the path dialog. */
export function usePathPrompt(): {
  request: PathRequest | null;
  ask: (request: PathRequest) => Promise<string | null>;
  answer: (path: string | null) => void;
} {
  const [request, setRequest] = useState<PathRequest | null>(null);
  const resolver = useRef<((path: string | null) => void) | null>(null);
  const ask = useCallback((next: PathRequest) => {
    // A second request cancels the first rather than leaving its promise hanging.
    resolver.current?.(null);
    setRequest(next);
    return new Promise<string | null>((resolve) => {
      resolver.current = resolve;
    });
  }, []);
  const answer = useCallback((path: string | null) => {
    const resolve = resolver.current;
    resolver.current = null;
    setRequest(null);
    resolve?.(path);
  }, []);
  return { request, ask, answer };
}
