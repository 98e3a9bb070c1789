/**
 * A small pool of worker threads that parse files off the calling thread. Each worker handles
 * one job at a time; a worker that crashes, runs out of memory or hangs costs only the file it was
 * parsing (that file fails with a reason, a fresh worker takes over the rest). Cancelling
 * terminates every worker at once.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WarrantError } from '../../shared/result.js';

/** Default pool size: two workers keep the UI's machine responsive while still overlapping I/O and parsing. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(2, os.availableParallelism()));
}

/**
 * Where the worker's code is. From TypeScript source (vitest, development) this module's URL
 * ends in `.ts`, and the worker starts through dev-worker-entry.ts. Bundled, the worker is
 * `import-worker.mjs` next to the bundle that contains this module: found from `import.meta.url`
 * in an ES module bundle, and from `__dirname` in a CommonJS one (where esbuild leaves
 * `import.meta` empty).
 */
export function defaultWorkerUrl(): URL {
  const here = (import.meta as { url?: string }).url;
  if (typeof here === 'string' && here !== '') {
    if (/\.[cm]?ts$/.test(new URL(here).pathname)) return new URL('./dev-worker-entry.ts', here);
    return new URL('./import-worker.mjs', here);
  }
  return pathToFileURL(path.join(__dirname, 'import-worker.mjs'));
}

export type PoolOutcome<R> = { ok: true; value: R; threadId: number } | { ok: false; reason: string };

export interface PoolOptions<R> {
  workerUrl: URL;
  workers: number;
  signal?: AbortSignal;
  /** A job running longer than this fails and its worker is replaced. */
  timeoutMs: number;
  /** Called as each job finishes, in completion order. */
  onSettled?: (index: number, outcome: PoolOutcome<R>) => void;
}

export type PoolResult<R> = { cancelled: false; outcomes: PoolOutcome<R>[] } | { cancelled: true };

/** Heap cap per worker: a hostile file can exhaust a worker, not the app. */
const MAX_WORKER_HEAP_MB = 4096;

interface Slot {
  worker: Worker;
  job: number | null;
  ready: boolean;
  dead: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

function crashReason(error: unknown, timeoutMs: number | null): string {
  if (timeoutMs !== null) {
    const after =
      timeoutMs >= 60_000 ? `${Math.round(timeoutMs / 60_000)} minutes` : timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`;
    return `Gave up after ${after}: reading this file did not finish. It may be damaged or unusually complex.`;
  }
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return 'Ran out of memory while reading this file: it is too large or too complex to import.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `The reader crashed on this file (${detail}). The file may be damaged.`;
}

/**
 * Runs `jobs` on a pool of workers started from `workerUrl`, which must speak import-worker.ts's
 * protocol. Resolves with one outcome per job (in job order), or `{ cancelled: true }` when
 * `signal` aborts. Rejects only if the worker code cannot start at all.
 */
export function runPool<J, R>(jobs: readonly J[], options: PoolOptions<R>): Promise<PoolResult<R>> {
  const { signal, timeoutMs, onSettled } = options;
  if (signal?.aborted) return Promise.resolve({ cancelled: true });
  if (jobs.length === 0) return Promise.resolve({ cancelled: false, outcomes: [] });

  return new Promise((resolve, reject) => {
    const outcomes = new Array<PoolOutcome<R>>(jobs.length);
    const slots = new Set<Slot>();
    let next = 0;
    let settled = 0;
    let finished = false;

    const stopAll = () => {
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      for (const slot of slots) {
        clearTimeout(slot.timer);
        slot.dead = true;
        void slot.worker.terminate();
      }
      slots.clear();
    };
    const onAbort = () => {
      if (finished) return;
      stopAll();
      resolve({ cancelled: true });
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    const retire = (slot: Slot) => {
      slot.dead = true;
      clearTimeout(slot.timer);
      slots.delete(slot);
      void slot.worker.terminate();
    };

    const dispatch = (slot: Slot) => {
      if (next >= jobs.length) {
        retire(slot); // nothing left for it
        return;
      }
      const index = next;
      next += 1;
      slot.job = index;
      slot.worker.postMessage({ id: index, job: jobs[index] });
      slot.timer = setTimeout(() => {
        if (slot.dead || slot.job !== index) return;
        retire(slot);
        record(index, { ok: false, reason: crashReason(null, timeoutMs) });
        if (!finished && next < jobs.length) dispatch(spawn());
      }, timeoutMs);
    };

    const record = (index: number, outcome: PoolOutcome<R>) => {
      outcomes[index] = outcome;
      settled += 1;
      onSettled?.(index, outcome); // may abort, which finishes the pool
      if (!finished && settled === jobs.length) {
        stopAll();
        resolve({ cancelled: false, outcomes });
      }
    };

    const onDeath = (slot: Slot, error: unknown) => {
      if (slot.dead || finished) return;
      const index = slot.job;
      retire(slot);
      if (!slot.ready) {
        // The worker's code itself failed to load: every file would fail the same way.
        stopAll();
        const detail = error instanceof Error ? error.message : String(error);
        reject(new WarrantError('internal', `The import worker could not start (${detail}).`));
        return;
      }
      if (index !== null) record(index, { ok: false, reason: crashReason(error, null) });
      if (!finished && next < jobs.length) dispatch(spawn());
    };

    const spawn = (): Slot => {
      const worker = new Worker(options.workerUrl, { resourceLimits: { maxOldGenerationSizeMb: MAX_WORKER_HEAP_MB } });
      const slot: Slot = { worker, job: null, ready: false, dead: false };
      slots.add(slot);
      worker.on('message', (message: { type: string; id?: number; threadId: number; result?: R }) => {
        if (slot.dead || finished) return;
        if (message.type === 'ready') {
          slot.ready = true;
        } else if (message.type === 'result' && message.id === slot.job && slot.job !== null) {
          const index = slot.job;
          clearTimeout(slot.timer);
          slot.job = null;
          record(index, { ok: true, value: message.result as R, threadId: message.threadId });
          if (!finished) dispatch(slot);
        }
      });
      worker.on('error', (error) => onDeath(slot, error));
      worker.on('exit', (code) => onDeath(slot, new Error(`the worker stopped with exit code ${code}`)));
      return slot;
    };

    const count = Math.max(1, Math.min(options.workers, jobs.length));
    for (let i = 0; i < count; i += 1) dispatch(spawn());
  });
}
