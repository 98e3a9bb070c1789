/**
 * The worker side of the protocol (protocol.ts): a worker entry point (`*-worker.ts`) passes
 * its handlers here and is then driven by its caller's WorkerClient.
 */
import { parentPort } from 'node:worker_threads';
// Not shared/result.ts: that module defines zod schemas, which would make every worker bundle
// larger and slower to start.
import { thrownToError } from '../../shared/search/outcome.js';
import type { ArgsOf, CallMessage, MethodMap, ProgressOf, ResultOf, WorkerMessage } from './protocol.js';

/** What a handler gets besides its arguments: a way to report progress on this call. */
export interface CallContext<P> {
  progress(data: P): void;
}

/** One handler per method. A handler may throw: the caller then gets an error, the worker lives on. */
export type Handlers<M> = {
  [K in keyof M]: (args: ArgsOf<M, K>, call: CallContext<ProgressOf<M, K>>) => ResultOf<M, K> | Promise<ResultOf<M, K>>;
};

/** Options of {@link serveWorker}. */
export interface ServeOptions {
  /**
   * Runs once before the first call is handled (calls arriving meanwhile wait), e.g. to get the
   * JIT going on a tiny input so the first real call runs compiled code. Its failure is ignored:
   * it is only ever an optimization.
   */
  warmUp?: () => void;
}

/** The worker's way to send events (protocol.ts) outside any call. */
export interface Served<E> {
  emit<K extends keyof E & string>(event: K, data: E[K]): void;
}

/**
 * Answers calls from the parent thread with `handlers`, one at a time in arrival order, then
 * says it is ready. Must run in a worker thread.
 */
export function serveWorker<M extends MethodMap<M>, E = Record<never, never>>(handlers: Handlers<M>, options: ServeOptions = {}): Served<E> {
  const port = parentPort;
  if (port === null) throw new Error('A worker entry point must be started as a worker thread.');
  const post = (message: WorkerMessage) => port.postMessage(message);
  const { warmUp } = options;
  let queue: Promise<void> = warmUp
    ? new Promise((resolve) =>
        setImmediate(() => {
          try {
            warmUp();
          } catch {
            // Only an optimization: calls are answered all the same.
          }
          resolve();
        }),
      )
    : Promise.resolve();

  port.on('message', (call: CallMessage) => {
    queue = queue.then(async () => {
      try {
        // Own keys only: a method name such as "constructor" must not reach Object.prototype.
        if (!Object.hasOwn(handlers, call.method)) throw new Error(`The worker has no method “${call.method}”.`);
        const handler = handlers[call.method as keyof M] as (args: unknown, ctx: CallContext<unknown>) => unknown;
        const value = await handler(call.args, { progress: (data) => post({ kind: 'progress', id: call.id, data }) });
        post({ kind: 'result', id: call.id, value });
      } catch (e) {
        post({ kind: 'error', id: call.id, error: thrownToError(e) });
      }
    });
  });
  post({ kind: 'ready' });
  return { emit: (event, data) => post({ kind: 'event', event, data }) };
}
