/**
 * Opening the rest of a damaged project read-only: the damaged article is set aside by title,
 * its evidence kept as "article removed", nothing is changed or written to the damaged file,
 * and Save As makes an ordinary working copy elsewhere.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../shared/anchoring/describe.js';
import { CURRENT_SCHEMA_VERSION, type Article, type ProjectFile } from '../../shared/model.js';
import { rejection } from '../../shared/test-support/errors.js';
import { readProjectFile, writeProjectFile } from './project-file.js';
import { ProjectSession } from './session.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-read-only-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const T = '2026-01-01T00:00:00.000Z';
function article(id: string, title: string, text: string): Article {
  return { id, title, source: null, author: null, date: null, url: null, fileName: `${id}.txt`, format: 'txt', importedAt: T, contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), length: text.length, text, rev: `r-${id}`, revs: [] };
}

/** Two articles, a highlight on each, a claim both support. */
function project(): ProjectFile {
  const good = article('good', 'Council minutes', 'The council approved the tariff on Monday.');
  const bad = article('bad', 'Harbour report', 'Crab landings fell twelve per cent last year.');
  const h = (id: string, a: Article, phrase: string) => {
    const at = a.text.indexOf(phrase);
    return { id, articleId: a.id, target: describeRange(a.text, at, at + phrase.length)!, color: 'yellow' as const, label: null, note: '', author: 'Ana', createdAt: T, updatedAt: T, rev: `r-${id}`, revs: [] };
  };
  const link = (id: string, highlightId: string) => ({ id, highlightId, claimId: 'c1', stance: 'supports' as const, weight: null, note: '', author: 'Ana', createdAt: T, updatedAt: T, rev: `r-${id}`, revs: [] });
  return {
    format: 'warrant-project',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'p1',
    name: 'Harbour',
    createdAt: T,
    updatedAt: T,
    articles: [good, bad],
    highlights: [h('h1', good, 'approved the tariff'), h('h2', bad, 'fell twelve per cent')],
    claims: [{ id: 'c1', text: 'Things changed', parentId: null, verdict: null, author: 'Ana', createdAt: T, updatedAt: T, rev: 'r-c1', revs: [] }],
    links: [link('l1', 'h1'), link('l2', 'h2')],
    ratings: [],
    removedArticles: [],
    deleted: [],
    conflicts: [],
  };
}

/** The project written, then one byte of the "bad" article's text changed on disk. */
async function damagedFile(): Promise<string> {
  const path = join(dir, 'harbour.warrant');
  await writeProjectFile(path, project(), false);
  await writeFile(path, (await readFile(path, 'utf8')).replace('Crab landings fell', 'Crab landinqs fell'));
  return path;
}

describe('a project with a damaged article', () => {
  it('is refused with the offer to open the rest read-only', async () => {
    const e = await rejection(ProjectSession.open(await damagedFile()));
    expect(e.code).toBe('corrupt-project');
    expect(e.details?.recovery).toBe('open-read-only');
    expect(e.message).toContain('“Harbour report”');
    expect(e.message).not.toContain('landin');
  });

  it('opens read-only without it, keeping its evidence as “article removed”', async () => {
    const path = await damagedFile();
    const before = await readFile(path);
    const files = (await readdir(dir)).sort();
    const session = await ProjectSession.open(path, {}, true);
    expect(session.summary()).toMatchObject({ readOnly: true, setAside: ['Harbour report'], articleCount: 1 });
    expect(session.data.articles.map((a) => a.id)).toEqual(['good']);
    expect(session.data.highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(session.data.removedArticles).toEqual([expect.objectContaining({ id: 'bad', title: 'Harbour report' })]);
    // No deletion record: merging an intact copy later brings the article back.
    expect(session.data.deleted).toEqual([]);

    const refused = (() => {
      try {
        session.update((p) => ({ ...p, name: 'Changed' }));
        return null;
      } catch (e) {
        return e as { code: string; message: string };
      }
    })();
    expect(refused?.code).toBe('read-only');
    expect(refused?.message).toMatch(/Save As/);
    await session.save();
    await session.close();
    // The damaged file is exactly as it was, with nothing written beside it.
    expect(await readFile(path)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(files);
  });

  it('is saved as a working copy under another name only, which then works normally', async () => {
    const path = await damagedFile();
    const session = await ProjectSession.open(path, {}, true);
    const same = await rejection(session.saveAs(path));
    expect(same.code).toBe('read-only');
    const copy = join(dir, 'harbour repaired.warrant');
    await session.saveAs(copy);
    expect(session.summary()).toMatchObject({ readOnly: false, setAside: [], path: copy });
    session.update((p) => ({ ...p, claims: p.claims.map((c) => ({ ...c, text: 'Things changed a lot' })) }));
    await session.save();
    const saved = await readProjectFile(copy);
    expect(saved.articles.map((a) => a.title)).toEqual(['Council minutes']);
    expect(saved.claims[0]!.text).toBe('Things changed a lot');
    expect(saved.links).toHaveLength(2);
    await session.close();
  });
});
