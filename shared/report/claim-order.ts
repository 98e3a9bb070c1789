/**
 * Which claims a report holds and in which order: the selection (`claimIds`), the tree (each
 * top-level claim followed by its sub-claims) and the order of REPORT_ORDERS, applied to the
 * top-level claims and, the same way, to the siblings under each parent.
 */
import { claimTree } from '../annotations/summary.js';
import type { Claim } from '../model.js';
import { compareRatings, type RatingId } from '../rating-scale.js';
import type { ReportOrder } from './options.js';

/** A top-level claim of the report with the sub-claims printed under it. */
export interface ClaimBlock {
  claim: Claim;
  children: Claim[];
}

/** What the order needs to know about each claim (computed once per claim by the caller). */
export interface SortKeys {
  verdict: (claim: Claim) => RatingId;
  /** Linked passages of any stance. */
  evidence: (claim: Claim) => number;
}

// One collator for every comparison: creating one per call (as String#localeCompare with
// options does) costs more than the sort itself with thousands of claims.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The report's claims as ordered blocks. `claimIds` null keeps every claim; a list keeps only the
 * claims in it (unknown ids are ignored). A kept sub-claim goes under its parent when the parent
 * is kept too, and becomes a top-level block of its own when it is not.
 */
export function claimBlocks(claims: readonly Claim[], claimIds: readonly string[] | null, order: ReportOrder, keys: SortKeys): ClaimBlock[] {
  const wanted = claimIds === null ? null : new Set(claimIds);
  const kept = wanted === null ? claims : claims.filter((c) => wanted.has(c.id));
  const keptIds = new Set(kept.map((c) => c.id));
  const blocks: ClaimBlock[] = [];
  const byParent = new Map<string, ClaimBlock>();
  const pending: Claim[] = [];
  const open = (c: Claim): void => {
    const block: ClaimBlock = { claim: c, children: [] };
    blocks.push(block);
    byParent.set(c.id, block);
  };
  for (const c of kept) {
    if (c.parentId !== null && keptIds.has(c.parentId)) pending.push(c);
    else open(c);
  }
  // A parent that is itself a sub-claim (a damaged file: claims nest one level) has no block;
  // its children then stand alone rather than vanish from the report.
  for (const c of pending) {
    const parent = byParent.get(c.parentId!);
    if (parent) parent.children.push(c);
    else open(c);
  }
  const compare = comparator(claims, order, keys);
  blocks.sort((a, b) => compare(a.claim, b.claim));
  for (const b of blocks) b.children.sort(compare);
  return blocks;
}

/**
 * Each claim's place in the claims panel: the tree order (a parent, then its sub-claims), not
 * the array's, which can hold a sub-claim after later top-level claims. A lone sub-claim thus
 * sorts right after where its parent would be. Claims the tree leaves out (a missing parent, in
 * a damaged file) come last, in array order.
 */
function panelPositions(claims: readonly Claim[]): Map<string, number> {
  const position = new Map(claimTree(claims).map(({ claim }, i) => [claim.id, i]));
  claims.forEach((c, i) => {
    if (!position.has(c.id)) position.set(c.id, claims.length + i);
  });
  return position;
}

/** The comparison for `order`, ties broken by panel order. */
function comparator(claims: readonly Claim[], order: ReportOrder, keys: SortKeys): (a: Claim, b: Claim) => number {
  const position = panelPositions(claims);
  const byPanel = (a: Claim, b: Claim): number => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0);
  switch (order) {
    case 'project':
      return byPanel;
    case 'verdict': {
      const verdicts = new Map(claims.map((c) => [c.id, keys.verdict(c)]));
      return (a, b) => compareRatings(verdicts.get(a.id) ?? 'unrated', verdicts.get(b.id) ?? 'unrated') || byPanel(a, b);
    }
    case 'evidence': {
      const amounts = new Map(claims.map((c) => [c.id, keys.evidence(c)]));
      return (a, b) => (amounts.get(b.id) ?? 0) - (amounts.get(a.id) ?? 0) || byPanel(a, b);
    }
    case 'alphabetical':
      return (a, b) => collator.compare(a.text, b.text) || byPanel(a, b);
  }
}
