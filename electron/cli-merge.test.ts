/**
 * `warrant merge` and `warrant agreement` in-process, on real project files made by the real
 * backend in a temp folder.
 */
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { warrant } from './test-cli.js';
import { EXIT_CONFLICTS } from './cli-merge.js';
import type { Backend } from './server/backend.js';
import { createTestBackend } from './server/test-backend.js';

const SAMPLE_DIR = join(import.meta.dirname, '..', 'sample', 'articles');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-cli-merge-'));
  process.exitCode = undefined;
});
afterEach(async () => {
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});


async function withBackend<T>(name: string, run: (b: Backend) => Promise<T>): Promise<T> {
  const b = createTestBackend(join(dir, `config-${name}`), () => undefined, SAMPLE_DIR);
  await b.handlers['prefs.setAuthorName']({ name });
  try {
    return await run(b);
  } finally {
    await b.dispose({ force: true });
  }
}

/** Two copies of one project: Ana's and Ben's, each rating one claim and editing one highlight note. */
async function copies(conflicting: boolean): Promise<{ mine: string; theirs: string; claimId: string }> {
  const mine = join(dir, 'mine.warrant');
  const theirs = join(dir, 'theirs.warrant');
  const { claimId, highlightId } = await withBackend('Ana', async (b) => {
    await b.handlers['project.new']({ path: mine });
    await b.handlers['import.run']({ sources: [{ kind: 'path', path: SAMPLE_DIR }] });
    const meta = (await b.handlers['articles.list']({}))[0]!;
    const article = await b.handlers['articles.get']({ id: meta.id });
    const made = await b.handlers['claims.createFromSelection']({ articleId: article.id, start: 0, end: 20, text: 'A claim' });
    await b.handlers['project.close']({});
    return { claimId: made.claim.id, highlightId: made.highlight.id };
  });
  await copyFile(mine, theirs);
  await withBackend('Ana', async (b) => {
    await b.handlers['project.open']({ path: mine });
    await b.handlers['claims.update']({ id: claimId, patch: { rating: 'strong' } });
    if (conflicting) await b.handlers['highlights.update']({ id: highlightId, patch: { note: 'Ana’s note' } });
    await b.handlers['project.close']({});
  });
  await withBackend('Ben', async (b) => {
    await b.handlers['project.open']({ path: theirs });
    await b.handlers['claims.update']({ id: claimId, patch: { rating: 'strong' } });
    if (conflicting) await b.handlers['highlights.update']({ id: highlightId, patch: { note: 'Ben’s note' } });
    await b.handlers['project.close']({});
  });
  return { mine, theirs, claimId };
}

describe('warrant merge', () => {
  it('merges cleanly with exit 0 and never changes its inputs', async () => {
    const { mine, theirs } = await copies(false);
    const before = [await readFile(mine), await readFile(theirs)];
    const r = await warrant('merge', mine, theirs, '-o', join(dir, 'merged.warrant'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { counts: { rating: { added: number } }; conflicts: unknown[] };
    expect(report.counts.rating.added).toBe(1);
    expect(report.conflicts).toEqual([]);
    expect([await readFile(mine), await readFile(theirs)]).toEqual(before);

    const agreement = await warrant('agreement', join(dir, 'merged.warrant'), '--json');
    expect(JSON.parse(agreement.out)).toMatchObject({ raters: ['Ana', 'Ben'], claims: 1, ratings: 2, percentAgreement: 1 });
  });

  it('exits 3 with the conflicts listed, keeping both versions in the output', async () => {
    const { mine, theirs } = await copies(true);
    const out = join(dir, 'merged.warrant');
    const r = await warrant('merge', mine, theirs, '-o', out);
    expect(r.code).toBe(EXIT_CONFLICTS);
    expect(r.err).toMatch(/1 conflict left undecided/);
    expect(r.err).toMatch(/highlight .*both-changed.*Ana’s note|highlight .*both-changed/);
    const merged = JSON.parse(await readFile(out, 'utf8')) as { highlights: { note: string }[]; conflicts: { theirs: { note: string } }[] };
    expect(merged.highlights.map((h) => h.note)).toContain('Ana’s note');
    expect(merged.conflicts.map((c) => c.theirs.note)).toEqual(['Ben’s note']);

    const preferred = await warrant('merge', mine, theirs, '-o', join(dir, 'theirs-win.warrant'), '--prefer', 'theirs');
    expect(preferred.code).toBe(0);
    const won = JSON.parse(await readFile(join(dir, 'theirs-win.warrant'), 'utf8')) as { highlights: { note: string }[]; conflicts: unknown[] };
    expect(won.highlights.map((h) => h.note)).toContain('Ben’s note');
    expect(won.conflicts).toEqual([]);
  });

  it('refuses another project, an existing output and a corrupt input, writing nothing', async () => {
    const { mine } = await copies(false);
    const other = join(dir, 'other.warrant');
    await withBackend('Ben', async (b) => {
      await b.handlers['project.new']({ path: other });
      await b.handlers['project.close']({});
    });
    const out = join(dir, 'never.warrant');
    const different = await warrant('merge', mine, other, '-o', out);
    expect(different.code).not.toBe(0);
    expect(different.err).toMatch(/different project/);
    await expect(stat(out)).rejects.toThrow();
    const existing = await warrant('merge', mine, other, '-o', mine);
    expect(existing.code).not.toBe(0);
    expect(existing.err).toMatch(/inputs are never changed|already exists/);
  });
});
