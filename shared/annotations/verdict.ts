/**
 * A claim's verdict from its raters' ratings: the team's reconciled verdict if one is recorded,
 * else the rating every rater gave (or the only one), else — when raters disagree — no verdict,
 * said plainly (never a silent pick). `unrated` counts as no rating (missing data).
 */
import type { Claim, ClaimRating, Rating } from '../model.js';

/** How the verdict was reached. */
export type VerdictBasis = 'reconciled' | 'unanimous' | 'single' | 'disagreement' | 'unrated';

export interface ClaimVerdict {
  /** The verdict; `unrated` when there is none (no ratings, or raters disagree without one). */
  rating: Rating;
  /** The rationale that goes with it (the reconciled or the only/unanimous rater's). */
  rationale: string;
  basis: VerdictBasis;
  /** Every rater's judged rating of the claim, in rater order. */
  ratings: ClaimRating[];
}

/** What each basis is called in the UI and in exports. */
export const VERDICT_BASIS_LABELS: Readonly<Record<VerdictBasis, string>> = {
  reconciled: 'reconciled verdict',
  unanimous: 'all raters agree',
  single: 'one rater',
  disagreement: 'raters disagree — no verdict recorded',
  unrated: 'not rated yet',
};

/** Groups ratings by claim id. */
export function ratingsByClaim(ratings: readonly ClaimRating[]): Map<string, ClaimRating[]> {
  const out = new Map<string, ClaimRating[]>();
  for (const r of ratings) {
    const list = out.get(r.claimId);
    if (list) list.push(r);
    else out.set(r.claimId, [r]);
  }
  return out;
}

/** The verdict on `claim`, given its ratings (any order; other claims' ratings are ignored). */
export function verdictOf(claim: Pick<Claim, 'id' | 'verdict'>, ratings: readonly ClaimRating[]): ClaimVerdict {
  const judged = ratings.filter((r) => r.claimId === claim.id && r.rating !== 'unrated').sort((a, b) => a.rater.localeCompare(b.rater));
  if (claim.verdict) return { rating: claim.verdict.rating, rationale: claim.verdict.rationale, basis: 'reconciled', ratings: judged };
  if (judged.length === 0) return { rating: 'unrated', rationale: '', basis: 'unrated', ratings: judged };
  const first = judged[0]!;
  if (judged.length === 1) return { rating: first.rating, rationale: first.rationale, basis: 'single', ratings: judged };
  if (judged.every((r) => r.rating === first.rating)) {
    return { rating: first.rating, rationale: judged.map((r) => r.rationale).filter(Boolean).join('\n\n'), basis: 'unanimous', ratings: judged };
  }
  return { rating: 'unrated', rationale: '', basis: 'disagreement', ratings: judged };
}
