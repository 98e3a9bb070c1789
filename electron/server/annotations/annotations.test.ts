/**
 * Annotations through the real backend: real project files in a temp folder, the sample
 * corpus imported by the real import pipeline, the real search index.
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotationsView } from '../../../shared/api.js';
import { anchor } from '../../../shared/anchoring/index.js';
import { CONTEXT_LENGTH } from '../../../shared/anchoring/selectors.js';
import { DEFAULT_HIGHLIGHT_COLOR } from '../../../shared/highlight-colors.js';
import { CURRENT_SCHEMA_VERSION, type Article } from '../../../shared/model.js';
import { rejection } from '../../../shared/test-support/errors.js';
import { setupTestBackend } from '../test-backend-hooks.js';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample', 'articles');

const env = setupTestBackend('annotations', { sampleDir: SAMPLE_DIR });

const h = () => env.backend.handlers;

/** Creates a project holding the sample corpus; returns its path. */
async function sampleProject(name = 'Water.warrant'): Promise<string> {
  const path = join(env.dir, 'projects', name);
  await h()['project.new']({ path });
  const summary = await h()['import.run']({ sources: [{ kind: 'path', path: SAMPLE_DIR }] });
  expect(summary.failed).toEqual([]);
  expect(summary.imported.length).toBeGreaterThanOrEqual(5);
  return path;
}

/** The imported article whose title contains `fragment`. */
async function article(fragment: RegExp): Promise<Article> {
  const meta = (await h()['articles.list']({})).find((a) => fragment.test(a.title));
  if (!meta) throw new Error(`no article titled ${fragment}`);
  return h()['articles.get']({ id: meta.id });
}

/** The offsets of `phrase` in an article's text. */
function offsets(a: Article, phrase: string): { start: number; end: number } {
  const start = a.text.indexOf(phrase);
  expect(start, `“${phrase}” in ${a.title}`).toBeGreaterThan(0);
  return { start, end: start + phrase.length };
}

const withoutHistory = ({ history: _history, ...rest }: AnnotationsView) => rest;

const PHRASE = 'The average household bill will rise by 9 per cent';

/** The text of the one article in the old-format files below. */
const PLAN = 'The council approved the plan on Monday.';

/** A project file of an old format (1 or 2) holding one article, `a1` “Plan approved”, whose text is PLAN. */
function oldProject(schemaVersion: 1 | 2, project: { id: string; name: string; createdAt: string; updatedAt: string }, fields: { source: string | null; date: string | null; importedAt: string; contentHash: string }) {
  const { source, date, importedAt, contentHash } = fields;
  return {
    format: 'warrant-project',
    schemaVersion,
    ...project,
    articles: [{ id: 'a1', title: 'Plan approved', source, author: null, date, url: null, fileName: 'plan.txt', format: 'txt', importedAt, contentHash, length: PLAN.length, text: PLAN }],
  };
}

describe('annotations in the backend', () => {
  it('highlights a passage with selectors that find it again, by the author set in preferences', async () => {
    await sampleProject();
    await h()['prefs.setAuthorName']({ name: 'Dana Okafor' });
    expect(await h()['prefs.get']({})).toEqual({ authorName: 'Dana Okafor' });
    const council = await article(/^Council sets/);
    const { start, end } = offsets(council, PHRASE);

    const highlight = await h()['highlights.create']({ articleId: council.id, start, end, color: 'green', note: 'the headline figure' });
    expect(highlight).toMatchObject({ articleId: council.id, color: 'green', note: 'the headline figure', author: 'Dana Okafor' });
    const { position, quote } = highlight.target;
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(quote.exact).toBe(PHRASE);
    expect(quote.prefix.length).toBeGreaterThan(0);
    expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
    expect(quote.suffix.length).toBeGreaterThan(0);
    expect(quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
    expect(council.text.slice(0, start).endsWith(quote.prefix)).toBe(true);
    expect(council.text.slice(end).startsWith(quote.suffix)).toBe(true);

    // The stored selectors find the passage again (the UI anchors them, in a worker).
    expect(anchor(council.text, highlight.target, { hint: highlight.target.position.start })).toEqual({ start, end, method: 'position' });
    // Other articles have no highlights.
    const other = await article(/crab/i);
    expect((await h()['annotations.get']({})).highlights.filter((x) => x.articleId === other.id)).toEqual([]);
  });

  it('trims a selection to its words and refuses one that is only white space', async () => {
    await sampleProject();
    const council = await article(/^Council sets/);
    const { start, end } = offsets(council, PHRASE);
    const padded = await h()['highlights.create']({ articleId: council.id, start: start - 1, end: end + 1 });
    expect(padded.target.quote.exact).not.toMatch(/^\s|\s$/);
    expect(padded.target.quote.exact).toContain(PHRASE);
    const blank = council.text.indexOf('\n\n');
    const e = await rejection(h()['highlights.create']({ articleId: council.id, start: blank, end: blank + 2 }));
    expect(e.code).toBe('bad-args');
    expect(e.message).toMatch(/Select some words/);
    expect((await rejection(h()['highlights.create']({ articleId: 'no-such-article', start: 0, end: 4 }))).code).toBe('not-found');
  });

  it('links evidence to a claim; undo removes the link and redo restores it', async () => {
    await sampleProject();
    const council = await article(/^Council sets/);
    const highlight = await h()['highlights.create']({ articleId: council.id, ...offsets(council, PHRASE) });
    expect(highlight.color).toBe(DEFAULT_HIGHLIGHT_COLOR); // none was chosen
    const claim = await h()['claims.create']({ text: 'Household water bills rise by 9% in 2025–26' });
    const link = await h()['links.create']({ highlightId: highlight.id, claimId: claim.id, stance: 'supports', weight: 2 });
    expect(link.author).toBe('Unknown author'); // no name set in preferences yet

    const linked = await h()['annotations.get']({});
    expect(linked.links).toEqual([link]);
    expect(linked.history).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Link evidence', redoLabel: null, undoKind: 'link.create', redoKind: null, undoSeq: 3 });

    expect(await h()['history.undo']({})).toEqual({ canUndo: true, canRedo: true, undoLabel: 'New claim', redoLabel: 'Link evidence', undoKind: 'claim.create', redoKind: 'link.create', undoSeq: 2 });
    const undone = await h()['annotations.get']({});
    expect(undone.links).toEqual([]);
    expect(undone.highlights.map((x) => x.id)).toEqual([highlight.id]);
    expect(undone.claims.map((x) => x.id)).toEqual([claim.id]);
    // The UI was told.
    const last = env.events.filter((e) => e.name === 'annotations.changed').at(-1);
    expect(last?.name === 'annotations.changed' && last.payload.links).toEqual([]);

    expect(await h()['history.redo']({})).toMatchObject({ undoLabel: 'Link evidence', canRedo: false });
    expect((await h()['annotations.get']({})).links).toEqual([link]);

    // Linking the same pair again changes its stance; it still counts once.
    const relinked = await h()['links.create']({ highlightId: highlight.id, claimId: claim.id, stance: 'context' });
    expect(relinked).toMatchObject({ id: link.id, stance: 'context', weight: 2 });
    expect((await h()['annotations.get']({})).links).toHaveLength(1);
  });

  it('highlight-and-link is one undoable action; a refused action leaves nothing to undo', async () => {
    await sampleProject();
    const council = await article(/^Council sets/);
    const parent = await h()['claims.create']({ text: 'The tariff rise is modest' });
    const child = await h()['claims.create']({ text: 'Under £4 a month', parentId: parent.id });
    const highlight = await h()['highlights.create']({ articleId: council.id, ...offsets(council, 'equivalent to £3.40 a month'), link: { claimId: child.id, stance: 'supports' } });
    const view = await h()['annotations.get']({});
    expect(view.links).toMatchObject([{ highlightId: highlight.id, claimId: child.id, stance: 'supports' }]);
    expect(view.history.undoLabel).toBe('Highlight and link');

    const e = await rejection(h()['claims.create']({ text: 'Too deep', parentId: child.id }));
    expect(e.code).toBe('bad-args');
    expect(e.message).toMatch(/one level deep/);
    expect((await h()['annotations.get']({})).history.undoLabel).toBe('Highlight and link');

    await h()['history.undo']({});
    const after = await h()['annotations.get']({});
    expect(after.highlights).toEqual([]);
    expect(after.links).toEqual([]);
    expect(after.claims.map((c) => c.text)).toEqual(['The tariff rise is modest', 'Under £4 a month']);
  });

  it('answers a claim deletion with its sequence number, which the undo state names while it is on top', async () => {
    await h()['project.new']({ path: join(env.dir, 'projects', 'Deletions.warrant') });
    const a = await h()['claims.create']({ text: 'A' });
    const b = await h()['claims.create']({ text: 'B' });
    const first = await h()['claims.delete']({ id: a.id });
    expect((await h()['annotations.get']({})).history).toMatchObject({ undoKind: 'claim.delete', undoSeq: first.seq });
    // A second deletion of the same kind is another action.
    const second = await h()['claims.delete']({ id: b.id });
    expect(second.seq).not.toBe(first.seq);
    expect((await h()['annotations.get']({})).history).toMatchObject({ undoKind: 'claim.delete', undoSeq: second.seq });
    await h()['history.undo']({});
    expect((await h()['annotations.get']({})).history.undoSeq).toBe(first.seq);
  });

  it('deleting an article keeps its highlights and links, records it as removed, and the project reopens', async () => {
    const path = await sampleProject();
    await h()['prefs.setAuthorName']({ name: 'Dana Okafor' });
    const council = await article(/^Council sets/);
    const highlight = await h()['highlights.create']({ articleId: council.id, ...offsets(council, PHRASE) });
    const claim = await h()['claims.create']({ text: 'Bills rise 9%' });
    expect(claim.author).toBe('Dana Okafor');
    const link = await h()['links.create']({ highlightId: highlight.id, claimId: claim.id, stance: 'supports' });

    await h()['articles.delete']({ ids: [council.id] });
    expect((await h()['articles.list']({})).some((a) => a.id === council.id)).toBe(false);
    const view = await h()['annotations.get']({});
    expect(view.highlights).toEqual([highlight]);
    expect(view.links).toEqual([link]);
    expect(view.removedArticles).toEqual([{ id: council.id, title: council.title, source: 'Port Aldren Borough Council', date: '2025-03-03', removedAt: expect.any(String) }]);
    // Undo cannot bring back anything of a deleted article.
    expect(view.history.canUndo).toBe(false);
    expect((await rejection(h()['highlights.create']({ articleId: council.id, ...offsets(council, PHRASE) }))).code).toBe('not-found');

    await h()['project.save']({});
    await h()['project.close']({});
    await h()['project.open']({ path });
    expect(withoutHistory(await h()['annotations.get']({}))).toEqual(withoutHistory(view));
  });

  it('search finds claims by their words alongside articles', async () => {
    await sampleProject();
    const claim = await h()['claims.create']({ text: 'The brine outfall harms crab catches' });
    await h()['claims.create']({ text: 'Bills rise 9%' });
    const results = await h()['search.query']({ query: 'crabs' });
    expect(results.hits.length).toBeGreaterThan(0);
    expect(results.annotations).toHaveLength(1);
    const [hit] = results.annotations;
    expect(hit).toMatchObject({ kind: 'claim', claimId: claim.id });
    expect(hit!.snippet.marks.map(([s, e]) => hit!.snippet.text.slice(s, e))).toEqual(['crab']);
  });

  it('opens a format-1 project with no annotations, keeps the original, and saves it as format 3', async () => {
    const path = join(env.dir, 'old.warrant');
    const v1 = oldProject(
      1,
      { id: 'legacy', name: 'Old project', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' },
      { source: 'Courier', date: '2025-01-01', importedAt: '2025-01-01T00:00:00.000Z', contentHash: createHash('sha256').update(PLAN).digest('hex') },
    );
    const original = `${JSON.stringify(v1, null, 2)}\n`;
    await writeFile(path, original);

    await h()['project.open']({ path });
    const view = await h()['annotations.get']({});
    expect(withoutHistory(view)).toEqual({ highlights: [], claims: [], links: [], ratings: [], removedArticles: [] });
    expect(await readFile(`${path}.format-1.bak`, 'utf8')).toBe(original);

    const highlight = await h()['highlights.create']({ articleId: 'a1', start: 4, end: 11 });
    expect(highlight.target.quote.exact).toBe('council');
    await h()['project.save']({});
    const saved = JSON.parse(await readFile(path, 'utf8')) as { schemaVersion: number; name: string; highlights: unknown[]; articles: unknown[] };
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(saved.name).toBe('Old project');
    expect(saved.articles).toHaveLength(1);
    expect(saved.highlights).toHaveLength(1);
    // The format-1 original is still there, byte for byte.
    expect(await readFile(`${path}.format-1.bak`, 'utf8')).toBe(original);
  });

  it('refuses a project whose evidence link points at a missing claim, and leaves the file alone', async () => {
    const path = join(env.dir, 'hostile.warrant');
    const at = '2026-01-01T00:00:00.000Z';
    const hostile = {
      ...oldProject(2, { id: 'hostile', name: 'Hostile', createdAt: at, updatedAt: at }, { source: null, date: null, importedAt: at, contentHash: 'c'.repeat(64) }),
      highlights: [
        {
          id: 'h1',
          articleId: 'a1',
          target: { position: { type: 'TextPositionSelector', start: 4, end: 11 }, quote: { type: 'TextQuoteSelector', exact: 'council', prefix: 'The ', suffix: ' approved the plan on Monday.' } },
          color: 'yellow',
          label: null,
          note: '',
          author: 'x',
          createdAt: at,
          updatedAt: at,
        },
      ],
      claims: [],
      links: [{ id: 'l1', highlightId: 'h1', claimId: 'missing-claim', stance: 'supports', weight: null, note: '', author: 'x', createdAt: at, updatedAt: at }],
      removedArticles: [],
    };
    const bytes = JSON.stringify(hostile);
    await writeFile(path, bytes);

    const e = await rejection(h()['project.open']({ path }));
    expect(e.code).toBe('corrupt-project');
    expect(e.message).toMatch(/hostile\.warrant.*evidence link “l1” points at a claim that is not in the project/);
    expect(await readFile(path, 'utf8')).toBe(bytes);
    expect(await stat(`${path}.bak`).then(() => true, () => false)).toBe(false);
    expect(await h()['project.current']({})).toBeNull();
  });
});
