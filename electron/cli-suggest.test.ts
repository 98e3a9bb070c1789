/**
 * `warrant suggest` as a researcher types it (in-process, electron/test-cli.ts), on a real
 * project of the sample articles saved in a temp folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend } from './server/test-backend.js';
import { SAMPLE_DIR, sampleProjectWithClaim } from './server/test-sample-project.js';
import { warrant } from './test-cli.js';

let dir: string;
let project: string;
let empty: string;
let councilClaim: string;
let crabClaim: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-cli-suggest-'));
  process.env.WARRANT_CONFIG_DIR = join(dir, 'config');
  process.env.WARRANT_CACHE_DIR = join(dir, 'cache');
  project = join(dir, 'sample.warrant');
  empty = join(dir, 'empty.warrant');
  const b = createTestBackend(join(dir, 'home'), () => undefined, SAMPLE_DIR);
  try {
    councilClaim = (await sampleProjectWithClaim(b, project)).claimId;
    crabClaim = (await b.handlers['claims.create']({ text: 'Crab catches near the plant fell by a third' })).id;
    await b.handlers['project.save']({});
    await b.handlers['project.new']({ path: empty });
    await b.handlers['import.run']({ sources: [{ kind: 'path', path: SAMPLE_DIR }] });
    await b.handlers['project.save']({});
  } finally {
    await b.dispose({ force: true });
  }
});

afterAll(async () => {
  delete process.env.WARRANT_CONFIG_DIR;
  delete process.env.WARRANT_CACHE_DIR;
  await rm(dir, { recursive: true, force: true });
});

interface Row {
  claimId: string;
  suggestions: { articleId: string; start: number; end: number; text: string; score: number }[];
}

describe('warrant suggest', () => {
  it('prints every claim with its passages as JSON, best first, one per article', async () => {
    const r = await warrant('suggest', project, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Row[];
    expect(rows.map((x) => x.claimId).sort()).toEqual([councilClaim, crabClaim].sort());
    const crab = rows.find((x) => x.claimId === crabClaim) as Row;
    expect(crab.suggestions.length).toBeGreaterThan(0);
    expect(crab.suggestions.length).toBeLessThanOrEqual(10);
    expect(Object.keys(crab.suggestions[0]!).sort()).toEqual(['articleId', 'end', 'score', 'start', 'text']);
    expect(crab.suggestions[0]!.text).toMatch(/34 per cent|fallen by about a third/);
    expect(new Set(crab.suggestions.map((s) => s.articleId)).size).toBe(crab.suggestions.length);
    const scores = crab.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('answers one claim with --claim, at most --limit passages, and prints them for people without --json', async () => {
    const json = await warrant('suggest', project, '--claim', crabClaim, '--limit', '2', '--json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.out) as Row[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.suggestions).toHaveLength(2);
    const text = await warrant('suggest', project, '--claim', crabClaim, '--limit', '2');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Crab catches near the plant fell by a third');
    expect(text.out).toMatch(/1\. Fishermen blame brine outfall/);
  });

  it('refuses an unknown claim, a project without claims and a bad limit, saying what to do', async () => {
    const unknown = await warrant('suggest', project, '--claim', 'nope');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/no claim “nope”.*warrant claims/);
    const none = await warrant('suggest', empty);
    expect(none.code).not.toBe(0);
    expect(none.err).toMatch(/no claims yet/);
    for (const bad of ['0', '101', 'ten']) {
      const r = await warrant('suggest', project, '--limit', bad);
      expect(r.code, bad).not.toBe(0);
      expect(r.err, bad).toMatch(/--limit/);
    }
  });
});
