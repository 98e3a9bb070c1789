import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../shared/anchoring/describe.js';
import { rateClaim, updateClaim } from '../../shared/annotations/operations.js';
import { verdictOf } from '../../shared/annotations/verdict.js';
import { mergeCollection } from '../../shared/merge/merge-collection.js';
import type { Versioned } from '../../shared/merge/versioned.js';
import { CURRENT_SCHEMA_VERSION, ratingId, type ProjectFile, type ProjectFileV1, type ProjectFileV2 } from '../../shared/model.js';
import { rejection } from '../../shared/test-support/errors.js';
import { readProjectFile, readProjectFileWithInfo } from './project-file.js';
import { ProjectSession } from './session.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-migrate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TEXT = 'The council approved a 9% water tariff rise. Fishermen say the brine outfall harms crab catches.';
const T0 = '2025-11-01T09:00:00.000Z';
const T1 = '2025-11-02T10:30:00.000Z';
const T2 = '2025-11-03T16:45:00.000Z';
/** A revision derived from content by the 2 → 3 migration. */
const DERIVED_REV = /^v2-[0-9a-f]{32}$/;

function target(phrase: string) {
  const at = TEXT.indexOf(phrase);
  const t = describeRange(TEXT, at, at + phrase.length);
  if (!t) throw new Error(`no selectors for ${phrase}`);
  return t;
}

/**
 * A project as Warrant wrote it in format 2: one article, a highlight, two claims — one rated
 * 'moderate' with a rationale by Dana, one unrated by Eli — and a link between them.
 */
function formatTwo(): ProjectFileV2 {
  return {
    format: 'warrant-project',
    schemaVersion: 2,
    id: '5b0c1f4e-6a43-4c55-9d0e-0f6a1d1e2b3c',
    name: 'Water tariffs',
    createdAt: T0,
    updatedAt: T2,
    articles: [
      {
        id: 'a1',
        title: 'Tariff approved',
        source: 'Aldren Courier',
        author: null,
        date: '2025-03-03',
        url: null,
        fileName: 'tariff.txt',
        format: 'txt',
        importedAt: T0,
        contentHash: createHash('sha256').update(TEXT, 'utf8').digest('hex'),
        length: TEXT.length,
        text: TEXT,
      },
    ],
    highlights: [{ id: 'h1', articleId: 'a1', target: target('9% water tariff rise'), color: 'yellow', label: 'key figure', note: 'Council figure', author: 'Dana', createdAt: T1, updatedAt: T1 }],
    claims: [
      { id: 'c1', text: 'Bills rise 9%', parentId: null, rating: 'moderate', rationale: 'Council figure, not independent', author: 'Dana', createdAt: T1, updatedAt: T2 },
      { id: 'c2', text: 'The outfall harms crabs', parentId: null, rating: 'unrated', rationale: '', author: 'Eli', createdAt: T1, updatedAt: T1 },
    ],
    links: [{ id: 'l1', highlightId: 'h1', claimId: 'c1', stance: 'supports', weight: 2, note: 'the only figure', author: 'Dana', createdAt: T2, updatedAt: T2 }],
    removedArticles: [{ id: 'a0', title: 'Old piece', source: null, date: null, removedAt: T1 }],
  };
}

/** The same project in format 1 (articles only). */
function formatOne(): ProjectFileV1 {
  const { highlights: _h, claims: _c, links: _l, removedArticles: _r, ...rest } = formatTwo();
  return { ...rest, schemaVersion: 1 };
}

/** Writes `data` as Warrant wrote files (compact JSON) to `name` in the temp folder. */
async function put(name: string, data: unknown, text = JSON.stringify(data)): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  return path;
}

/** The same JSON with every object's keys in reverse order, as a differently built writer could have saved it. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  return value;
}

/** The mergeable collections of a project (what two copies must agree on). */
function collections(p: ProjectFile) {
  return { articles: p.articles, highlights: p.highlights, claims: p.claims, links: p.links, ratings: p.ratings, deleted: p.deleted };
}

/** Content equality for merging: everything but the revision fields. */
function sameContent<T extends Versioned>(a: T, b: T): boolean {
  const strip = ({ rev: _rev, revs: _revs, ...rest }: T) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

/** Merges every collection of `theirs` into `mine`; what changed, per kind. */
function mergeAll(mine: ProjectFile, theirs: ProjectFile) {
  const merge = <T extends Versioned>(kind: string, m: readonly T[], t: readonly T[]) => {
    const r = mergeCollection({ kind, mine: m, theirs: t, mineDeleted: mine.deleted, theirsDeleted: theirs.deleted, sameContent });
    return { added: r.added, changed: r.changed, deleted: r.deleted, conflicts: r.conflicts.map((c) => `${c.reason}:${c.id}`) };
  };
  return {
    article: merge('article', mine.articles, theirs.articles),
    highlight: merge('highlight', mine.highlights, theirs.highlights),
    claim: merge('claim', mine.claims, theirs.claims),
    link: merge('link', mine.links, theirs.links),
    rating: merge('rating', mine.ratings, theirs.ratings),
  };
}
const NOTHING = { added: [], changed: [], deleted: [], conflicts: [] };
const nothingChanged = { article: NOTHING, highlight: NOTHING, claim: NOTHING, link: NOTHING, rating: NOTHING };

describe('opening a format-2 project', () => {
  it('gives format 3: the rating becomes Dana’s own, no verdict, a derived revision on every item', async () => {
    const v2 = formatTwo();
    const path = await put('tariffs.warrant', v2);
    const before = await readFile(path);
    const { project, migratedFrom } = await readProjectFileWithInfo(path);
    expect(migratedFrom).toBe(2);
    expect(project).toMatchObject({ format: 'warrant-project', schemaVersion: CURRENT_SCHEMA_VERSION, id: v2.id, name: v2.name, createdAt: T0, updatedAt: T2, removedArticles: v2.removedArticles, deleted: [], conflicts: [] });

    const rev = { rev: expect.stringMatching(DERIVED_REV), revs: [] };
    expect(project.articles).toEqual([{ ...v2.articles[0], ...rev }]);
    expect(project.highlights).toEqual([{ ...v2.highlights[0], ...rev }]);
    expect(project.links).toEqual([{ ...v2.links[0], ...rev }]);
    expect(project.claims).toEqual(v2.claims.map(({ rating: _r, rationale: _why, ...c }) => ({ ...c, verdict: null, ...rev })));
    for (const c of project.claims) expect(Object.keys(c)).not.toEqual(expect.arrayContaining(['rating']));

    // One rating: Dana's of c1. Eli's claim was never rated, so nobody's rating is invented.
    expect(project.ratings).toEqual([
      { id: ratingId('c1', 'Dana'), claimId: 'c1', rater: 'Dana', rating: 'moderate', rationale: 'Council figure, not independent', createdAt: T2, updatedAt: T2, ...rev },
    ]);
    const [c1, c2] = project.claims;
    expect(verdictOf(c1!, project.ratings)).toMatchObject({ rating: 'moderate', rationale: 'Council figure, not independent', basis: 'single' });
    expect(verdictOf(c2!, project.ratings)).toMatchObject({ rating: 'unrated', basis: 'unrated' });

    // Every item has its own revision.
    const revs = [...project.articles, ...project.highlights, ...project.claims, ...project.links, ...project.ratings].map((x) => x.rev);
    expect(new Set(revs).size).toBe(revs.length);
    // Reading changes nothing on disk.
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(dir)).toEqual(['tariffs.warrant']);
  });

  it('keeps what format 2 held: a rationale without a rating, a claim without an author', async () => {
    const v2 = formatTwo();
    v2.claims[1] = { ...v2.claims[1]!, rationale: 'Waiting for the survey' };
    v2.claims.push({ id: 'c3', text: 'Anonymous', parentId: 'c1', rating: 'weak', rationale: '', author: '', createdAt: T1, updatedAt: T1 });
    const project = await readProjectFile(await put('odd.warrant', v2));
    expect(project.ratings.map((r) => [r.claimId, r.rater, r.rating, r.rationale])).toEqual([
      ['c1', 'Dana', 'moderate', 'Council figure, not independent'],
      ['c2', 'Eli', 'unrated', 'Waiting for the survey'],
      ['c3', 'Unknown author', 'weak', ''],
    ]);
    expect(project.ratings.map((r) => r.id)).toEqual([ratingId('c1', 'Dana'), ratingId('c2', 'Eli'), ratingId('c3', 'Unknown author')]);
    expect(project.claims.find((c) => c.id === 'c3')).toMatchObject({ parentId: 'c1', author: '', verdict: null });
  });

  it('keeps the original byte for byte as <file>.format-2.bak, and the next save writes format 3', async () => {
    // Pretty-printed, as a colleague may have tidied it: the copy must be these bytes, not a re-serialization.
    const original = `${JSON.stringify(formatTwo(), null, 2)}\n`;
    const path = await put('tariffs.warrant', null, original);
    const session = await ProjectSession.open(path);
    const backup = `${path}.format-2.bak`;
    expect(await readFile(backup, 'utf8')).toBe(original);
    // Opening alone does not rewrite the project.
    expect(await readFile(path, 'utf8')).toBe(original);
    expect(session.data).toEqual(await readProjectFile(path));

    await session.save();
    const saved = JSON.parse(await readFile(path, 'utf8')) as { schemaVersion: number };
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const reread = await readProjectFileWithInfo(path);
    expect(reread.migratedFrom).toBeNull();
    // Saving keeps the migrated revisions: they are the project's from now on.
    expect(reread.project).toEqual(session.data);
    expect(await readFile(backup, 'utf8')).toBe(original);
    await session.close();

    // Reopening the saved file migrates nothing and leaves the backup alone.
    const again = await ProjectSession.open(path);
    expect(collections(again.data)).toEqual(collections(session.data));
    expect(await readFile(backup, 'utf8')).toBe(original);
  });

  it('two copies migrated independently agree on every revision, so merging them finds nothing', async () => {
    const v2 = formatTwo();
    const alicePath = await put('alice/tariffs.warrant', v2);
    const bobPath = await put('bob/tariffs.warrant', v2);
    // A third copy of the same project, written with keys in another order and other spacing.
    const carolPath = await put('carol/tariffs.warrant', null, JSON.stringify(reverseKeys(v2), null, '\t'));
    const alice = (await ProjectSession.open(alicePath)).data;
    const bob = (await ProjectSession.open(bobPath)).data;
    const carol = (await ProjectSession.open(carolPath)).data;

    expect(collections(bob)).toEqual(collections(alice));
    expect(collections(carol)).toEqual(collections(alice));
    expect(alice.ratings).toHaveLength(1);
    expect(mergeAll(alice, bob)).toEqual(nothingChanged);
    expect(mergeAll(bob, carol)).toEqual(nothingChanged);

    // After the upgrade Bob edits one claim and rates the other: Alice takes exactly that.
    let n = 0;
    const byBob = { author: 'Bob', now: '2026-01-05T00:00:00.000Z', newId: () => `bob-${++n}` };
    let bobNext: ProjectFile = { ...bob };
    bobNext = { ...bobNext, ...updateClaim(bobNext, 'c1', { text: 'Bills rise 9 per cent' }, byBob).next };
    bobNext = { ...bobNext, ...rateClaim(bobNext, 'c2', { rating: 'weak' }, byBob).next };
    expect(mergeAll(alice, bobNext)).toEqual({ ...nothingChanged, claim: { ...NOTHING, changed: ['c1'] }, rating: { ...NOTHING, added: [ratingId('c2', 'Bob')] } });
  });

  it('copies that differed while in format 2 get different revisions: a merge asks instead of picking one', async () => {
    const v2 = formatTwo();
    const other = formatTwo();
    other.claims[0] = { ...other.claims[0]!, rating: 'strong' };
    other.articles[0] = { ...other.articles[0]!, title: 'Tariff approved (corrected)' };
    other.highlights[0] = { ...other.highlights[0]!, note: 'Council figure, page 4' };
    const mine = await readProjectFile(await put('mine/p.warrant', v2));
    const theirs = await readProjectFile(await put('theirs/p.warrant', other));
    const merged = mergeAll(mine, theirs);
    expect(merged.rating.conflicts).toEqual([`both-changed:${ratingId('c1', 'Dana')}`]);
    expect(merged.article.conflicts).toEqual(['both-changed:a1']);
    expect(merged.highlight.conflicts).toEqual(['both-changed:h1']);
    // What did not differ still agrees.
    expect(merged.claim).toEqual(NOTHING);
    expect(merged.link).toEqual(NOTHING);
  });
});

describe('opening a format-1 project', () => {
  it('migrates through format 2 to 3, keeping the original as <file>.format-1.bak', async () => {
    const original = JSON.stringify(formatOne());
    const path = await put('old.warrant', null, original);
    const { project, migratedFrom } = await readProjectFileWithInfo(path);
    expect(migratedFrom).toBe(1);
    expect(project).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, highlights: [], claims: [], links: [], ratings: [], removedArticles: [], deleted: [], conflicts: [] });
    expect(project.articles).toEqual([{ ...formatOne().articles[0], rev: expect.stringMatching(DERIVED_REV), revs: [] }]);
    // The article gets the revision it would have had in a format-2 copy of the same project.
    expect(project.articles[0]!.rev).toBe((await readProjectFile(await put('v2.warrant', formatTwo()))).articles[0]!.rev);

    const session = await ProjectSession.open(path);
    expect(await readFile(`${path}.format-1.bak`, 'utf8')).toBe(original);
    await session.save();
    expect((await readProjectFileWithInfo(path)).migratedFrom).toBeNull();
  });
});

describe('a damaged format-2 project', () => {
  const cases: Array<[string, (f: Record<string, unknown[]>) => void, RegExp]> = [
    ['a rating that is not on the scale', (f) => ((f.claims![0] as Record<string, unknown>).rating = 'excellent'), /claims\[0\]\.rating/],
    ['a highlight without its note', (f) => delete (f.highlights![0] as Record<string, unknown>).note, /highlights\[0\]\.note/],
    ['a claim carrying a format-3 field', (f) => ((f.claims![1] as Record<string, unknown>).verdict = null), /claims\[1\].*verdict/],
    ['a link carrying a revision', (f) => ((f.links![0] as Record<string, unknown>).rev = 'r1'), /links\[0\].*rev/],
    ['a link to a claim that is not there', (f) => ((f.links![0] as Record<string, unknown>).claimId = 'ghost'), /points at a claim that is not in the project/],
  ];
  for (const [what, breakIt, message] of cases) {
    it(`with ${what} is refused, and neither it nor a backup is written`, async () => {
      const file = formatTwo() as unknown as Record<string, unknown[]>;
      breakIt(file);
      const path = await put('bad.warrant', file);
      const before = await readFile(path);
      for (const attempt of [() => readProjectFile(path), () => ProjectSession.open(path)]) {
        const e = await rejection(attempt());
        expect(e.code).toBe('corrupt-project');
        expect(e.message).toMatch(message);
        expect(e.message).toMatch(/The file was not changed/);
      }
      expect(await readFile(path)).toEqual(before);
      expect(await readdir(dir)).toEqual(['bad.warrant']);
    });
  }
});

describe('opening a format-3 project', () => {
  /** A format-3 file: format 2 migrated, as the previous build saved it. */
  async function formatThree(): Promise<Record<string, unknown>> {
    const project = await readProjectFile(await put('v2.warrant', formatTwo()));
    return { ...project, schemaVersion: 3 };
  }

  it('migrates to the current format with nothing changed but the version, keeping the original as <file>.format-3.bak', async () => {
    const three = await formatThree();
    const original = JSON.stringify(three);
    const path = await put('three.warrant', null, original);
    const { project, migratedFrom } = await readProjectFileWithInfo(path);
    expect(migratedFrom).toBe(3);
    expect(project).toEqual({ ...three, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(project.articles[0]!.pageStarts).toBeUndefined();
    await ProjectSession.open(path);
    expect(await readFile(`${path}.format-3.bak`, 'utf8')).toBe(original);
  });

  it('refuses a format-3 file carrying page starts (a field format 3 never had)', async () => {
    const three = await formatThree();
    const articles = three.articles as Array<Record<string, unknown>>;
    articles[0]!.pageStarts = [0];
    const e = await rejection(readProjectFile(await put('odd.warrant', three)));
    expect(e.code).toBe('corrupt-project');
    expect(e.message).toMatch(/articles\[0\].*pageStarts/);
  });
});

describe('page starts', () => {
  it('that do not fit the text are refused on open, naming the article', async () => {
    const project = await readProjectFile(await put('v2.warrant', formatTwo()));
    const article = project.articles[0]!;
    for (const pageStarts of [[5], [0, 50, 20], [0, article.length + 1]]) {
      const e = await rejection(readProjectFile(await put('pages.warrant', { ...project, articles: [{ ...article, pageStarts }] })));
      expect(e.code).toBe('corrupt-project');
      expect(e.message).toContain(`the page starts of “${article.title}” do not fit its text`);
    }
    const fine = await readProjectFile(await put('pages.warrant', { ...project, articles: [{ ...article, pageStarts: [0, 20, 20, article.length] }] }));
    expect(fine.articles[0]!.pageStarts).toEqual([0, 20, 20, article.length]);
  });
});

describe('opening a format-4 project', () => {
  it('migrates to format 5 with nothing changed but the version, keeping the original as <file>.format-4.bak', async () => {
    const project = await readProjectFile(await put('v2.warrant', formatTwo()));
    const four = { ...project, schemaVersion: 4 };
    const original = JSON.stringify(four);
    const path = await put('four.warrant', null, original);
    const { project: opened, migratedFrom } = await readProjectFileWithInfo(path);
    expect(migratedFrom).toBe(4);
    expect(opened).toEqual({ ...four, schemaVersion: 5 });
    await ProjectSession.open(path);
    expect(await readFile(`${path}.format-4.bak`, 'utf8')).toBe(original);
  });
});
