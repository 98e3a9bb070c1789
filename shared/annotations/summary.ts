/**
 * The evidence summary shown beside a researcher's rating: how many passages support, refute
 * or give context to a claim, and from how many distinct articles and sources they come. A
 * passage counts once per claim however it is reached; sources are publishers, compared
 * case-insensitively, and articles without a known source are counted separately — never
 * guessed into one.
 */
import type { Annotations, ArticleMeta, Claim, Stance } from '../model.js';
import { publisherKey } from '../reliability-scale.js';

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

/** The publisher name as compared (one rule with the reliability grades: shared/reliability-scale.ts). */
const sourceKey = publisherKey;

/** Independent origins among a claim's supporting passages (shared/annotations/origin-evidence.ts). */
export interface OriginCount {
  count: number;
  /** Their names, in the panel's order. */
  names: readonly string[];
}

/** How many origin names the one-line summary spells out before "and N more". */
const NAMED_ORIGINS = 3;

/**
 * The evidence summary in one line: "5 passages · 5 articles · 1 independent origin (The Wall
 * Street Journal)". Without `origins` (not detected yet) it counts sources as before, with
 * unknown ones separately: "3 passages · 3 articles · 2 sources + 1 unknown".
 */
export function evidenceSummaryText(s: EvidenceSummary, origins: OriginCount | null): string {
  const passages = s.supports + s.refutes + s.context;
  if (passages === 0) return 'No evidence';
  const parts = [count(passages, 'passage'), count(s.articles, 'article')];
  if (origins) {
    const shown = origins.names.slice(0, NAMED_ORIGINS).join(', ');
    const more = origins.names.length > NAMED_ORIGINS ? ` and ${origins.names.length - NAMED_ORIGINS} more` : '';
    parts.push(`${count(origins.count, 'independent origin')}${origins.count > 0 ? ` (${shown}${more})` : ''}`);
  } else {
    parts.push(`${count(s.sources, 'source')}${s.unknownSources > 0 ? ` + ${s.unknownSources} unknown` : ''}`);
  }
  return parts.join(' · ');
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
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
