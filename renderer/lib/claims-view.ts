/**
 * The claims list as the panel shows it: the claim tree with each claim's evidence summary and
 * verdict (from its raters' ratings, shared/annotations/verdict.ts), sorted and filtered, and
 * the `claims.move` arguments for moving a claim up, down, in or out.
 */
import { claimTree, ratingOrder, summarizeEvidence, type ArticleRef, type EvidenceSummary } from '../../shared/annotations/summary.js';
import { ratingsByClaim, verdictOf, VERDICT_BASIS_LABELS, type ClaimVerdict } from '../../shared/annotations/verdict.js';
import { RATING_SCALE, ratingLabel } from '../../shared/rating-scale.js';
import type { Annotations, Claim, Rating } from '../../shared/model.js';

/** How the list is ordered: the researcher's own order, by verdict, or by amount of evidence. */
export type ClaimSort = 'manual' | 'rating' | 'evidence';

/** A verdict as the list files it: its rating, or `disputed` when raters disagree without one. */
export type VerdictKey = Rating | 'disputed';

/** Which claims to show by their evidence. */
export type EvidenceFilter = 'all' | 'none' | 'supporting' | 'refuting' | 'no-refuting';

/** The panel's filter choices. */
export interface ClaimFilter {
  text: string;
  /** A verdict's rating, `disputed` (raters disagree, no verdict recorded), or any. */
  rating: VerdictKey | 'all';
  evidence: EvidenceFilter;
}

/** The choices that show every claim. */
export const NO_FILTER: ClaimFilter = { text: '', rating: 'all', evidence: 'all' };

/** Labels of the evidence filter, in menu order. */
export const EVIDENCE_FILTERS: ReadonlyArray<{ value: EvidenceFilter; label: string }> = [
  { value: 'all', label: 'Any evidence' },
  { value: 'none', label: 'No evidence' },
  { value: 'supporting', label: 'Has supporting' },
  { value: 'refuting', label: 'Has refuting' },
  { value: 'no-refuting', label: 'No refuting' },
];

/** Labels of the verdict filter, in menu order: the scale, then disputed claims. */
export const RATING_FILTERS: ReadonlyArray<{ value: VerdictKey | 'all'; label: string }> = [
  { value: 'all', label: 'Any rating' },
  ...RATING_SCALE.map((r) => ({ value: r.rating, label: r.label })),
  { value: 'disputed', label: 'Raters disagree' },
];

/** How the list files a verdict. */
export function verdictKey(v: Pick<ClaimVerdict, 'rating' | 'basis'>): VerdictKey {
  return v.basis === 'disagreement' ? 'disputed' : v.rating;
}

/**
 * A verdict in words, for screen readers: "Verdict: Moderate (all raters agree, 3 raters).",
 * "Verdict: Disputed (raters disagree — no verdict recorded, 2 raters)." The number of raters
 * is said when several people rated.
 */
export function verdictText(v: Pick<ClaimVerdict, 'rating' | 'basis' | 'ratings'>): string {
  const word = v.basis === 'disagreement' ? 'Disputed' : ratingLabel(v.rating);
  const raters = v.ratings.length > 1 ? `, ${v.ratings.length} raters` : '';
  return `Verdict: ${word} (${VERDICT_BASIS_LABELS[v.basis]}${raters}).`;
}

/**
 * Sort key of a verdict: the scale's order (strongest first) with disputed claims after every
 * judged one and before the unrated ones: they need a decision, which unrated claims do not yet.
 */
function verdictOrder(v: ClaimVerdict): number {
  const unrated = ratingOrder('unrated');
  if (v.basis === 'disagreement') return unrated - 0.5;
  return ratingOrder(v.rating);
}

/** A claim's evidence summary and verdict. */
export interface ClaimSummary {
  evidence: EvidenceSummary;
  verdict: ClaimVerdict;
}

/** One row of the list. */
export interface ClaimRowModel {
  claim: Claim;
  depth: 0 | 1;
  summary: EvidenceSummary;
  verdict: ClaimVerdict;
  /** False for a parent shown only because one of its sub-claims matches the filter. */
  matches: boolean;
}

/** Passages linked to a claim, whatever their stance. */
export function evidenceCount(s: EvidenceSummary): number {
  return s.supports + s.refutes + s.context;
}

/**
 * The evidence summary and verdict of every claim. Each claim is summarized over its own links,
 * their highlights and its own ratings only, so a big project costs one pass over the links and
 * one over the ratings, not one per claim.
 */
export function summarizeAll(annotations: Pick<Annotations, 'claims' | 'links' | 'highlights' | 'ratings'>, articles: Map<string, ArticleRef>): Map<string, ClaimSummary> {
  const ratings = ratingsByClaim(annotations.ratings);
  const highlights = new Map(annotations.highlights.map((h) => [h.id, h]));
  const byClaim = new Map<string, Annotations['links']>();
  for (const l of annotations.links) {
    const list = byClaim.get(l.claimId);
    if (list) list.push(l);
    else byClaim.set(l.claimId, [l]);
  }
  return new Map(
    annotations.claims.map((c) => {
      const links = byClaim.get(c.id) ?? [];
      const own = links.flatMap((l) => highlights.get(l.highlightId) ?? []);
      const evidence = summarizeEvidence(c.id, { links, highlights: own }, articles);
      return [c.id, { evidence, verdict: verdictOf(c, ratings.get(c.id) ?? []) }];
    }),
  );
}

function passes(claim: Claim, { evidence: s, verdict }: ClaimSummary, filter: ClaimFilter): boolean {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    // The claim, the recorded verdict's rationale and every rater's.
    const hay = [claim.text, claim.verdict?.rationale ?? '', ...verdict.ratings.map((r) => r.rationale)].join('\n').toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  if (filter.rating !== 'all' && verdictKey(verdict) !== filter.rating) return false;
  switch (filter.evidence) {
    case 'none':
      return evidenceCount(s) === 0;
    case 'supporting':
      return s.supports > 0;
    case 'refuting':
      return s.refutes > 0;
    case 'no-refuting':
      return s.refutes === 0;
    default:
      return true;
  }
}

/** True when `filter` hides nothing. */
export function isFiltering(filter: ClaimFilter): boolean {
  return filter.text.trim() !== '' || filter.rating !== 'all' || filter.evidence !== 'all';
}

/**
 * The rows to show: top-level claims each followed by their sub-claims, sorted among siblings
 * (sub-claims stay under their parent), keeping a parent whose sub-claims match the filter.
 */
export function claimRows(claims: readonly Claim[], summaries: ReadonlyMap<string, ClaimSummary>, sort: ClaimSort, filter: ClaimFilter): ClaimRowModel[] {
  const empty: ClaimSummary = {
    evidence: { supports: 0, refutes: 0, context: 0, articles: 0, sources: 0, unknownSources: 0 },
    verdict: { rating: 'unrated', rationale: '', basis: 'unrated', ratings: [] },
  };
  const summary = (c: Claim) => summaries.get(c.id) ?? empty;
  const compare = (a: Claim, b: Claim): number => {
    if (sort === 'rating') return verdictOrder(summary(a).verdict) - verdictOrder(summary(b).verdict);
    if (sort === 'evidence') {
      const x = summary(a).evidence;
      const y = summary(b).evidence;
      return evidenceCount(y) - evidenceCount(x) || y.articles - x.articles;
    }
    return 0;
  };
  const row = (claim: Claim, depth: 0 | 1, matches: boolean): ClaimRowModel => ({ claim, depth, summary: summary(claim).evidence, verdict: summary(claim).verdict, matches });
  // Array.prototype.sort is stable, so equal keys keep the manual order.
  const tree = claimTree(claims);
  const tops = tree.filter((r) => r.depth === 0).map((r) => r.claim).sort(compare);
  const rows: ClaimRowModel[] = [];
  for (const top of tops) {
    const children = claims.filter((c) => c.parentId === top.id).sort(compare);
    const kids = children.filter((c) => passes(c, summary(c), filter)).map((c) => row(c, 1, true));
    const self = passes(top, summary(top), filter);
    if (!self && kids.length === 0) continue;
    rows.push(row(top, 0, self), ...kids);
  }
  return rows;
}

/** Arguments for `claims.move`. */
export interface MoveArgs {
  id: string;
  parentId: string | null;
  index: number;
}

/** A move in the manual order. */
export type MoveDirection = 'up' | 'down' | 'indent' | 'outdent';

/**
 * The `claims.move` arguments that move claim `id` one step, or null when it cannot go that way:
 * up/down swap it with a sibling; indent makes a top-level claim (without sub-claims) the last
 * sub-claim of the claim above it; outdent puts a sub-claim right after its parent.
 */
export function moveArgs(claims: readonly Claim[], id: string, direction: MoveDirection): MoveArgs | null {
  const claim = claims.find((c) => c.id === id);
  if (!claim) return null;
  const siblings = claims.filter((c) => c.parentId === claim.parentId);
  const index = siblings.indexOf(claim);
  switch (direction) {
    case 'up':
      return index > 0 ? { id, parentId: claim.parentId, index: index - 1 } : null;
    case 'down':
      return index < siblings.length - 1 ? { id, parentId: claim.parentId, index: index + 1 } : null;
    case 'indent': {
      const above = siblings[index - 1];
      if (claim.parentId !== null || !above || claims.some((c) => c.parentId === id)) return null;
      return { id, parentId: above.id, index: claims.filter((c) => c.parentId === above.id).length };
    }
    case 'outdent': {
      if (claim.parentId === null) return null;
      const tops = claims.filter((c) => c.parentId === null);
      const parentIndex = tops.findIndex((c) => c.id === claim.parentId);
      return { id, parentId: null, index: parentIndex + 1 };
    }
  }
}
