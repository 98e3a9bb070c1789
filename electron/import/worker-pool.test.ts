import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WarrantError } from '../../shared/result.js';
import { runPool, type PoolOutcome } from './worker-pool.js';

type Job = { action: 'echo' | 'crash' | 'hang'; value?: string };

const testWorker = new URL('./fixtures/pool-stand-in.ts', import.meta.url);
const brokenWorker = new URL('./fixtures/broken-entry.ts', import.meta.url);
const HOUR = 3_600_000;

const values = (outcomes: PoolOutcome<string>[]) => outcomes.map((o) => (o.ok ? o.value : `failed: ${o.reason}`));

describe('runPool', () => {
  it('runs jobs on worker threads, not on the calling thread, and returns results in job order', async () => {
    const jobs: Job[] = ['a', 'b', 'c', 'd', 'e'].map((value) => ({ action: 'echo', value }));
    const result = await runPool<Job, string>(jobs, { workerUrl: testWorker, workers: 2, timeoutMs: HOUR });
    if (result.cancelled) throw new Error('unexpected cancel');
    expect(values(result.outcomes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const threads = new Set(result.outcomes.map((o) => (o.ok ? o.threadId : -1)));
    expect(threads.has(threadId)).toBe(false);
    expect(threads.has(-1)).toBe(false);
    // The first two jobs go to two different workers.
    expect(threads.size).toBe(2);
  });

  it('fails only the file whose worker crashed, and carries on with a fresh worker', async () => {
    const jobs: Job[] = [
      { action: 'echo', value: 'first' },
      { action: 'crash', value: 'bad.pdf' },
      { action: 'echo', value: 'third' },
      { action: 'echo', value: 'fourth' },
    ];
    const result = await runPool<Job, string>(jobs, { workerUrl: testWorker, workers: 1, timeoutMs: HOUR });
    if (result.cancelled) throw new Error('unexpected cancel');
    const [first, crashed, third, fourth] = result.outcomes;
    expect(first?.ok && first.value).toBe('first');
    expect(crashed?.ok).toBe(false);
    expect(crashed?.ok === false && crashed.reason).toMatch(/^The reader crashed on this file \(crashed on bad\.pdf\)/);
    expect(third?.ok && third.value).toBe('third');
    expect(fourth?.ok && fourth.value).toBe('fourth');
  });

  it('gives up on a file that never finishes, and carries on', async () => {
    const jobs: Job[] = [
      { action: 'hang' },
      { action: 'echo', value: 'after' },
    ];
    const result = await runPool<Job, string>(jobs, { workerUrl: testWorker, workers: 1, timeoutMs: 300 });
    if (result.cancelled) throw new Error('unexpected cancel');
    expect(values(result.outcomes)).toEqual([
      'failed: Gave up after 300 ms: reading this file did not finish. It may be damaged or unusually complex.',
      'after',
    ]);
  });

  it('stops at once when cancelled, reporting nothing further', async () => {
    const controller = new AbortController();
    const settled: number[] = [];
    const jobs: Job[] = [{ action: 'echo', value: 'one' }, { action: 'hang' }, { action: 'hang' }];
    const result = await runPool<Job, string>(jobs, {
      workerUrl: testWorker,
      workers: 1,
      timeoutMs: HOUR,
      signal: controller.signal,
      onSettled: (index) => {
        settled.push(index);
        controller.abort();
      },
    });
    expect(result).toEqual({ cancelled: true });
    expect(settled).toEqual([0]);
  });

  it('reports an internal error when the worker code cannot start at all', async () => {
    const run = runPool<Job, string>([{ action: 'echo', value: 'x' }], { workerUrl: brokenWorker, workers: 1, timeoutMs: HOUR });
    await expect(run).rejects.toBeInstanceOf(WarrantError);
    await expect(run).rejects.toThrow(/import worker could not start \(module failed to load\)/);
  });
});
