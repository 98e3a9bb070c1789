/**
 * Error and information notices shown as dismissable alerts. Every failed backend call ends up
 * here (or inline next to what failed), so the researcher always learns what went wrong.
 */
import { createContext, useCallback, useContext, useState } from 'react';
import type { AppError } from '../../shared/result.js';

/** One alert on screen. */
export interface Notice {
  id: number;
  /** What the researcher was trying to do, e.g. "Could not open the project". */
  title: string;
  /** Why, as the backend put it. */
  message: string;
  /** What it is about, so it can go away once that is fixed (a failed save, once a save succeeds). */
  topic?: NoticeTopic;
}

/**
 * Subjects of notices that stop being true by themselves: `save` (a failed save, or a close that
 * could not save) until a save succeeds; `connection` (a call that could not reach `warrant
 * serve`) until the server answers again. One notice per topic: a newer one replaces it.
 */
export type NoticeTopic = 'save' | 'connection';

/** Shows an error: what failed (title) and the backend's explanation; `topic` lets it be withdrawn later. */
export type Report = (title: string, error: AppError | string, topic?: NoticeTopic) => void;

/** Provided by App so any component can report an error. */
export const ReportContext = createContext<Report>(() => {});

/** The report function from App. */
export function useReport(): Report {
  return useContext(ReportContext);
}

let nextId = 1;

/** Owns the list of notices; App renders them and provides `report`. */
export function useNotices(): {
  notices: Notice[];
  report: Report;
  dismiss: (id: number) => void;
  clear: () => void;
  /** Withdraws every notice about `topic` (e.g. "Could not save" once the project is saved). */
  withdraw: (topic: NoticeTopic) => void;
} {
  const [notices, setNotices] = useState<Notice[]>([]);
  const report = useCallback<Report>((title, error, topic) => {
    const message = typeof error === 'string' ? error : error.message;
    setNotices((list) => {
      // One message per problem: the same failure again (a retried save) shows once, and a
      // newer notice about a topic replaces the older one ("Could not close" after "Could not save").
      if (list.some((n) => n.title === title && n.message === message && n.topic === topic)) return list;
      const others = topic ? list.filter((n) => n.topic !== topic) : list;
      // Keep the stack short: the oldest alerts go first.
      return [...others.slice(-2), { id: nextId++, title, message, ...(topic ? { topic } : {}) }];
    });
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const clear = useCallback(() => setNotices([]), []);
  const withdraw = useCallback(
    (topic: NoticeTopic) => setNotices((list) => (list.some((n) => n.topic === topic) ? list.filter((n) => n.topic !== topic) : list)),
    [],
  );
  return { notices, report, dismiss, clear, withdraw };
}
