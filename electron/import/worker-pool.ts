/**
 * A small pool of worker threads that parse files off the calling thread. Each worker handles
 * one job at a time; a worker that crashes, runs out of memory or hangs costs only the file it was
 * parsing (that file fails with a reason, a fresh worker takes over the rest). Cancelling
 * terminates every worker at once. Workers speak the shared protocol (electron/workers/).
 */
import os from 'node:os';
import { WarrantError } from '../../shared/result.js';
import { errorCode } from '../common/files.js';
import { WorkerClient } from '../workers/client.js';

/** What a pool worker serves: `run` takes one job and answers its result. */
export type JobMethods<J, R> = { run: { args: J; result: R } };

/** Default pool size: two workers keep the UI's machine responsive while still overlapping I/O and parsing. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(2, os.availableParallelism()));
}

export type PoolOutcome<R> = { ok: true; value: R; threadId: number } | { ok: false; reason: string };

export interface PoolOptions<R> {
  /** The worker's entry point (see electron/workers/locate.ts). */
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

interface Slot<J, R> {
  client: WorkerClient<JobMethods<J, R>>;
  job: number | null;
  dead: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

function crashReason(error: unknown, timeoutMs: number | null): string {
  if (timeoutMs !== null) {
    const after =
      timeoutMs >= 60_000 ? `${Math.round(timeoutMs / 60_000)} minutes` : timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`;
    return `Gave up after ${after}: reading this file did not finish. It may be damaged or unusually complex.`;
  }
  if (errorCode(error) === 'ERR_WORKER_OUT_OF_MEMORY') {
    return 'Ran out of memory while reading this file: it is too large or too complex to import.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `The reader crashed on this file (${detail}). The file may be damaged.`;
}

/**
 * Runs `jobs` on a pool of workers started from `workerUrl`, which must serve
 * {@link JobMethods}. Resolves with one outcome per job (in job order), or `{ cancelled: true }`
 * when `signal` aborts. Rejects only if the worker code cannot start at all.
 */
export function runPool<J, R>(jobs: readonly J[], options: PoolOptions<R>): Promise<PoolResult<R>> {
  const { signal, timeoutMs, onSettled } = options;
  if (signal?.aborted) return Promise.resolve({ cancelled: true });
  if (jobs.length === 0) return Promise.resolve({ cancelled: false, outcomes: [] });

  return new Promise((resolve, reject) => {
    const outcomes = new Array<PoolOutcome<R>>(jobs.length);
    const slots = new Set<Slot<J, R>>();
    let next = 0;
    let settled = 0;
    let finished = false;

    const stopAll = () => {
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      for (const slot of slots) {
        clearTimeout(slot.timer);
        slot.dead = true;
        void slot.client.terminate();
      }
      slots.clear();
    };
    const onAbort = () => {
      if (finished) return;
      stopAll();
      resolve({ cancelled: true });
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    const retire = (slot: Slot<J, R>) => {
      slot.dead = true;
      clearTimeout(slot.timer);
      slots.delete(slot);
      void slot.client.terminate();
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

    const dispatch = (slot: Slot<J, R>) => {
      if (next >= jobs.length) {
        retire(slot); // nothing left for it
        return;
      }
      const index = next;
      next += 1;
      slot.job = index;
      slot.client.call('run', jobs[index] as J).then(
        (value) => {
          if (slot.dead || finished || slot.job !== index) return;
          clearTimeout(slot.timer);
          slot.job = null;
          record(index, { ok: true, value, threadId: slot.client.threadId });
          if (!finished) dispatch(slot);
        },
        (error: unknown) => {
          // A death is handled by onDeath (which has already marked the slot dead); what is
          // left is an error the job's code threw, which costs only this job.
          if (slot.dead || finished || slot.job !== index) return;
          clearTimeout(slot.timer);
          slot.job = null;
          record(index, { ok: false, reason: crashReason(error, null) });
          if (!finished) dispatch(slot);
        },
      );
      slot.timer = setTimeout(() => {
        if (slot.dead || slot.job !== index) return;
        retire(slot);
        record(index, { ok: false, reason: crashReason(null, timeoutMs) });
        if (!finished && next < jobs.length) dispatch(spawn());
      }, timeoutMs);
    };

    const onDeath = (slot: Slot<J, R>, error: Error, started: boolean) => {
      if (slot.dead || finished) return;
      const index = slot.job;
      retire(slot);
      if (!started) {
        // The worker's code itself failed to load: every file would fail the same way.
        stopAll();
        reject(new WarrantError('internal', `The import worker could not start (${error.message}).`));
        return;
      }
      if (index !== null) record(index, { ok: false, reason: crashReason(error, null) });
      if (!finished && next < jobs.length) dispatch(spawn());
    };

    const spawn = (): Slot<J, R> => {
      const client = new WorkerClient<JobMethods<J, R>>(options.workerUrl, { name: 'the import worker', maxHeapMb: MAX_WORKER_HEAP_MB });
      const slot: Slot<J, R> = { client, job: null, dead: false };
      slots.add(slot);
      client.onDeath = (error, started) => onDeath(slot, error, started);
      return slot;
    };

    const count = Math.max(1, Math.min(options.workers, jobs.length));
    for (let i = 0; i < count; i += 1) dispatch(spawn());
  });
}
