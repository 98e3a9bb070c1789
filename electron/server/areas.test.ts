import { describe, expect, it } from 'vitest';
import { methods } from '../../shared/api.js';
import { AREAS, combineAreas, type AreaName } from './areas.js';
import { setupTestBackend } from './test-backend-hooks.js';

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
  const env = setupTestBackend('areas', { shared: true });

  it('answers every contract method', () => {
    expect(Object.keys(env.backend.handlers).sort()).toEqual(Object.keys(methods).sort());
  });

  it('validates calls made through `call` as the transports do', async () => {
    const bad = await env.backend.call('search.query', { query: 'x', limit: 5000 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/search\.query \(limit\)/);
    // The field and the bare reason come as details, for callers that word it their own way (the CLI).
    if (!bad.ok) expect(bad.error.details).toEqual({ field: 'limit', reason: expect.stringMatching(/1000/) });
    expect(await env.backend.call('project.current', {})).toEqual({ ok: true, value: null });
  });
});
