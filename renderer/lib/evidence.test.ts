import { describe, expect, it } from 'vitest';
import { addClaim, addHighlight, linkEvidence, type AnnotationState, type Stamp } from '../../shared/annotations/operations.js';
import { articleIndex } from '../../shared/annotations/summary.js';
import { articleAnnotationCounts, claimEvidence, highlightLinks } from './evidence.js';

let n = 0;
const stamp: Stamp = { author: 'T', now: '2024-01-01T00:00:00.000Z', newId: () => `id${++n}` };
const target = (start: number) => ({
  position: { type: 'TextPositionSelector' as const, start, end: start + 3 },
  quote: { type: 'TextQuoteSelector' as const, exact: `q${start}`, prefix: '', suffix: '' },
});

function setup() {
  let a: AnnotationState = { highlights: [], claims: [], links: [], ratings: [], deleted: [], removedArticles: [{ id: 'gone', title: 'Removed piece', source: 'Wire', date: '2019-02-01', removedAt: '2024-01-02T00:00:00.000Z' }] };
  const claim = addClaim(a, { text: 'Claim' }, stamp);
  const other = addClaim(claim.next, { text: 'Other' }, stamp);
  a = other.next;
  const hs: string[] = [];
  for (const [article, start] of [['late', 50], ['early', 90], ['early', 10], ['gone', 5]] as const) {
    const h = addHighlight(a, { articleId: article, color: 'blue', target: target(start) }, stamp);
    a = h.next;
    hs.push(h.highlight.id);
  }
  for (const [i, stance] of [[0, 'supports'], [1, 'supports'], [2, 'supports'], [3, 'refutes']] as const) {
    a = linkEvidence(a, { highlightId: hs[i]!, claimId: claim.claim.id, stance }, stamp).next;
  }
  a = linkEvidence(a, { highlightId: hs[0]!, claimId: other.claim.id, stance: 'context' }, stamp).next;
  const articles = articleIndex(
    [
      { id: 'late', title: 'Late', source: 'A', date: '2019-02-10' },
      { id: 'early', title: 'Early', source: 'B', date: '2019-02-03' },
    ],
    a,
  );
  return { a, claim: claim.claim.id, other: other.claim.id, hs, articles };
}

describe('claimEvidence', () => {
  it('groups a claim’s passages by stance, ordered by article date then position', () => {
    const { a, claim, articles } = setup();
    const groups = claimEvidence(claim, a, articles);
    expect(groups.supports.map((e) => `${e.article?.title}:${e.highlight.target.quote.exact}`)).toEqual(['Early:q10', 'Early:q90', 'Late:q50']);
    expect(groups.context).toEqual([]);
  });

  it('keeps evidence of a removed article with the recorded title, marked removed', () => {
    const { a, claim, articles } = setup();
    const [removed] = claimEvidence(claim, a, articles).refutes;
    expect(removed?.article).toMatchObject({ title: 'Removed piece', source: 'Wire', removed: true });
    expect(removed?.highlight.target.quote.exact).toBe('q5');
  });
});

describe('highlightLinks and articleAnnotationCounts', () => {
  it('lists a highlight’s claims with their links', () => {
    const { a, hs, claim, other } = setup();
    expect(highlightLinks(hs[0]!, a).map((x) => [x.claim.id, x.link.stance])).toEqual([
      [claim, 'supports'],
      [other, 'context'],
    ]);
  });

  it('counts an article’s highlights, the links using them and the claims they reach', () => {
    const { a } = setup();
    expect(articleAnnotationCounts('early', a)).toEqual({ highlights: 2, links: 2, claims: 1 });
    expect(articleAnnotationCounts('late', a)).toEqual({ highlights: 1, links: 2, claims: 2 });
    expect(articleAnnotationCounts('none', a)).toEqual({ highlights: 0, links: 0, claims: 0 });
  });
});
