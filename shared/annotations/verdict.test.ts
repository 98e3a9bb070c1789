import { describe, expect, it } from 'vitest';
import { ratingId, type Claim, type ClaimRating, type Rating, type Verdict } from '../model.js';
import { ratingsByClaim, verdictOf, VERDICT_BASIS_LABELS } from './verdict.js';

const at = '2026-01-01T00:00:00.000Z';

function rating(claimId: string, rater: string, value: Rating, rationale = ''): ClaimRating {
  return { id: ratingId(claimId, rater), claimId, rater, rating: value, rationale, createdAt: at, updatedAt: at, rev: `${claimId}-${rater}`, revs: [] };
}
const claim = (id: string, verdict: Verdict | null = null): Pick<Claim, 'id' | 'verdict'> => ({ id, verdict });
const reconciled = (value: Rating, rationale: string): Verdict => ({ rating: value, rationale, author: 'Cy', decidedAt: at });

describe('verdictOf', () => {
  it('is unrated, said so, when nobody has rated the claim', () => {
    expect(verdictOf(claim('c1'), [])).toEqual({ rating: 'unrated', rationale: '', basis: 'unrated', ratings: [] });
  });

  it('takes the only rating, with its rationale', () => {
    const r = rating('c1', 'Ada', 'weak', 'Council figure only');
    expect(verdictOf(claim('c1'), [r])).toEqual({ rating: 'weak', rationale: 'Council figure only', basis: 'single', ratings: [r] });
  });

  it('takes a unanimous rating, with every rater’s rationale', () => {
    const ratings = [rating('c1', 'Ben', 'strong', 'Ledger agrees'), rating('c1', 'Ada', 'strong', 'Two sources'), rating('c1', 'Cy', 'strong')];
    const v = verdictOf(claim('c1'), ratings);
    expect(v).toMatchObject({ rating: 'strong', basis: 'unanimous', rationale: 'Two sources\n\nLedger agrees' });
    // Listed in rater order, whatever order they were stored in.
    expect(v.ratings.map((r) => r.rater)).toEqual(['Ada', 'Ben', 'Cy']);
  });

  it('gives no verdict when raters disagree, and says so rather than picking one', () => {
    const ratings = [rating('c1', 'Ada', 'strong', 'Ledger agrees'), rating('c1', 'Ben', 'weak', 'Council only')];
    const v = verdictOf(claim('c1'), ratings);
    expect(v).toEqual({ rating: 'unrated', rationale: '', basis: 'disagreement', ratings });
    expect(VERDICT_BASIS_LABELS[v.basis]).toMatch(/disagree/);
  });

  it('a reconciled verdict overrides the disagreement, and any rating', () => {
    const ratings = [rating('c1', 'Ada', 'strong'), rating('c1', 'Ben', 'weak')];
    expect(verdictOf(claim('c1', reconciled('moderate', 'Agreed after the annex')), ratings)).toEqual({ rating: 'moderate', rationale: 'Agreed after the annex', basis: 'reconciled', ratings });
    expect(verdictOf(claim('c1', reconciled('none', 'Retracted')), [rating('c1', 'Ada', 'strong')])).toMatchObject({ rating: 'none', basis: 'reconciled' });
    expect(verdictOf(claim('c1', reconciled('weak', '')), [])).toMatchObject({ rating: 'weak', basis: 'reconciled', ratings: [] });
  });

  it('ignores unrated ratings: they are missing data, not a vote', () => {
    const ada = rating('c1', 'Ada', 'moderate', 'Plausible');
    const ben = rating('c1', 'Ben', 'unrated', 'Still reading');
    expect(verdictOf(claim('c1'), [ada, ben])).toEqual({ rating: 'moderate', rationale: 'Plausible', basis: 'single', ratings: [ada] });
    expect(verdictOf(claim('c1'), [ben])).toMatchObject({ rating: 'unrated', basis: 'unrated', ratings: [] });
    const cy = rating('c1', 'Cy', 'moderate');
    expect(verdictOf(claim('c1'), [ben, ada, cy])).toMatchObject({ rating: 'moderate', basis: 'unanimous', rationale: 'Plausible' });
  });

  it('looks only at the ratings of the claim asked about', () => {
    const ratings = [rating('c1', 'Ada', 'strong'), rating('c2', 'Ben', 'contradicted')];
    expect(verdictOf(claim('c1'), ratings)).toMatchObject({ rating: 'strong', basis: 'single' });
    expect(verdictOf(claim('c2'), ratings)).toMatchObject({ rating: 'contradicted', basis: 'single' });
    expect(verdictOf(claim('c3'), ratings).basis).toBe('unrated');
  });
});

describe('ratingsByClaim', () => {
  it('groups ratings by claim, keeping their order', () => {
    const a1 = rating('c1', 'Ada', 'strong');
    const b2 = rating('c2', 'Ben', 'weak');
    const b1 = rating('c1', 'Ben', 'none');
    const grouped = ratingsByClaim([a1, b2, b1]);
    expect([...grouped.keys()]).toEqual(['c1', 'c2']);
    expect(grouped.get('c1')).toEqual([a1, b1]);
    expect(grouped.get('c2')).toEqual([b2]);
    expect(ratingsByClaim([]).size).toBe(0);
  });
});
