/**
 * Window-wide keyboard shortcuts.
 */
import { useEffect, useRef } from 'react';

/** True for Ctrl (Windows, Linux) or Cmd (macOS) with `key`, without Alt. */
export function isShortcut(e: KeyboardEvent, key: string): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === key;
}

/** Calls `handler` for every keydown on the window (capture phase, before the browser acts). */
export function useKeydown(handler: (e: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => latest.current(e);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}
