import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../anchoring/describe.js';
import { CURRENT_SCHEMA_VERSION, ProjectFile, ratingId, type Claim, type ClaimRating, type EvidenceLink, type Highlight } from '../model.js';
import { findIntegrityProblem } from './integrity.js';

const at = '2026-01-01T00:00:00.000Z';
const stamp = { author: 'Ada', createdAt: at, updatedAt: at };
/** A revision named after the item, and no history. */
const revOf = (id: string) => ({ rev: `rev-${id}`, revs: [] });
const TEXT = 'The council approved a 9% water tariff rise from April.';

function highlight(id: string, articleId = 'a1', phrase = '9% water tariff'): Highlight {
  const start = TEXT.indexOf(phrase);
  const target = describeRange(TEXT, start, start + phrase.length);
  if (!target) throw new Error('bad phrase');
  return { id, articleId, target, color: 'yellow', label: null, note: '', ...stamp, ...revOf(id) };
}
const claim = (id: string, parentId: string | null = null): Claim => ({ id, text: `Claim ${id}`, parentId, verdict: null, ...stamp, ...revOf(id) });
const link = (id: string, highlightId: string, claimId: string): EvidenceLink => ({ id, highlightId, claimId, stance: 'supports', weight: null, note: '', ...stamp, ...revOf(id) });
const rating = (claimId: string, rater: string, id = ratingId(claimId, rater)): ClaimRating => ({ id, claimId, rater, rating: 'weak', rationale: '', createdAt: at, updatedAt: at, ...revOf(id) });

/** A consistent project: two articles (one removed), highlights on both, nested claims, links, ratings by two raters. */
function project(): ProjectFile {
  return {
    format: 'warrant-project',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'p1',
    name: 'Demo',
    createdAt: at,
    updatedAt: at,
    articles: [
      { id: 'a1', title: 'Tariff approved', source: 'Courier', author: null, date: '2025-03-03', url: null, fileName: 'a.txt', format: 'txt', importedAt: at, contentHash: 'a'.repeat(64), length: TEXT.length, text: TEXT, ...revOf('a1') },
    ],
    highlights: [highlight('h1'), highlight('h2', 'removed-1', 'from April')],
    claims: [claim('c1'), claim('c2', 'c1'), claim('c3')],
    links: [link('l1', 'h1', 'c1'), link('l2', 'h2', 'c1'), link('l3', 'h1', 'c2')],
    ratings: [rating('c1', 'Ada'), rating('c1', 'Ben'), rating('c2', 'Ada')],
    removedArticles: [{ id: 'removed-1', title: 'Old piece', source: null, date: null, removedAt: at }],
    deleted: [{ kind: 'claim', id: 'c0', rev: 'rev-c0', revs: [], deletedAt: at, author: 'Ada' }],
    conflicts: [],
  };
}

describe('findIntegrityProblem', () => {
  it('accepts a consistent project (which the schema accepts too)', () => {
    const p = project();
    expect(ProjectFile.safeParse(p).success).toBe(true);
    expect(findIntegrityProblem(p)).toBeNull();
  });

  // Each case breaks one cross-reference of the consistent project; each must be named.
  const cases: Array<[string, (p: ProjectFile) => void, RegExp]> = [
    ['a highlight on an article that is neither present nor removed', (p) => p.highlights.push(highlight('h9', 'ghost')), /highlight “h9” belongs to an article that is not in the project/],
    ['a link to a missing highlight', (p) => p.links.push(link('l9', 'ghost', 'c1')), /evidence link “l9” points at a highlight that is not in the project/],
    ['a link to a missing claim', (p) => p.links.push(link('l9', 'h1', 'ghost')), /evidence link “l9” points at a claim that is not in the project/],
    ['a sub-claim of a sub-claim', (p) => p.claims.push(claim('c9', 'c2')), /claim “Claim c9” is nested more than one level deep/],
    ['a claim whose parent is missing', (p) => p.claims.push(claim('c9', 'ghost')), /claim “Claim c9” has a parent claim that is not in the project/],
    ['a claim that is its own parent', (p) => p.claims.push(claim('c9', 'c9')), /claim “Claim c9” is its own parent claim/],
    ['two highlights with one id', (p) => p.highlights.push(highlight('h1', 'a1', 'from April')), /two highlights share the id “h1”/],
    ['two claims with one id', (p) => p.claims.push(claim('c3')), /two claims share the id “c3”/],
    ['two links with one id', (p) => p.links.push(link('l1', 'h2', 'c3')), /two evidence links share the id “l1”/],
    ['two articles with one id', (p) => p.articles.push({ ...p.articles[0]!, title: 'Copy' }), /two articles share the id “a1”/],
    ['a removed article listed twice', (p) => p.removedArticles.push({ ...p.removedArticles[0]! }), /removed article “removed-1” is listed twice/],
    ['a removed-article record for an article still present', (p) => p.removedArticles.push({ id: 'a1', title: 'x', source: null, date: null, removedAt: at }), /article “a1” is listed both as present and as removed/],
    ['one highlight linked to one claim twice', (p) => p.links.push(link('l9', 'h1', 'c1')), /highlight is linked to the same claim twice \(link “l9”\)/],
    [
      'a quote longer than its position',
      (p) => {
        const h = highlight('h9');
        h.target = { ...h.target, quote: { ...h.target.quote, exact: `${h.target.quote.exact}!` } };
        p.highlights.push(h);
      },
      /highlight “h9” has a quote that does not fit its position/,
    ],
    ['a rating whose id is not that of its claim and rater', (p) => p.ratings.push(rating('c3', 'Ada', 'c3:by-ada')), /rating “c3:by-ada” does not carry the id of its claim and rater/],
    ['a rating filed under another rater’s id', (p) => p.ratings.push({ ...rating('c3', 'Ben'), id: ratingId('c3', 'Ada') }), /does not carry the id of its claim and rater/],
    ['a rating moved to another claim without its id', (p) => (p.ratings[2] = { ...p.ratings[2]!, claimId: 'c3' }), /does not carry the id of its claim and rater/],
    ['a rating of a missing claim', (p) => p.ratings.push(rating('ghost', 'Ada')), /rating “ghost:[0-9a-f]+” is of a claim that is not in the project/],
    ['one rater rating one claim twice', (p) => p.ratings.push({ ...rating('c1', 'Ada'), rating: 'strong' }), /a rater has two ratings of one claim/],
    ['two ratings of one claim by one rater spelt differently', (p) => p.ratings.push(rating('c1', ' ada ')), /a rater has two ratings of one claim/],
    ['an article whose text is not its recorded length', (p) => (p.articles[0]!.length = 3), /text of “Tariff approved” does not have its recorded length \(3 characters, found \d+\)/],
  ];

  for (const [what, breakIt, message] of cases) {
    it(`reports ${what}`, () => {
      const p = project();
      breakIt(p);
      expect(findIntegrityProblem(p)).toMatch(message);
    });
  }
});
