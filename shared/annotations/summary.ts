/**
 * The evidence summary shown beside a researcher's rating: how many passages support, refute
 * or give context to a claim, and from how many distinct articles and sources they come. A
 * passage counts once per claim however it is reached; sources are publishers, compared
 * case-insensitively, and articles without a known source are counted separately — never
 * guessed into one.
 */
import type { Annotations, ArticleMeta, Claim, Stance } from '../model.js';

export interface EvidenceSummary {
  supports: number;
  refutes: number;
  context: number;
  /** Distinct articles (including removed ones) the linked passages come from. */
  articles: number;
  /** Distinct publishers of those articles. */
  sources: number;
  /** Articles among them whose source is unknown. */
  unknownSources: number;
}

/** The article data a summary needs, for live and removed articles alike. */
export type ArticleRef = Pick<ArticleMeta, 'id' | 'title' | 'source' | 'date'> & { removed: boolean };

/** Looks up articles by id, live ones first, then removed-article records. */
export function articleIndex(articles: ReadonlyArray<Pick<ArticleMeta, 'id' | 'title' | 'source' | 'date'>>, annotations: Pick<Annotations, 'removedArticles'>): Map<string, ArticleRef> {
  const index = new Map<string, ArticleRef>();
  for (const r of annotations.removedArticles) index.set(r.id, { id: r.id, title: r.title, source: r.source, date: r.date, removed: true });
  for (const a of articles) index.set(a.id, { id: a.id, title: a.title, source: a.source, date: a.date, removed: false });
  return index;
}

/** Summarizes the evidence linked directly to `claimId`. */
export function summarizeEvidence(claimId: string, annotations: Pick<Annotations, 'links' | 'highlights'>, articles: Map<string, ArticleRef>): EvidenceSummary {
  const highlights = new Map(annotations.highlights.map((h) => [h.id, h]));
  const counts: Record<Stance, number> = { supports: 0, refutes: 0, context: 0 };
  const articleIds = new Set<string>();
  const sources = new Set<string>();
  let unknownSources = 0;
  for (const link of annotations.links) {
    if (link.claimId !== claimId) continue;
    const highlight = highlights.get(link.highlightId);
    if (!highlight) continue;
    counts[link.stance]++;
    if (articleIds.has(highlight.articleId)) continue;
    articleIds.add(highlight.articleId);
    const source = sourceKey(articles.get(highlight.articleId)?.source);
    if (source) sources.add(source);
    else unknownSources++;
  }
  return { ...counts, articles: articleIds.size, sources: sources.size, unknownSources };
}

/**
 * The publisher name as compared: case, Unicode form and spacing ignored, so "The Aldren
 * Courier" typed by hand matches "the  aldren courier" from an import. '' when unknown.
 */
function sourceKey(source: string | null | undefined): string {
  return (source ?? '').normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

// The rating scale lives in shared/rating-scale.ts. Re-exported only for the renderer's and the
// CLI's existing imports (HelpOverlay, ClaimsToolbar, ClaimDetail, claims-view, cli.ts); new code
// imports it from there, and this line goes once those files do.
export { RATING_SCALE, ratingOrder } from '../rating-scale.js';

/** Claims in display order: each top-level claim followed by its sub-claims. */
export function claimTree(claims: readonly Claim[]): Array<{ claim: Claim; depth: 0 | 1 }> {
  // Children grouped once: scanning all claims for each parent is quadratic, which froze the
  // panel for seconds with a few thousand claims.
  const children = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.parentId === null) continue;
    const siblings = children.get(c.parentId);
    if (siblings) siblings.push(c);
    else children.set(c.parentId, [c]);
  }
  const out: Array<{ claim: Claim; depth: 0 | 1 }> = [];
  for (const c of claims) {
    if (c.parentId !== null) continue;
    out.push({ claim: c, depth: 0 });
    for (const child of children.get(c.id) ?? []) out.push({ claim: child, depth: 1 });
  }
  return out;
}
