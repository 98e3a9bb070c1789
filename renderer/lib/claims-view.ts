/**
 * The claims list as the panel shows it: the claim tree with each claim's evidence summary,
 * sorted and filtered, and the `claims.move` arguments for moving a claim up, down, in or out.
 */
import { claimTree, ratingOrder, summarizeEvidence, type ArticleRef, type EvidenceSummary } from '../../shared/annotations/summary.js';
import type { Annotations, Claim, Rating } from '../../shared/model.js';

/** How the list is ordered: the researcher's own order, by rating, or by amount of evidence. */
export type ClaimSort = 'manual' | 'rating' | 'evidence';

/** Which claims to show by their evidence. */
export type EvidenceFilter = 'all' | 'none' | 'supporting' | 'refuting' | 'no-refuting';

/** The panel's filter choices. */
export interface ClaimFilter {
  text: string;
  rating: Rating | 'all';
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

/** One row of the list. */
export interface ClaimRowModel {
  claim: Claim;
  depth: 0 | 1;
  summary: EvidenceSummary;
  /** False for a parent shown only because one of its sub-claims matches the filter. */
  matches: boolean;
}

/** Passages linked to a claim, whatever their stance. */
export function evidenceCount(s: EvidenceSummary): number {
  return s.supports + s.refutes + s.context;
}

/**
 * The evidence summary of every claim. Each claim is summarized over its own links and their
 * highlights only, so a big project costs one pass over the links, not one per claim.
 */
export function summarizeAll(annotations: Pick<Annotations, 'claims' | 'links' | 'highlights'>, articles: Map<string, ArticleRef>): Map<string, EvidenceSummary> {
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
      return [c.id, summarizeEvidence(c.id, { links, highlights: own }, articles)];
    }),
  );
}

function passes(claim: Claim, s: EvidenceSummary, filter: ClaimFilter): boolean {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = `${claim.text}\n${claim.rationale}`.toLowerCase();
  if (!words.every((w) => hay.includes(w))) return false;
  if (filter.rating !== 'all' && claim.rating !== filter.rating) return false;
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
export function claimRows(claims: readonly Claim[], summaries: ReadonlyMap<string, EvidenceSummary>, sort: ClaimSort, filter: ClaimFilter): ClaimRowModel[] {
  const empty: EvidenceSummary = { supports: 0, refutes: 0, context: 0, articles: 0, sources: 0, unknownSources: 0 };
  const summary = (c: Claim) => summaries.get(c.id) ?? empty;
  const compare = (a: Claim, b: Claim): number => {
    if (sort === 'rating') return ratingOrder(a.rating) - ratingOrder(b.rating);
    if (sort === 'evidence') return evidenceCount(summary(b)) - evidenceCount(summary(a)) || summary(b).articles - summary(a).articles;
    return 0;
  };
  // Array.prototype.sort is stable, so equal keys keep the manual order.
  const tree = claimTree(claims);
  const tops = tree.filter((r) => r.depth === 0).map((r) => r.claim).sort(compare);
  const rows: ClaimRowModel[] = [];
  for (const top of tops) {
    const children = claims.filter((c) => c.parentId === top.id).sort(compare);
    const kids = children.filter((c) => passes(c, summary(c), filter)).map((c): ClaimRowModel => ({ claim: c, depth: 1, summary: summary(c), matches: true }));
    const self = passes(top, summary(top), filter);
    if (!self && kids.length === 0) continue;
    rows.push({ claim: top, depth: 0, summary: summary(top), matches: self }, ...kids);
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
