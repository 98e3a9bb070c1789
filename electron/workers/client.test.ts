import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WarrantError } from '../../shared/result.js';
import type { ProtocolClient } from './client.js';
import { WorkerClient } from './client.js';
import type { StandInEvents, StandInMethods } from './fixtures/stand-in.js';
import { workerScript } from './locate.js';
import { forkSpawner, ProcessWorkerClient, type ProcessSpawner, type SpawnRequest } from './process-client.js';

const entry = new URL('./fixtures/stand-in.ts', import.meta.url);
type Client = ProtocolClient<StandInMethods, StandInEvents>;
const transports: [string, () => Client][] = [
  ['thread', () => new WorkerClient<StandInMethods, StandInEvents>(entry, { name: 'the stand-in worker' })],
  ['process', () => new ProcessWorkerClient<StandInMethods, StandInEvents>(entry, { name: 'the stand-in worker' })],
];

describe.each(transports)('worker framework over a %s', (transport, start) => {
  it('answers calls with results, and errors as WarrantErrors without losing the worker', async () => {
    const w = start();
    try {
      expect(await w.call('echo', { value: 'hi' })).toBe('hi');
      await expect(w.call('fail', { message: 'bad input' })).rejects.toThrow(new WarrantError('internal', 'bad input'));
      expect(await w.call('echo', { value: 'still here' })).toBe('still here');
      expect(w.started).toBe(true);
      expect(w.workerId).not.toBe(transport === 'thread' ? threadId : process.pid);
      expect(await w.call('bytes', { data: Uint8Array.of(0, 1, 254) })).toEqual(Uint8Array.of(255, 254, 1));
    } finally {
      await w.terminate();
    }
  });

  it('reports progress to the call it belongs to, and events to their handler', async () => {
    const w = start();
    try {
      const seen: number[] = [];
      expect(await w.call('count', { to: 3 }, { onProgress: (n) => seen.push(n) })).toBe(3);
      expect(seen).toEqual([1, 2, 3]);
      const notes: string[] = [];
      w.events.note = ({ text }) => notes.push(text);
      await w.call('notify', { note: 'stale' });
      expect(notes).toEqual(['stale']);
    } finally {
      await w.terminate();
    }
  });

  it('refuses a method the worker does not have', async () => {
    const w = start();
    try {
      // Cast: a caller typed against the table cannot even write this call.
      const call = w.call as (method: string, args: unknown) => Promise<unknown>;
      await expect(call.call(w, 'constructor', {})).rejects.toThrow(/no method “constructor”/);
    } finally {
      await w.terminate();
    }
  });

  it('rejects the calls in flight when the worker dies, and says it had started', async () => {
    const w = start();
    const death = new Promise<[Error, boolean]>((resolve) => (w.onDeath = (e, started) => resolve([e, started])));
    await w.call('echo', { value: 'up' });
    await expect(w.call('crash', {})).rejects.toThrow('stand-in crashed');
    const [error, started] = await death;
    expect(error.message).toBe('stand-in crashed');
    expect(started).toBe(true);
    await expect(w.call('echo', { value: 'x' })).rejects.toThrow('stand-in crashed');
  });
});

describe('worker processes', () => {
  // Processes only: a worker thread hitting its cap (resourceLimits) can abort the whole
  // process ("Reached heap limit" in node::OOMErrorHandler) — seen here with this very runaway,
  // and the reason untrusted files are parsed in processes.
  it('stop a runaway allocation at the heap cap, and this process carries on', async () => {
    const w = new ProcessWorkerClient<StandInMethods, StandInEvents>(entry, { name: 'the stand-in worker', maxHeapMb: 64 });
    const death = new Promise<Error>((resolve) => (w.onDeath = (e) => resolve(e)));
    await expect(w.call('runaway', {})).rejects.toMatchObject({ code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect((await death as { code?: string }).code).toBe('ERR_WORKER_OUT_OF_MEMORY');
    const next = new ProcessWorkerClient<StandInMethods, StandInEvents>(entry, { name: 'the stand-in worker' });
    try {
      expect(await next.call('echo', { value: 'fine' })).toBe('fine');
    } finally {
      await next.terminate();
    }
  }, 30_000);

  it('fail the call in flight with a clear reason when killed (SIGKILL)', async () => {
    const w = new ProcessWorkerClient<StandInMethods, StandInEvents>(entry, { name: 'the stand-in worker' });
    expect(await w.call('echo', { value: 'up' })).toBe('up');
    const hanging = w.call('count', { to: 1 }).then(() => w.call('runaway', {}));
    process.kill(w.workerId, 'SIGKILL');
    await expect(hanging).rejects.toMatchObject({ code: 'ERR_WORKER_KILLED', message: 'the stand-in worker was killed (SIGKILL)' });
  });
});

describe('process spawners', () => {
  it('start workers through the spawner given (as Electron supplies utilityProcess), with the heap cap, over its parentPort', async () => {
    const requests: SpawnRequest[] = [];
    // A stand-in for utilitySpawner: messages from the worker arrive as the shim wraps them.
    const spawner: ProcessSpawner = (request) => {
      requests.push(request);
      const spawned = forkSpawner(request);
      return {
        ...spawned,
        pid: spawned.pid,
        onMessage: (listener) => spawned.onMessage((m) => listener((m as unknown as { message: Parameters<typeof listener>[0] }).message)),
      };
    };
    const shim = new URL('./fixtures/utility-shim.ts', import.meta.url);
    const w = new ProcessWorkerClient<StandInMethods, StandInEvents>(shim, { name: 'the stand-in worker', maxHeapMb: 300, spawner });
    try {
      const seen: number[] = [];
      expect(await w.call('count', { to: 2 }, { onProgress: (n) => seen.push(n) })).toBe(2);
      expect(seen).toEqual([1, 2]);
      expect(requests).toEqual([{ script: expect.stringMatching(/dev-entry\.ts$/), args: [shim.href], heapMb: 300, name: 'the stand-in worker' }]);
    } finally {
      await w.terminate();
    }
  });
});

describe('locating a worker', () => {
  it('finds a worker from source through the dev entry, and a bundled one beside its bundle', () => {
    const fromSource = workerScript(entry);
    expect(fromSource.url.pathname).toMatch(/\/electron\/workers\/dev-entry\.ts$/);
    expect(fromSource.workerData).toEqual({ source: entry.href });
    const bundled = new URL('file:///app/dist/electron/search-worker.mjs');
    expect(workerScript(bundled)).toEqual({ url: bundled });
  });
});
