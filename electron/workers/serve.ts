/**
 * The worker side of the protocol (protocol.ts): a worker entry point (`*-worker.ts`) passes
 * its handlers here and is then driven by its caller's client. The same entry runs as a worker
 * thread (`parentPort`), as a Node child process (`process.send`, client: process-client.ts) or
 * as an Electron utility process (`process.parentPort`, whose messages come wrapped in `{ data }`).
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

/** How a worker talks to its caller, whichever way it was started. */
interface CallerPort {
  post(message: WorkerMessage): void;
  onCall(listener: (call: CallMessage) => void): void;
  /** Process workers: says why the process is about to die, then ends it. */
  crash?(message: string): void;
}

/** An Electron utility process's port (typed here: only electron/shell/ may import electron). */
interface ElectronParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

/** Exit code of a process worker that died of an error nothing caught. */
const CRASH_EXIT_CODE = 70;

function callerPort(): CallerPort | null {
  const thread = parentPort;
  if (thread) return { post: (m) => thread.postMessage(m), onCall: (listener) => thread.on('message', listener) };
  const crashAndExit = (post: (m: WorkerMessage, done: () => void) => void) => (message: string) => {
    // Exit only once the message is out, or the caller would see a bare exit code.
    post({ kind: 'crash', message }, () => process.exit(CRASH_EXIT_CODE));
    setTimeout(() => process.exit(CRASH_EXIT_CODE), 1000).unref();
  };
  const utility = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (utility) {
    return {
      post: (m) => utility.postMessage(m),
      onCall: (listener) => utility.on('message', (e) => listener(e.data as CallMessage)),
      crash: crashAndExit((m, done) => {
        utility.postMessage(m);
        setImmediate(done);
      }),
    };
  }
  const send = process.send?.bind(process);
  if (send) {
    // The caller is gone (or dropped us): nothing will ever call again, so do not linger.
    process.on('disconnect', () => process.exit(0));
    return {
      post: (m) => void send(m),
      onCall: (listener) => process.on('message', (m) => listener(m as CallMessage)),
      crash: crashAndExit((m, done) => void send(m, undefined, {}, done)),
    };
  }
  return null;
}

/**
 * Answers calls from the caller with `handlers`, one at a time in arrival order, then says it is
 * ready. Must run in a worker thread or a child process started by a client (client.ts,
 * process-client.ts).
 */
export function serveWorker<M extends MethodMap<M>, E = Record<never, never>>(handlers: Handlers<M>, options: ServeOptions = {}): Served<E> {
  const port = callerPort();
  if (port === null) throw new Error('A worker entry point must be started as a worker thread or a worker process.');
  const post = (message: WorkerMessage) => port.post(message);
  const { crash } = port;
  if (crash) {
    // In a process an uncaught error ends everything, as it ends a thread; say what it was first.
    process.on('uncaughtException', (e) => crash(e instanceof Error ? e.message : String(e)));
  }
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

  port.onCall((call) => {
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
