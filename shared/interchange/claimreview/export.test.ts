import type { ClaimReview, Graph, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import * as ops from '../../annotations/operations.js';
import { RATING_SCALE } from '../../rating-scale.js';
import { edit, PROJECT_ID, sampleProject, stamper } from '../w3c/fixtures/project.js';
import { warrantUrn } from '../w3c/urn.js';
import { BEST_RATING, toClaimReviews, WORST_RATING, type ClaimReviewNode } from './export.js';

const GENERATED = '2026-03-01T12:00:00.000Z';

/**
 * The sample project rated: "The barrier held" strong by Ada and Bo (unanimous); "Bills rise 9%"
 * weak by Ada and contradicted by Bo, reconciled by Cy as contradicted; "No homes flooded" weak
 * by Ada and moderate by Bo (disagreement, no verdict); a fourth claim never rated.
 */
function rated() {
  const base = sampleProject();
  const { c } = base;
  const ada = stamper('Ada', 'a', '2026-02-10T09:00:00.000Z');
  const bo = stamper('Bo', 'b', '2026-02-11T09:00:00.000Z');
  const cy = stamper('Cy', 'c', '2026-02-12T16:30:00.000Z');
  const project = edit(base.project, (a0) => {
    let a = ops.rateClaim(a0, c.held.id, { rating: 'strong', rationale: 'Two independent reports.' }, ada).next;
    a = ops.rateClaim(a, c.held.id, { rating: 'strong' }, bo).next;
    a = ops.rateClaim(a, c.bills.id, { rating: 'weak' }, ada).next;
    a = ops.rateClaim(a, c.bills.id, { rating: 'contradicted' }, bo).next;
    a = ops.setVerdict(a, c.bills.id, { rating: 'contradicted', rationale: 'The minutes show 6%, not 9%.' }, cy).next;
    a = ops.rateClaim(a, c.sub.id, { rating: 'weak' }, ada).next;
    a = ops.rateClaim(a, c.sub.id, { rating: 'moderate' }, bo).next;
    return ops.addClaim(a, { text: 'Nobody rated this' }, ada).next;
  });
  return { ...base, project };
}

const review = (graph: ClaimReviewNode[], text: string) => {
  const found = graph.find((r) => r.claimReviewed === text);
  if (!found) throw new Error(`no review of ${text}`);
  return found;
};

describe('toClaimReviews', () => {
  const { project, c } = rated();
  const out = toClaimReviews(project, { claimIds: null, generatedAt: GENERATED, publisher: 'Harbour Fact Desk', pageUrl: 'https://factdesk.example.org/reviews/flood#top' });
  const graph = out['@graph'];

  it('reviews only claims with a verdict: not the one raters disagree on, not the unrated one', () => {
    expect(out['@context']).toBe('https://schema.org');
    expect(graph.map((r) => r.claimReviewed)).toEqual(['The barrier held', 'Bills rise 9%']);
  });

  it('rates on the project’s scale, with its ends read from the registry and the verdict’s word', () => {
    const levels = RATING_SCALE.flatMap((s) => (s.level === null ? [] : [s.level]));
    expect([BEST_RATING, WORST_RATING]).toEqual([Math.max(...levels), Math.min(...levels)]);
    const strong = RATING_SCALE.find((s) => s.rating === 'strong')!;
    expect(review(graph, 'The barrier held').reviewRating).toEqual({ '@type': 'Rating', ratingValue: strong.level, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: strong.label, ratingExplanation: 'Two independent reports.' });
    const contradicted = RATING_SCALE.find((s) => s.rating === 'contradicted')!;
    expect(review(graph, 'Bills rise 9%').reviewRating).toMatchObject({ ratingValue: contradicted.level, alternateName: contradicted.label, ratingExplanation: 'The minutes show 6%, not 9%.' });
  });

  it('credits the raters of a unanimous verdict, and the recorder of a reconciled one, on the day it was reached', () => {
    const held = review(graph, 'The barrier held');
    expect(held.author).toEqual([{ '@type': 'Person', name: 'Ada' }, { '@type': 'Person', name: 'Bo' }]);
    expect(held.datePublished).toBe('2026-02-11');
    const bills = review(graph, 'Bills rise 9%');
    expect(bills.author).toEqual([{ '@type': 'Person', name: 'Cy' }]);
    expect(bills.datePublished).toBe('2026-02-12');
    expect(bills.publisher).toEqual({ '@type': 'Organization', name: 'Harbour Fact Desk' });
  });

  it('describes the claim with the evidence articles it appears in', () => {
    const held = review(graph, 'The barrier held');
    expect(held.itemReviewed).toEqual({
      '@type': 'Claim',
      '@id': warrantUrn('claim', PROJECT_ID, c.held.id),
      text: 'The barrier held',
      appearance: [{ '@type': 'CreativeWork', headline: 'Flood barrier holds', url: 'https://news.example.org/flood/barrier/', publisher: { '@type': 'Organization', name: 'Harbour Times' }, author: { '@type': 'Person', name: 'J. Smit' }, datePublished: '2026-01-20' }],
    });
    // An article without an address is still listed, by headline.
    expect(review(graph, 'Bills rise 9%').itemReviewed.appearance).toEqual([{ '@type': 'CreativeWork', headline: 'Tariff rise approved', publisher: { '@type': 'Organization', name: 'Council Bulletin' }, datePublished: '2026-01-05' }]);
  });

  it('has what Google requires of a ClaimReview: claimReviewed, reviewRating with alternateName, and url', () => {
    for (const r of graph) {
      expect(r.claimReviewed.length).toBeGreaterThan(0);
      expect(r.reviewRating.alternateName.length).toBeGreaterThan(0);
      expect(r.url).toMatch(/^https:\/\/factdesk\.example\.org\/reviews\/flood#claim-/);
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // One anchor per claim: several fact checks on one page each need their own.
    expect(new Set(graph.map((r) => r.url)).size).toBe(graph.length);
  });

  it('type-checks against schema-dts', () => {
    // Compile-time check: if our shape drifts from schema.org's types, this file stops compiling.
    const typed: WithContext<ClaimReview> = { '@context': 'https://schema.org', ...graph[0]! };
    const doc: Graph = { '@context': 'https://schema.org', '@graph': graph };
    expect(typed['@type']).toBe('ClaimReview');
    expect(doc['@graph']).toHaveLength(2);
  });

  it('leaves `url` to the publisher when no page is given; a verdict recorded without a name credits its raters', () => {
    const { project: p, c: claims } = rated();
    const anonymous = edit(p, (a) => ops.setVerdict(a, claims.sub.id, { rating: 'weak', rationale: '' }, stamper('', 'z')).next);
    const plain = toClaimReviews(anonymous, { claimIds: [claims.sub.id], generatedAt: GENERATED, publisher: 'Harbour Fact Desk' })['@graph'];
    expect(plain).toHaveLength(1);
    expect(plain[0]!.url).toBeUndefined();
    // A reconciled verdict with no recorder's name credits the raters instead.
    expect(plain[0]!.author).toEqual([{ '@type': 'Person', name: 'Ada' }, { '@type': 'Person', name: 'Bo' }]);
    expect(plain[0]!.reviewRating.ratingExplanation).toBeUndefined();
  });

  it('credits the publisher when nobody is named, and nobody when there is no publisher either', () => {
    const { project: p } = rated();
    const noName = stamper('', 'z');
    const withClaim = ops.addClaim(p, { text: 'Settled without ratings' }, noName);
    const settled = edit(p, () => ops.setVerdict(withClaim.next, withClaim.claim.id, { rating: 'none', rationale: '' }, noName).next);
    const opts = { claimIds: [withClaim.claim.id], generatedAt: GENERATED };
    expect(toClaimReviews(settled, { ...opts, publisher: 'Harbour Fact Desk' })['@graph'][0]!.author).toEqual([{ '@type': 'Organization', name: 'Harbour Fact Desk' }]);
    expect(toClaimReviews(settled, opts)['@graph'][0]!.author).toBeUndefined();
  });

  it('keeps to the chosen claims', () => {
    expect(toClaimReviews(project, { claimIds: [c.bills.id], generatedAt: GENERATED })['@graph'].map((r) => r.claimReviewed)).toEqual(['Bills rise 9%']);
    expect(toClaimReviews(project, { claimIds: [], generatedAt: GENERATED })['@graph']).toEqual([]);
  });
});
