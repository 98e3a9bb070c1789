/**
 * The rating scale: how well the evidence supports a claim, in a researcher's judgement. The one
 * list of ratings, in display order (strongest support first, 'unrated' last), with the words
 * the UI, the CLI and reports use. `Rating` in shared/model.ts is derived from it.
 *
 * It is an ORDINAL scale, for sorting and for comparing raters:
 * - strong > moderate > weak > none > contradicted, at levels 4 … 0. 'contradicted' is the
 *   bottom step, below 'none': evidence against a claim is further from "well supported" than
 *   no evidence at all.
 * - 'unrated' is not a judgement and has no level (null). It sorts last for display, and
 *   statistics over ratings (e.g. agreement between raters) must treat it as missing, never as
 *   a step of the scale.
 */

/** One step of the scale. */
export interface RatingStep {
  readonly rating: RatingId;
  /** The word shown for it. */
  readonly label: string;
  /** What it means, for tooltips, help and reports. */
  readonly meaning: string;
  /** Ordinal level, higher = better supported; null for 'unrated' (no judgement). */
  readonly level: number | null;
}

// Declared once, in display order; the id type is derived from it so the list cannot drift.
const STEPS = [
  { rating: 'strong', label: 'Strong', meaning: 'Well supported by independent, reliable evidence; no credible refutation.', level: 4 },
  { rating: 'moderate', label: 'Moderate', meaning: 'Supported, but by limited or partly dependent evidence.', level: 3 },
  { rating: 'weak', label: 'Weak', meaning: 'Some support, thin or of doubtful reliability.', level: 2 },
  { rating: 'none', label: 'No support', meaning: 'No evidence found that supports it.', level: 1 },
  { rating: 'contradicted', label: 'Contradicted', meaning: 'The evidence refutes it.', level: 0 },
  { rating: 'unrated', label: 'Unrated', meaning: 'Not yet judged.', level: null },
] as const;

/** A rating's id as stored in project files; never rename one. */
export type RatingId = (typeof STEPS)[number]['rating'];

/** A rating that is a judgement: every rating but 'unrated'. */
export type JudgedRating = Exclude<RatingId, 'unrated'>;

/** The scale, strongest support first, 'unrated' last. */
export const RATING_SCALE: readonly RatingStep[] = STEPS;

/** The rating ids in display order. */
export const RATING_IDS: readonly RatingId[] = STEPS.map((s) => s.rating);

const BY_RATING: ReadonlyMap<RatingId, { step: RatingStep; order: number }> = new Map(RATING_SCALE.map((step, order) => [step.rating, { step, order }]));

/** The label, meaning and level of `rating`. */
export function ratingInfo(rating: RatingId): RatingStep {
  const found = BY_RATING.get(rating);
  if (!found) throw new RangeError(`Not a rating: ${String(rating)}`);
  return found.step;
}

/** The word shown for `rating`. */
export function ratingLabel(rating: RatingId): string {
  return ratingInfo(rating).label;
}

/** Display position of a rating: 0 for strong … 5 for unrated (a sort key). */
export function ratingOrder(rating: RatingId): number {
  return BY_RATING.get(rating)?.order ?? -1;
}

/** Sorts ratings for display: strongest support first, unrated last. */
export function compareRatings(a: RatingId, b: RatingId): number {
  return ratingOrder(a) - ratingOrder(b);
}

/** True for every rating but 'unrated'. */
export function isJudged(rating: RatingId): rating is JudgedRating {
  return ratingInfo(rating).level !== null;
}

/** Ordinal level of a judged rating: contradicted 0 … strong 4; null for 'unrated'. */
export function ratingLevel(rating: RatingId): number | null {
  return ratingInfo(rating).level;
}

/** Ordinal comparison of two judgements: negative when `a` is the weaker support, 0 when equal. */
export function compareSupport(a: JudgedRating, b: JudgedRating): number {
  return (ratingLevel(a) ?? 0) - (ratingLevel(b) ?? 0);
}
