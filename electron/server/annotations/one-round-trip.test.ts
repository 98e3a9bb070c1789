/**
 * Annotation edits in one round trip: each action pushes the new view once (the UI never
 * re-fetches), and "claim from selection" is one command and one undo step, all or nothing.
 * Real backend, real sample corpus, real temp files.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationsView } from '../../../shared/api.js';
import type { Article } from '../../../shared/model.js';
import { setupTestBackend } from '../test-backend-hooks.js';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample', 'articles');
const PHRASE = 'The average household bill will rise by 9 per cent';

const env = setupTestBackend('round-trip', { sampleDir: SAMPLE_DIR });

beforeEach(async () => {
  await env.backend.handlers['project.new']({ path: join(env.dir, 'p.warrant') });
  await env.backend.handlers['import.run']({ sources: [{ kind: 'path', path: SAMPLE_DIR }] });
});

async function council(): Promise<Article> {
  const meta = (await env.backend.handlers['articles.list']({})).find((a) => /^Council sets/.test(a.title))!;
  return env.backend.handlers['articles.get']({ id: meta.id });
}

const pushedViews = (): AnnotationsView[] => env.events.flatMap((e) => (e.name === 'annotations.changed' ? [e.payload] : []));

describe('annotation edits in one round trip', () => {
  it('pushes exactly one view per action, carrying the change and the undo state', async () => {
    env.events.length = 0;
    const claim = await env.backend.handlers['claims.create']({ text: 'Bills rise 9%' });
    expect(pushedViews()).toHaveLength(1);
    expect(pushedViews()[0]!.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(pushedViews()[0]!.history).toMatchObject({ canUndo: true, undoKind: 'claim.create' });
    await env.backend.handlers['history.undo']({});
    expect(pushedViews()).toHaveLength(2);
    expect(pushedViews()[1]!.claims).toEqual([]);
  });

  it('makes a claim from a selection in one step that one undo takes back', async () => {
    const article = await council();
    const start = article.text.indexOf(PHRASE);
    env.events.length = 0;
    const made = await env.backend.handlers['claims.createFromSelection']({ articleId: article.id, start, end: start + PHRASE.length, text: 'Household bills rise by 9%' });
    expect(made.claim.text).toBe('Household bills rise by 9%');
    expect(made.highlight.target.quote.exact).toBe(PHRASE);
    expect(made.link).toMatchObject({ highlightId: made.highlight.id, claimId: made.claim.id, stance: 'supports' });
    expect(pushedViews()).toHaveLength(1);
    const view = await env.backend.handlers['annotations.get']({});
    expect(view.history).toMatchObject({ undoKind: 'claim.createFromSelection', undoLabel: 'Claim from selection' });

    await env.backend.handlers['history.undo']({});
    const after = await env.backend.handlers['annotations.get']({});
    expect([after.claims, after.highlights, after.links]).toEqual([[], [], []]);
    expect(after.history.canUndo).toBe(false);
  });

  it('leaves nothing behind when any part of it is refused', async () => {
    const article = await council();
    const start = article.text.indexOf(PHRASE);
    const parent = await env.backend.handlers['claims.create']({ text: 'Parent' });
    const child = await env.backend.handlers['claims.create']({ text: 'Child', parentId: parent.id });
    const before = await env.backend.handlers['annotations.get']({});
    // Claims nest one level only: the claim part fails after the highlight part succeeded.
    await expect(env.backend.handlers['claims.createFromSelection']({ articleId: article.id, start, end: start + PHRASE.length, text: 'Too deep', parentId: child.id })).rejects.toMatchObject({ code: 'bad-args' });
    // An empty claim text, and a range outside the text, are refused too.
    await expect(env.backend.handlers['claims.createFromSelection']({ articleId: article.id, start, end: start + PHRASE.length, text: '   ' })).rejects.toMatchObject({ code: 'bad-args' });
    await expect(env.backend.handlers['claims.createFromSelection']({ articleId: article.id, start, end: article.text.length + 5, text: 'x' })).rejects.toMatchObject({ code: 'bad-args' });
    expect(await env.backend.handlers['annotations.get']({})).toEqual(before);
  });
});

describe('derived state follows every project change', () => {
  it('re-indexes on a metadata edit, forgets undo on an article deletion, and pushes views on a switch', async () => {
    const article = await council();
    await env.backend.handlers['articles.update']({ id: article.id, patch: { title: 'Zanzibarian levy notice' } });
    expect((await env.backend.handlers['search.query']({ query: 'zanzibarian' })).hits.map((h) => h.id)).toEqual([article.id]);

    await env.backend.handlers['claims.create']({ text: 'Something' });
    const other = (await env.backend.handlers['articles.list']({})).find((a) => a.id !== article.id)!;
    await env.backend.handlers['articles.delete']({ ids: [other.id] });
    expect((await env.backend.handlers['annotations.get']({})).history.canUndo).toBe(false);
    expect((await env.backend.handlers['search.query']({ query: `"${other.title.split(' ').slice(0, 2).join(' ')}"` })).hits.some((h) => h.id === other.id)).toBe(false);

    env.events.length = 0;
    await env.backend.handlers['project.new']({ path: join(env.dir, 'second.warrant') });
    expect(env.events.filter((e) => e.name === 'project.changed').at(-1)?.payload).toMatchObject({ articleCount: 0 });
    expect(pushedViews().at(-1)).toMatchObject({ claims: [], history: { canUndo: false } });
    expect((await env.backend.handlers['search.query']({ query: 'zanzibarian' })).hits).toEqual([]);
  });

  it('says which file exists, as a field, when Save As would replace it', async () => {
    const other = join(env.dir, 'taken.warrant');
    await env.backend.handlers['project.saveAs']({ path: other });
    await env.backend.handlers['project.saveAs']({ path: join(env.dir, 'third.warrant') });
    const r = await env.backend.call('project.saveAs', { path: other });
    expect(r).toMatchObject({ ok: false, error: { code: 'exists', details: { path: other, file: 'taken.warrant' } } });
  });

  it('proposes paths in the default folder, or beside the open project for Save As', async () => {
    expect(await env.backend.handlers['project.proposePath']({ input: 'Aid' })).toBe(join(env.dir, 'projects', 'Aid.warrant'));
    expect(await env.backend.handlers['project.proposePath']({ input: 'Aid copy', near: 'project' })).toBe(join(env.dir, 'Aid copy.warrant'));
  });
});
