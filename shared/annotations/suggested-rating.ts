/**
 * A suggested rating for a claim, worked out from its evidence: how many passages support and
 * refute it, how many INDEPENDENT origins those passages go back to (five articles retelling one
 * report are one origin), the reliability of those origins' publishers and the credibility of
 * the passages (the Admiralty grades of shared/reliability-scale.ts). It comes with a
 * plain-language explanation of how it was reached, so a researcher can check it in a glance.
 *
 * A suggestion only: it is shown beside the researcher's own rating and never written into it
 * (the panel's "Use this" sets their rating when they click, like picking it by hand).
 *
 * The rules, per origin (all of a claim's passages that go back to one origin):
 * - poor:  every graded passage of it is doubtful or improbable (credibility 4–5), or its
 *          source is not usually reliable or unreliable (D–E) and no passage is confirmed or
 *          probably true (1–2);
 * - good:  otherwise, when its source is completely or usually reliable (A–B) or a passage is
 *          confirmed or probably true (1–2);
 * - fair:  everything else (ungraded, C, "cannot be judged", possibly true).
 * Then, counting origins that are not poor (the credible ones):
 * - refuted by as many credible origins as support it, or more → Contradicted;
 * - refuted by fewer credible origins than support it → Weak (contested);
 * - not credibly refuted: 2+ supporting origins of which 2+ good → Strong; 2+ otherwise →
 *   Moderate; 1 good → Moderate; 1 fair → Weak; only poor ones → Weak; none → No support.
 * Context passages do not count either way.
 */
import { ratingLabel, type JudgedRating } from '../rating-scale.js';
import { credibilityInfo, reliabilityInfo, type CredibilityId, type ReliabilityId } from '../reliability-scale.js';
import type { Stance } from '../model.js';

/** One passage of a claim's evidence, as the suggestion weighs it. */
export interface WeighedPassage {
  stance: Stance;
  /** The passage's information credibility, when graded. */
  credibility: CredibilityId | null;
}

/** The claim's passages that go back to one origin. */
export interface OriginEvidence {
  /** The origin's name as shown ("The Wall Street Journal", or an article's source or title). */
  name: string;
  /** The reliability of the origin's source, when graded. */
  reliability: ReliabilityId | null;
  passages: readonly WeighedPassage[];
}

/** How one origin's passages are weighed. */
export type OriginQuality = 'good' | 'fair' | 'poor';

/** A suggested rating, with how it was reached. */
export interface SuggestedRating {
  rating: JudgedRating;
  /** One or two sentences a researcher can check: counts, origins, grades, the rule applied. */
  explanation: string;
  /** Independent origins among the supporting / refuting passages (credible or not). */
  supportingOrigins: number;
  refutingOrigins: number;
}

const good = (grade: number | null, goodLevels: number): boolean => grade !== null && grade >= goodLevels;

/** How an origin's passages are weighed (see the module comment). */
export function originQuality(origin: Pick<OriginEvidence, 'reliability' | 'passages'>, stance: Stance): OriginQuality {
  const graded = origin.passages.filter((p) => p.stance === stance && p.credibility !== null).map((p) => credibilityInfo(p.credibility as CredibilityId).level);
  // Level null is 6 "cannot be judged": no basis either way, so it neither confirms nor doubts.
  const judged = graded.filter((l): l is number => l !== null);
  const confirmed = judged.some((l) => good(l, 4));
  const allDoubtful = judged.length > 0 && judged.every((l) => l <= 2);
  const reliability = origin.reliability === null ? null : reliabilityInfo(origin.reliability).level;
  if (allDoubtful) return 'poor';
  if (reliability !== null && reliability <= 2 && !confirmed) return 'poor';
  if (good(reliability, 4) || confirmed) return 'good';
  return 'fair';
}

/** Suggests a rating for a claim from its evidence grouped by origin. */
export function suggestRating(origins: readonly OriginEvidence[]): SuggestedRating {
  const side = (stance: 'supports' | 'refutes') => {
    const with_ = origins.filter((o) => o.passages.some((p) => p.stance === stance));
    const quality = with_.map((o) => ({ origin: o, quality: originQuality(o, stance) }));
    return {
      passages: with_.reduce((n, o) => n + o.passages.filter((p) => p.stance === stance).length, 0),
      origins: quality,
      credible: quality.filter((q) => q.quality !== 'poor'),
      good: quality.filter((q) => q.quality === 'good').length,
    };
  };
  const sup = side('supports');
  const ref = side('refutes');
  const rating = decide(sup.credible.length, sup.good, sup.origins.length, ref.credible.length);
  const parts = [describeSide('Supported by', 'No passage supports it', sup), describeSide('refuted by', 'no passage refutes it', ref)];
  const why = reason(rating, sup.credible.length, sup.good, ref.credible.length, sup.origins.length - sup.credible.length, ref.origins.length - ref.credible.length);
  return {
    rating,
    explanation: `${parts.join('; ')} → ${ratingLabel(rating)}${why ? ` (${why})` : ''}.`,
    supportingOrigins: sup.origins.length,
    refutingOrigins: ref.origins.length,
  };
}

function decide(credibleSupport: number, goodSupport: number, anySupport: number, credibleRefute: number): JudgedRating {
  if (credibleRefute > 0) return credibleRefute >= credibleSupport ? 'contradicted' : 'weak';
  if (credibleSupport >= 2) return goodSupport >= 2 ? 'strong' : 'moderate';
  if (credibleSupport === 1) return goodSupport === 1 ? 'moderate' : 'weak';
  return anySupport > 0 ? 'weak' : 'none';
}

/** The rule that decided, in words (empty when the counts already say it). */
function reason(rating: JudgedRating, credibleSupport: number, goodSupport: number, credibleRefute: number, poorSupport: number, poorRefute: number): string {
  const notes: string[] = [];
  if (rating === 'contradicted') notes.push(credibleSupport === 0 ? 'refuted and not supported' : 'refuted by as many credible origins as support it, or more');
  else if (rating === 'weak' && credibleRefute > 0) notes.push('supported, but contested');
  else if (rating === 'weak' && credibleSupport === 0) notes.push('only by passages of doubtful reliability or credibility');
  else if (rating === 'weak') notes.push('one origin, not graded reliable');
  else if (rating === 'moderate' && credibleSupport === 1) notes.push('one reliable origin; independent confirmation would make it strong');
  else if (rating === 'moderate') notes.push(goodSupport === 0 ? 'several origins, none graded reliable' : 'several origins, only one graded reliable');
  else if (rating === 'strong') notes.push(`${goodSupport} reliable independent origins`);
  if (poorSupport > 0 && credibleSupport > 0) notes.push(`${count(poorSupport, 'supporting origin')} of doubtful reliability not counted`);
  if (poorRefute > 0) notes.push(`${count(poorRefute, 'refuting origin')} of doubtful reliability not counted`);
  return notes.join('; ');
}

interface Side {
  passages: number;
  origins: ReadonlyArray<{ origin: OriginEvidence; quality: OriginQuality }>;
}

/** "Supported by 5 passages, but all from 1 independent origin (The Wall Street Journal, reliability B)". */
function describeSide(lead: string, none: string, s: Side): string {
  if (s.passages === 0) return none;
  const names = s.origins.slice(0, 3).map(({ origin }) => (origin.reliability ? `${origin.name}, reliability ${origin.reliability}` : origin.name));
  const more = s.origins.length > 3 ? ` and ${s.origins.length - 3} more` : '';
  const list = `(${names.join('; ')}${more})`;
  const from = s.origins.length === 1 && s.passages > 1 ? `but all from 1 independent origin ${list}` : `from ${count(s.origins.length, 'independent origin')} ${list}`;
  return `${lead} ${count(s.passages, 'passage')}, ${from}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
