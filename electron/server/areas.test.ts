import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods } from '../../shared/api.js';
import { AREAS, combineAreas, type AreaName } from './areas.js';
import type { Backend } from './backend.js';
import { createTestBackend } from './test-backend.js';

const noop = async () => null;

/** A full set of stand-in areas built from the contract's keys, for breaking one at a time. */
function standIns(): Record<AreaName, Record<string, unknown>> {
  const out = Object.fromEntries(Object.keys(AREAS).map((a) => [a, {}])) as Record<AreaName, Record<string, unknown>>;
  for (const method of Object.keys(methods)) {
    const ns = method.split('.')[0]!;
    const area = (Object.entries(AREAS) as [AreaName, readonly string[]][]).find(([, list]) => list.includes(ns))![0];
    out[area][method] = noop;
  }
  return out;
}

// The areas are typed; these tests feed deliberately broken maps, hence the casts.
const combine = (areas: Record<AreaName, Record<string, unknown>>) => combineAreas(areas as unknown as Parameters<typeof combineAreas>[0]);

describe('combining backend areas', () => {
  it('accepts one handler per contract method, each in the area of its namespace', () => {
    const handlers = combine(standIns());
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(methods).sort());
  });

  it('refuses at start-up a method answered by the wrong area', () => {
    const areas = standIns();
    areas.search['prefs.get'] = noop;
    delete areas.prefs['prefs.get'];
    expect(() => combine(areas)).toThrow(/“search” answers “prefs.get”, which belongs to area “prefs”/);
  });

  it('refuses a method the contract does not have, and a contract method nobody answers', () => {
    const extra = standIns();
    extra.project['project.explode'] = noop;
    expect(() => combine(extra)).toThrow(/not in the contract/);
    const missing = standIns();
    delete missing.annotations['claims.createFromSelection'];
    expect(() => combine(missing)).toThrow(/No backend area answers: claims.createFromSelection/);
  });
});

describe('the real backend', () => {
  let dir: string;
  let backend: Backend;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'warrant-areas-'));
    backend = createTestBackend(dir);
  });
  afterAll(async () => {
    await backend.dispose({ force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('answers every contract method', () => {
    expect(Object.keys(backend.handlers).sort()).toEqual(Object.keys(methods).sort());
  });

  it('validates calls made through `call` as the transports do', async () => {
    const bad = await backend.call('search.query', { query: 'x', limit: 5000 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/search\.query \(limit\)/);
    // The field and the bare reason come as details, for callers that word it their own way (the CLI).
    if (!bad.ok) expect(bad.error.details).toEqual({ field: 'limit', reason: expect.stringMatching(/1000/) });
    expect(await backend.call('project.current', {})).toEqual({ ok: true, value: null });
  });
});
