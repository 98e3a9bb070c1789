/**
 * Short confirmations ("Claim deleted — Undo") shown at the bottom of the window and read out
 * by screen readers through a live region. Each goes away by itself after a while.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** One toast. */
export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run(): void };
}

/** How long a toast stays: a confirmation briefly, one with an action (Undo) long enough to reach it. */
export const TOAST_MS = 5000;
export const TOAST_ACTION_MS = 9000;

/** Shows a toast. */
export type ShowToast = (message: string, action?: Toast['action']) => void;

let nextId = 1;

/** Owns the toasts. */
export function useToasts(): { toasts: Toast[]; show: ShowToast; dismiss(id: number): void } {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  const show = useCallback<ShowToast>(
    (message, action) => {
      const id = nextId++;
      // A repeated message replaces its older copy, and two at most: a burst of actions
      // should not bury the text being read.
      setToasts((list) => [...list.filter((t) => t.message !== message || t.action).slice(-1), { id, message, ...(action ? { action } : {}) }]);
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), action ? TOAST_ACTION_MS : TOAST_MS),
      );
    },
    [dismiss],
  );

  useEffect(() => {
    const all = timers.current;
    return () => {
      for (const t of all.values()) clearTimeout(t);
    };
  }, []);

  return { toasts, show, dismiss };
}
