/**
 * The one message shape between a caller and its workers (import parsing, search shards, …),
 * whether they run as threads or as processes. A caller sends calls; the worker answers each call exactly once, with a result or an
 * error, and may report progress for it meanwhile or send events of its own. Workers handle
 * calls one at a time, in arrival order. See README.md.
 */
import type { AppError } from '../../shared/result.js';

/** One method a worker offers: what it takes, what it answers, and what progress it reports. */
export interface MethodSpec {
  args: unknown;
  result: unknown;
  /** Payload of the progress messages sent while the call runs (none when absent). */
  progress?: unknown;
}

/**
 * A worker's methods, by name. Written as a constraint over `M`'s own keys (not an index
 * signature) so that plain interfaces qualify.
 */
export type MethodMap<M> = { [K in keyof M]: MethodSpec };

/** What method `K` of `M` takes. */
export type ArgsOf<M, K extends keyof M> = M[K] extends { args: infer A } ? A : never;
/** What method `K` of `M` answers. */
export type ResultOf<M, K extends keyof M> = M[K] extends { result: infer R } ? R : never;
/** What progress method `K` of `M` reports (`never` when it reports none). */
export type ProgressOf<M, K extends keyof M> = M[K] extends { progress: infer P } ? P : never;

/** Caller → worker: run `method` with `args`. `id` is unique per worker for the caller's lifetime. */
export interface CallMessage {
  kind: 'call';
  id: number;
  method: string;
  args: unknown;
}

/** Worker → caller. */
export type WorkerMessage =
  /** The worker's code has loaded and listens: a death before this means it cannot start at all. */
  | { kind: 'ready' }
  | { kind: 'result'; id: number; value: unknown }
  /** The method threw; always answered, so one bad call never leaves the caller waiting. */
  | { kind: 'error'; id: number; error: AppError }
  | { kind: 'progress'; id: number; data: unknown }
  /** Something the worker noticed on its own, outside any call. */
  | { kind: 'event'; event: string; data: unknown }
  /**
   * Process workers only: an error nothing caught, sent just before the process exits, so the
   * caller can say what happened (a thread's death carries its error by itself).
   */
  | { kind: 'crash'; message: string };
