/**
 * Heap caps for workers, from the machine: a hostile input may exhaust its worker's heap, but the
 * workers together must never exhaust the machine. Each of `workers` gets a share of a quarter of
 * the memory, and never more than {@link MAX_WORKER_HEAP_MB} (no file Warrant accepts needs more;
 * a parser that wants more is treated as runaway).
 */
import os from 'node:os';

/** The most any one worker's heap may grow to, in MB. */
export const MAX_WORKER_HEAP_MB = 2048;
/** The least: below this even ordinary documents would fail. */
export const MIN_WORKER_HEAP_MB = 256;
/** The share of the machine's memory all workers of one pool may use together. */
const MACHINE_SHARE = 1 / 4;

/**
 * Heap cap in MB for each of `workers` workers running at once on a machine with `totalBytes` of
 * memory: min(2048, total / 4 / workers), at least 256.
 */
export function workerHeapMb(workers: number, totalBytes: number = os.totalmem()): number {
  const share = (totalBytes / (1024 * 1024)) * MACHINE_SHARE / Math.max(1, workers);
  return Math.max(MIN_WORKER_HEAP_MB, Math.min(MAX_WORKER_HEAP_MB, Math.floor(share)));
}
