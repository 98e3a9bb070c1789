import { describe, expect, it } from 'vitest';
import { WarrantError } from '../../shared/result.js';
import { WorkerClient } from './client.js';
import type { StandInEvents, StandInMethods } from './fixtures/stand-in.js';
import { workerScript } from './locate.js';

const entry = new URL('./fixtures/stand-in.ts', import.meta.url);
const start = () => new WorkerClient<StandInMethods, StandInEvents>(entry, { name: 'the stand-in worker' });

describe('worker framework', () => {
  it('answers calls with results, and errors as WarrantErrors without losing the worker', async () => {
    const w = start();
    try {
      expect(await w.call('echo', { value: 'hi' })).toBe('hi');
      await expect(w.call('fail', { message: 'bad input' })).rejects.toThrow(new WarrantError('internal', 'bad input'));
      expect(await w.call('echo', { value: 'still here' })).toBe('still here');
      expect(w.started).toBe(true);
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

  it('rejects the calls in flight when the thread dies, and says it had started', async () => {
    const w = start();
    const death = new Promise<[Error, boolean]>((resolve) => (w.onDeath = (e, started) => resolve([e, started])));
    await w.call('echo', { value: 'up' });
    await expect(w.call('crash', {})).rejects.toThrow('stand-in crashed');
    const [error, started] = await death;
    expect(error.message).toBe('stand-in crashed');
    expect(started).toBe(true);
    await expect(w.call('echo', { value: 'x' })).rejects.toThrow('stand-in crashed');
  });

  it('finds a worker from source through the dev entry, and a bundled one beside its bundle', () => {
    const fromSource = workerScript(entry);
    expect(fromSource.url.pathname).toMatch(/\/electron\/workers\/dev-entry\.ts$/);
    expect(fromSource.workerData).toEqual({ source: entry.href });
    const bundled = new URL('file:///app/dist/electron/search-worker.mjs');
    expect(workerScript(bundled)).toEqual({ url: bundled });
  });
});
