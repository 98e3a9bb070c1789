/**
 * A small pool of workers that parse files off the calling thread — in processes of their own by
 * default, since the files are untrusted: a parser that crashes, runs out of memory, is killed or
 * hangs costs only the file it was parsing (that file fails with a reason, a fresh worker takes
 * over the rest), never the app. Each worker handles one job at a time, under a heap cap derived
 * from the machine (electron/workers/heap.ts) and a time budget that grows with the file's size.
 * Cancelling terminates every worker at once. Workers speak the shared protocol (electron/workers/).
 */
import os from 'node:os';
import { WarrantError } from '../../shared/result.js';
import { errorCode } from '../common/files.js';
import { WorkerClient, type ProtocolClient } from '../workers/client.js';
import { workerHeapMb } from '../workers/heap.js';
import { ProcessWorkerClient, type ProcessSpawner } from '../workers/process-client.js';

/** What a pool worker serves: `run` takes one job and answers its result. */
export type JobMethods<J, R> = { run: { args: J; result: R } };

/** Default pool size: two workers keep the UI's machine responsive while still overlapping I/O and parsing. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(2, os.availableParallelism()));
}

/** `workerId`: the thread or process that ran the job (never the caller's own). */
export type PoolOutcome<R> = { ok: true; value: R; workerId: number } | { ok: false; reason: string };

/**
 * How long one job may run: `baseMs` plus `perMbMs` for each megabyte of its file, so a large
 * PDF gets the minutes it needs while a small file that hangs is given up on soon.
 */
export interface TimeBudget {
  baseMs: number;
  perMbMs: number;
}

/**
 * The parse budget: 30 s plus 3 s per MB — 40 s for a 3.2 MB file, 5.5 minutes for the largest
 * accepted (100 MB). Ordinary files parse in well under a second per MB; a file needing 10× that
 * is damaged or built to hang a parser.
 */
export const PARSE_BUDGET: Readonly<TimeBudget> = { baseMs: 30_000, perMbMs: 3_000 };

const MB = 1024 * 1024;

/** How long a worker may take to start, on top of its first job's budget. */
const START_GRACE_MS = 30_000;

/** The time budget of a job on a file of `bytes` bytes (unknown size: the base alone). */
export function budgetMs(bytes: number | null, budget: Readonly<TimeBudget> = PARSE_BUDGET): number {
  return Math.round(budget.baseMs + ((bytes ?? 0) / MB) * budget.perMbMs);
}

export interface PoolOptions<J, R> {
  /** The worker's entry point (see electron/workers/locate.ts). */
  workerUrl: URL;
  /** How many workers run at once (each takes one job at a time). */
  workers: number;
  signal?: AbortSignal;
  /** A job running longer than its budget fails and its worker is replaced. */
  budget: Readonly<TimeBudget>;
  /** The size in bytes of the file a job reads, for its budget and message; null if unknown. */
  sizeOf?: (job: J, index: number) => number | null;
  /**
   * `process` (the default): each worker is a process of its own, for untrusted input.
   * `thread`: a worker thread — cheaper, but a crash or heap exhaustion can take the host down.
   */
  transport?: 'process' | 'thread';
  /** How worker processes start (Electron's utilityProcess in the desktop app); Node's fork by default. */
  spawner?: ProcessSpawner;
  /** Heap cap of each worker in MB; by default derived from the machine (electron/workers/heap.ts). */
  maxHeapMb?: number;
  /** Called as each job finishes, in completion order. */
  onSettled?: (index: number, outcome: PoolOutcome<R>) => void;
}

export type PoolResult<R> = { cancelled: false; outcomes: PoolOutcome<R>[] } | { cancelled: true };

interface Slot<J, R> {
  client: ProtocolClient<JobMethods<J, R>>;
  job: number | null;
  dead: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

/** "40 seconds", "6 minutes", "300 ms". */
function duration(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} minutes`;
  if (ms >= 1000) return `${Math.round(ms / 1000)} seconds`;
  return `${ms} ms`;
}

/** "3.2 MB", "640 KB", "900 bytes": the file's size as a researcher reads it. */
function size(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Why a job gave up after `budget` ms. */
export function timeoutReason(budget: number, bytes: number | null): string {
  const file = bytes === null ? 'this file' : `this ${size(bytes)} file`;
  return `Gave up after ${duration(budget)}: reading ${file} did not finish. It may be damaged or unusually complex.`;
}

function crashReason(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return 'Ran out of memory while reading this file: it is too large or too complex to import.';
  }
  if (code === 'ERR_WORKER_KILLED') {
    return 'The reader was stopped by the system while reading this file, perhaps because the computer ran short of memory. Try importing it on its own.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `The reader crashed on this file (${detail}). The file may be damaged.`;
}

/**
 * Runs `jobs` on a pool of workers started from `workerUrl`, which must serve
 * {@link JobMethods}. Resolves with one outcome per job (in job order), or `{ cancelled: true }`
 * when `signal` aborts. Rejects only if the worker code cannot start at all.
 */
export function runPool<J, R>(jobs: readonly J[], options: PoolOptions<J, R>): Promise<PoolResult<R>> {
  const { signal, onSettled } = options;
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
          record(index, { ok: true, value, workerId: slot.client.workerId });
          if (!finished) dispatch(slot);
        },
        (error: unknown) => {
          // A death is handled by onDeath (which has already marked the slot dead); what is
          // left is an error the job's code threw, which costs only this job.
          if (slot.dead || finished || slot.job !== index) return;
          clearTimeout(slot.timer);
          slot.job = null;
          record(index, { ok: false, reason: crashReason(error) });
          if (!finished) dispatch(slot);
        },
      );
      const bytes = options.sizeOf?.(jobs[index] as J, index) ?? null;
      const budget = budgetMs(bytes, options.budget);
      const giveUp = () => {
        if (slot.dead || slot.job !== index) return;
        retire(slot);
        record(index, { ok: false, reason: timeoutReason(budget, bytes) });
        if (!finished && next < jobs.length) dispatch(spawn());
      };
      // The clock starts once the worker listens: a fresh process's start-up is not the file's
      // fault. Until then a generous fallback, so a worker that never starts cannot hang the import.
      slot.timer = setTimeout(giveUp, budget + START_GRACE_MS);
      void slot.client.ready.then(() => {
        if (slot.dead || finished || slot.job !== index) return;
        clearTimeout(slot.timer);
        slot.timer = setTimeout(giveUp, budget);
      });
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
      if (index !== null) record(index, { ok: false, reason: crashReason(error) });
      if (!finished && next < jobs.length) dispatch(spawn());
    };

    const count = Math.max(1, Math.min(options.workers, jobs.length));
    const maxHeapMb = options.maxHeapMb ?? workerHeapMb(count);
    const spawn = (): Slot<J, R> => {
      const name = 'the import worker';
      const client =
        options.transport === 'thread'
          ? new WorkerClient<JobMethods<J, R>>(options.workerUrl, { name, maxHeapMb })
          : new ProcessWorkerClient<JobMethods<J, R>>(options.workerUrl, { name, maxHeapMb, ...(options.spawner ? { spawner: options.spawner } : {}) });
      const slot: Slot<J, R> = { client, job: null, dead: false };
      slots.add(slot);
      client.onDeath = (error, started) => onDeath(slot, error, started);
      return slot;
    };

    for (let i = 0; i < count; i += 1) dispatch(spawn());
  });
}
