/**
 * Annotation edits in one round trip: each action pushes the new view once (the UI never
 * re-fetches), and "claim from selection" is one command and one undo step, all or nothing.
 * Real backend, real sample corpus, real temp files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationsView, AnyEvent } from '../../../shared/api.js';
import type { Article } from '../../../shared/model.js';
import type { Backend } from '../backend.js';
import { createTestBackend } from '../test-backend.js';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample', 'articles');
const PHRASE = 'The average household bill will rise by 9 per cent';

let dir: string;
let backend: Backend;
let events: AnyEvent[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-round-trip-'));
  events = [];
  backend = createTestBackend(dir, (e) => events.push(e), SAMPLE_DIR);
  await backend.handlers['project.new']({ path: join(dir, 'p.warrant') });
  await backend.handlers['import.run']({ sources: [{ kind: 'path', path: SAMPLE_DIR }] });
});

afterEach(async () => {
  await backend.dispose({ force: true });
  await rm(dir, { recursive: true, force: true });
});

async function council(): Promise<Article> {
  const meta = (await backend.handlers['articles.list']({})).find((a) => /^Council sets/.test(a.title))!;
  return backend.handlers['articles.get']({ id: meta.id });
}

const pushedViews = (): AnnotationsView[] => events.flatMap((e) => (e.name === 'annotations.changed' ? [e.payload] : []));

describe('annotation edits in one round trip', () => {
  it('pushes exactly one view per action, carrying the change and the undo state', async () => {
    events = [];
    const claim = await backend.handlers['claims.create']({ text: 'Bills rise 9%' });
    expect(pushedViews()).toHaveLength(1);
    expect(pushedViews()[0]!.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(pushedViews()[0]!.history).toMatchObject({ canUndo: true, undoKind: 'claim.create' });
    await backend.handlers['history.undo']({});
    expect(pushedViews()).toHaveLength(2);
    expect(pushedViews()[1]!.claims).toEqual([]);
  });

  it('makes a claim from a selection in one step that one undo takes back', async () => {
    const article = await council();
    const start = article.text.indexOf(PHRASE);
    events = [];
    const made = await backend.handlers['claims.createFromSelection']({ articleId: article.id, start, end: start + PHRASE.length, text: 'Household bills rise by 9%' });
    expect(made.claim.text).toBe('Household bills rise by 9%');
    expect(made.highlight.target.quote.exact).toBe(PHRASE);
    expect(made.link).toMatchObject({ highlightId: made.highlight.id, claimId: made.claim.id, stance: 'supports' });
    expect(pushedViews()).toHaveLength(1);
    const view = await backend.handlers['annotations.get']({});
    expect(view.history).toMatchObject({ undoKind: 'claim.createFromSelection', undoLabel: 'Claim from selection' });

    await backend.handlers['history.undo']({});
    const after = await backend.handlers['annotations.get']({});
    expect([after.claims, after.highlights, after.links]).toEqual([[], [], []]);
    expect(after.history.canUndo).toBe(false);
  });

  it('leaves nothing behind when any part of it is refused', async () => {
    const article = await council();
    const start = article.text.indexOf(PHRASE);
    const parent = await backend.handlers['claims.create']({ text: 'Parent' });
    const child = await backend.handlers['claims.create']({ text: 'Child', parentId: parent.id });
    const before = await backend.handlers['annotations.get']({});
    // Claims nest one level only: the claim part fails after the highlight part succeeded.
    await expect(backend.handlers['claims.createFromSelection']({ articleId: article.id, start, end: start + PHRASE.length, text: 'Too deep', parentId: child.id })).rejects.toMatchObject({ code: 'bad-args' });
    // An empty claim text, and a range outside the text, are refused too.
    await expect(backend.handlers['claims.createFromSelection']({ articleId: article.id, start, end: start + PHRASE.length, text: '   ' })).rejects.toMatchObject({ code: 'bad-args' });
    await expect(backend.handlers['claims.createFromSelection']({ articleId: article.id, start, end: article.text.length + 5, text: 'x' })).rejects.toMatchObject({ code: 'bad-args' });
    expect(await backend.handlers['annotations.get']({})).toEqual(before);
  });
});

describe('derived state follows every project change', () => {
  it('re-indexes on a metadata edit, forgets undo on an article deletion, and pushes views on a switch', async () => {
    const article = await council();
    await backend.handlers['articles.update']({ id: article.id, patch: { title: 'Zanzibarian levy notice' } });
    expect((await backend.handlers['search.query']({ query: 'zanzibarian' })).hits.map((h) => h.id)).toEqual([article.id]);

    await backend.handlers['claims.create']({ text: 'Something' });
    const other = (await backend.handlers['articles.list']({})).find((a) => a.id !== article.id)!;
    await backend.handlers['articles.delete']({ ids: [other.id] });
    expect((await backend.handlers['annotations.get']({})).history.canUndo).toBe(false);
    expect((await backend.handlers['search.query']({ query: `"${other.title.split(' ').slice(0, 2).join(' ')}"` })).hits.some((h) => h.id === other.id)).toBe(false);

    events = [];
    await backend.handlers['project.new']({ path: join(dir, 'second.warrant') });
    expect(events.filter((e) => e.name === 'project.changed').at(-1)?.payload).toMatchObject({ articleCount: 0 });
    expect(pushedViews().at(-1)).toMatchObject({ claims: [], history: { canUndo: false } });
    expect((await backend.handlers['search.query']({ query: 'zanzibarian' })).hits).toEqual([]);
  });

  it('says which file exists, as a field, when Save As would replace it', async () => {
    const other = join(dir, 'taken.warrant');
    await backend.handlers['project.saveAs']({ path: other });
    await backend.handlers['project.saveAs']({ path: join(dir, 'third.warrant') });
    const r = await backend.call('project.saveAs', { path: other });
    expect(r).toMatchObject({ ok: false, error: { code: 'exists', details: { path: other, file: 'taken.warrant' } } });
  });

  it('proposes paths in the default folder, or beside the open project for Save As', async () => {
    expect(await backend.handlers['project.proposePath']({ input: 'Aid' })).toBe(join(dir, 'projects', 'Aid.warrant'));
    expect(await backend.handlers['project.proposePath']({ input: 'Aid copy', near: 'project' })).toBe(join(dir, 'Aid copy.warrant'));
  });
});
