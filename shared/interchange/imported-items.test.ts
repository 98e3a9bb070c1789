import { describe, expect, it } from 'vitest';
import { findIntegrityProblem } from '../annotations/integrity.js';
import * as ops from '../annotations/operations.js';
import { ratingId, type Claim, type ClaimRating, type EvidenceLink, type Highlight } from '../model.js';
import { addImportedItems, noItems, type ImportedItems } from './imported-items.js';
import { article, edit, emptyProject, EMOJI_TEXT, PLAIN_TEXT, sampleProject, stamper, T1, target } from './w3c/fixtures/project.js';

const stamp = { author: 'Bo', createdAt: T1, updatedAt: T1, rev: 'r1', revs: [] as string[] };
const claim = (id: string, text: string, parentId: string | null = null): Claim => ({ id, text, parentId, verdict: null, ...stamp });
const highlight = (id: string, articleId: string, text: string, phrase: string): Highlight => ({ id, articleId, target: target(text, phrase), color: 'yellow', label: null, note: '', ...stamp });
const link = (id: string, highlightId: string, claimId: string): EvidenceLink => ({ id, highlightId, claimId, stance: 'supports', weight: null, note: '', ...stamp });
const items = (x: Partial<ImportedItems>): ImportedItems => ({ ...noItems(), ...x });

describe('addImportedItems', () => {
  it('adds nothing from no items', () => {
    const { project } = sampleProject();
    const { project: after, counts } = addImportedItems(project, noItems());
    expect(counts).toEqual({ articles: 0, claims: 0, highlights: 0, links: 0, ratings: 0, alreadyPresent: 0 });
    expect(after).toEqual(project);
  });

  it('reuses an article with the same text, moving the file’s highlights onto it', () => {
    const p = emptyProject([article('mine', PLAIN_TEXT)]);
    const { project: after, counts } = addImportedItems(p, items({ articles: [article('theirs', PLAIN_TEXT), article('new', EMOJI_TEXT)], highlights: [highlight('h1', 'theirs', PLAIN_TEXT, 'brine outfall')] }));
    expect(after.articles.map((a) => a.id)).toEqual(['mine', 'new']);
    expect(after.highlights.map((h) => h.articleId)).toEqual(['mine']);
    expect(counts).toMatchObject({ articles: 1, highlights: 1, alreadyPresent: 1 });
  });

  it('skips highlights on articles neither the project nor the file has', () => {
    const { project: after, counts } = addImportedItems(emptyProject(), items({ highlights: [highlight('h1', 'nowhere', PLAIN_TEXT, 'brine outfall')] }));
    expect(after.highlights).toEqual([]);
    expect(counts.highlights).toBe(0);
  });

  it('reuses claims with the same words under the same parent, whatever the case, spacing or normalisation', () => {
    const { project, c } = sampleProject();
    const { project: after, counts } = addImportedItems(project, items({ claims: [claim('x1', '  bills RISE 9%  '), claim('x2', 'Cafe\u0301 prices', null), claim('x3', 'Café prices')] }));
    expect(counts).toMatchObject({ claims: 1, alreadyPresent: 2 });
    expect(after.claims.filter((x) => x.text.includes('prices'))).toHaveLength(1);
    expect(after.claims.some((x) => x.id === 'x1')).toBe(false);
    expect(after.claims.find((x) => x.id === c.bills.id)).toBeDefined();
  });

  it('places a sub-claim whose parent comes later in the file', () => {
    const { project: after } = addImportedItems(emptyProject(), items({ claims: [claim('child', 'Child', 'parent'), claim('parent', 'Parent')] }));
    expect(after.claims.map((x) => [x.text, x.parentId])).toEqual([
      ['Parent', null],
      ['Child', 'parent'],
    ]);
  });

  it('keeps a sub-claim under a parent the project already has', () => {
    const { project, c } = sampleProject();
    const { project: after } = addImportedItems(project, items({ claims: [claim('new-child', 'Tide gauges agree', c.held.id)] }));
    expect(after.claims.find((x) => x.id === 'new-child')?.parentId).toBe(c.held.id);
    expect(findIntegrityProblem(after)).toBeNull();
  });

  it('never nests two levels deep: under an existing sub-claim, a claim goes under its parent', () => {
    const { project, c } = sampleProject();
    // The file's claim `sub-copy` is the project's sub-claim (same id); its child cannot go under it.
    const { project: after } = addImportedItems(project, items({ claims: [claim(c.sub.id, c.sub.text, null), claim('grandchild', 'Basements stayed dry', c.sub.id)] }));
    expect(after.claims.find((x) => x.id === 'grandchild')?.parentId).toBe(c.held.id);
    expect(findIntegrityProblem(after)).toBeNull();
  });

  it('reuses a highlight on the same span, and links the file’s link to it only once', () => {
    const { project, h, c } = sampleProject();
    const twin = highlight('twin', 'tariff', PLAIN_TEXT, 'brine outfall');
    const { project: after, counts } = addImportedItems(project, items({ highlights: [twin], claims: [claim('k', 'Bills rise 9%')], links: [link('l1', 'twin', 'k'), link('l2', 'twin', 'k')] }));
    expect(after.highlights).toHaveLength(project.highlights.length);
    // brine → bills already exists in the project: nothing new.
    expect(after.links).toHaveLength(project.links.length);
    expect(counts).toMatchObject({ highlights: 0, claims: 0, links: 0, alreadyPresent: 4 });
    expect(after.links.filter((l) => l.highlightId === h.brine.id && l.claimId === c.bills.id)).toHaveLength(1);
  });

  it('drops links whose highlight or claim is not in the file', () => {
    const { project } = sampleProject();
    const { counts } = addImportedItems(project, items({ links: [link('l1', 'missing-h', 'missing-c')] }));
    expect(counts.links).toBe(0);
  });

  it('re-derives a rating’s id when its claim was matched to one the project has, and skips a rating already there', () => {
    const { project, c } = sampleProject();
    const rated = edit(project, (a) => ops.rateClaim(a, c.bills.id, { rating: 'weak' }, stamper('Ada')).next);
    const r = (rater: string): ClaimRating => ({ id: ratingId('k', rater), claimId: 'k', rater, rating: 'strong', rationale: '', createdAt: T1, updatedAt: T1, rev: 'r', revs: [] });
    const { project: after, counts } = addImportedItems(rated, items({ claims: [claim('k', 'Bills rise 9%')], ratings: [r('Bo'), r('Ada')] }));
    expect(counts).toMatchObject({ ratings: 1, alreadyPresent: 2 });
    const bo = after.ratings.find((x) => x.rater === 'Bo');
    expect(bo).toMatchObject({ id: ratingId(c.bills.id, 'Bo'), claimId: c.bills.id });
    expect(after.ratings.find((x) => x.rater === 'Ada')?.rating).toBe('weak');
  });

  it('gives an item a fresh id when the project already uses its id for something else, or deleted it', () => {
    const p = emptyProject([article('a1', PLAIN_TEXT)]);
    const withDeletion = { ...p, deleted: [{ kind: 'claim', id: 'c-gone', rev: 'r0', revs: [], deletedAt: T1, author: 'Bo' }] };
    const { project: after, counts } = addImportedItems(
      withDeletion,
      items({
        // Another project's article that happens to share our article's id, with other text.
        articles: [article('a1', EMOJI_TEXT)],
        claims: [claim('c-gone', 'A claim I deleted, coming back from a colleague')],
        highlights: [highlight('h1', 'a1', EMOJI_TEXT, EMOJI_TEXT.slice(0, 12))],
        links: [link('l1', 'h1', 'c-gone')],
      }),
    );
    expect(counts).toMatchObject({ articles: 1, claims: 1, highlights: 1, links: 1 });
    const added = after.articles.find((a) => a.text === EMOJI_TEXT)!;
    expect(added.id).not.toBe('a1');
    expect(after.highlights[0]!.articleId).toBe(added.id);
    const back = after.claims.find((c) => c.text.startsWith('A claim I deleted'))!;
    expect(back.id).not.toBe('c-gone');
    expect(after.links[0]).toMatchObject({ claimId: back.id, highlightId: after.highlights[0]!.id });
    expect(findIntegrityProblem(after)).toBeNull();
  });

  it('treats a highlight or link whose id the project has as our own export coming back', () => {
    const { project } = sampleProject();
    const h = project.highlights[0]!;
    const moved = { ...h, target: target(PLAIN_TEXT, 'brine outfall') };
    const { counts } = addImportedItems(project, items({ highlights: [moved] }));
    expect(counts).toMatchObject({ highlights: 0, alreadyPresent: 1 });
  });
});
