import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WarrantError } from '../../shared/result.js';
import { workerHeapMb } from '../workers/heap.js';
import type { StandInJob as Job } from './fixtures/pool-stand-in.js';
import { budgetMs, runPool, timeoutReason, type PoolOptions, type PoolOutcome } from './worker-pool.js';

const testWorker = new URL('./fixtures/pool-stand-in.ts', import.meta.url);
const brokenWorker = new URL('./fixtures/broken-entry.ts', import.meta.url);
const HOUR = { baseMs: 3_600_000, perMbMs: 0 };
const MB = 1024 * 1024;

const values = (outcomes: PoolOutcome<string>[]) => outcomes.map((o) => (o.ok ? o.value : `failed: ${o.reason}`));

async function run(jobs: Job[], options: Partial<PoolOptions<Job, string>> & { transport: 'process' | 'thread' }): Promise<PoolOutcome<string>[]> {
  const result = await runPool<Job, string>(jobs, { workerUrl: testWorker, workers: 1, budget: HOUR, ...options });
  if (result.cancelled) throw new Error('unexpected cancel');
  return result.outcomes;
}

describe.each(['process', 'thread'] as const)('runPool over worker %ss', (transport) => {
  it('runs jobs off the calling thread and process, and returns results in job order', async () => {
    const jobs: Job[] = ['a', 'b', 'c', 'd', 'e'].map((value) => ({ action: 'echo', value }));
    const outcomes = await run(jobs, { transport, workers: 2 });
    expect(values(outcomes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const workers = new Set(outcomes.map((o) => (o.ok ? o.workerId : -1)));
    expect(workers.has(transport === 'thread' ? threadId : process.pid)).toBe(false);
    expect(workers.has(-1)).toBe(false);
    // The first two jobs go to two different workers.
    expect(workers.size).toBe(2);
  });

  it('fails only the file whose worker crashed, and carries on with a fresh worker', async () => {
    const jobs: Job[] = [
      { action: 'echo', value: 'first' },
      { action: 'crash', value: 'bad.pdf' },
      { action: 'echo', value: 'third' },
      { action: 'echo', value: 'fourth' },
    ];
    const [first, crashed, third, fourth] = await run(jobs, { transport });
    expect(first?.ok && first.value).toBe('first');
    expect(crashed?.ok === false && crashed.reason).toMatch(/^The reader crashed on this file \(crashed on bad\.pdf\)/);
    expect(third?.ok && third.value).toBe('third');
    expect(fourth?.ok && fourth.value).toBe('fourth');
  });

  it('gives up on a file that outlasts its budget, naming the budget and the size, and carries on', async () => {
    const jobs: Job[] = [{ action: 'hang' }, { action: 'echo', value: 'after' }];
    const outcomes = await run(jobs, { transport, budget: { baseMs: 300, perMbMs: 0 } });
    expect(values(outcomes)).toEqual(['failed: Gave up after 300 ms: reading this file did not finish. It may be damaged or unusually complex.', 'after']);
  });

  it('gives a larger file a longer budget', async () => {
    // Both take 600 ms. The small file's budget is 300 ms; the 1 MB file's 300 + 1,000 ms.
    const jobs: Job[] = [
      { action: 'slow', value: 'small', ms: 600 },
      { action: 'slow', value: 'large', ms: 600 },
    ];
    const sizes = [10, 1 * MB];
    const outcomes = await run(jobs, { transport, budget: { baseMs: 300, perMbMs: 1000 }, sizeOf: (_job, i) => sizes[i] ?? null });
    expect(values(outcomes)).toEqual(['failed: Gave up after 300 ms: reading this 10 bytes file did not finish. It may be damaged or unusually complex.', 'large']);
  });

  it('stops at once when cancelled, reporting nothing further', async () => {
    const controller = new AbortController();
    const settled: number[] = [];
    const jobs: Job[] = [{ action: 'echo', value: 'one' }, { action: 'hang' }, { action: 'hang' }];
    const result = await runPool<Job, string>(jobs, {
      workerUrl: testWorker,
      workers: 1,
      budget: HOUR,
      transport,
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
    const started = runPool<Job, string>([{ action: 'echo', value: 'x' }], { workerUrl: brokenWorker, workers: 1, budget: HOUR, transport });
    await expect(started).rejects.toBeInstanceOf(WarrantError);
    await expect(started).rejects.toThrow(/import worker could not start \(module failed to load\)/);
  });
});

describe('runPool over worker processes', () => {
  it('fails the file whose worker was killed (SIGKILL) with a clear reason, and carries on', async () => {
    const jobs: Job[] = [{ action: 'echo', value: 'before' }, { action: 'sigkill' }, { action: 'echo', value: 'after' }];
    expect(values(await run(jobs, { transport: 'process' }))).toEqual([
      'before',
      'failed: The reader was stopped by the system while reading this file, perhaps because the computer ran short of memory. Try importing it on its own.',
      'after',
    ]);
  });

  it('stops a runaway parser at its heap cap without touching this process, and carries on', async () => {
    const before = process.memoryUsage().rss;
    const jobs: Job[] = [{ action: 'runaway' }, { action: 'echo', value: 'after' }];
    expect(values(await run(jobs, { transport: 'process', maxHeapMb: 64 }))).toEqual([
      'failed: Ran out of memory while reading this file: it is too large or too complex to import.',
      'after',
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * MB);
  }, 30_000);
});

describe('budgets and heap caps', () => {
  it('budgets 30 s plus 3 s per MB, and says so', () => {
    expect(budgetMs(null)).toBe(30_000);
    expect(budgetMs(3.2 * MB)).toBe(39_600);
    expect(timeoutReason(budgetMs(3.2 * MB), 3.2 * MB)).toBe(
      'Gave up after 40 seconds: reading this 3.2 MB file did not finish. It may be damaged or unusually complex.',
    );
    expect(timeoutReason(budgetMs(100 * MB), 100 * MB)).toMatch(/^Gave up after 6 minutes: reading this 100 MB file/);
  });

  it('caps each worker at a share of a quarter of the machine, between 256 MB and 2 GB', () => {
    const GB = 1024 * MB;
    expect(workerHeapMb(2, 32 * GB)).toBe(2048);
    expect(workerHeapMb(2, 8 * GB)).toBe(1024);
    expect(workerHeapMb(4, 8 * GB)).toBe(512);
    expect(workerHeapMb(2, 1 * GB)).toBe(256);
  });
});
