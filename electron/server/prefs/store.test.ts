import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodePrefs, MAX_RECENT, withRecent } from './store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-prefs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const entry = (n: number) => ({ path: `/p/${n}.warrant`, name: `P${n}`, openedAt: '2026-01-01T00:00:00.000Z' });

describe('preferences', () => {
  it('keeps the most recent projects first, without duplicates, capped', () => {
    const prefs = createNodePrefs(dir);
    let p = prefs.read();
    for (let i = 0; i < MAX_RECENT + 3; i++) p = withRecent(p, entry(i));
    p = withRecent(p, entry(5));
    prefs.write(p);
    const back = createNodePrefs(dir).read();
    expect(back.recent).toHaveLength(MAX_RECENT);
    expect(back.recent[0]?.path).toBe('/p/5.warrant');
    expect(new Set(back.recent.map((r) => r.path)).size).toBe(MAX_RECENT);
  });

  it('a damaged entry or value in a hand-edited file does not wipe the rest', async () => {
    await writeFile(join(dir, 'preferences.json'), JSON.stringify({ recent: [entry(1), { path: 42 }, entry(2)], authorName: { not: 'a name' } }));
    const prefs = createNodePrefs(dir);
    const read = prefs.read();
    expect(read.recent.map((r) => r.name)).toEqual(['P1', 'P2']);
    expect(read.authorName).toBeNull();
    prefs.write({ ...read, authorName: 'Ana' });
    const saved = JSON.parse(await readFile(join(dir, 'preferences.json'), 'utf8')) as { recent: unknown[]; authorName: string };
    expect(saved.recent).toHaveLength(2);
    expect(saved.authorName).toBe('Ana');
  });
});
