/**
 * The evidence views: a claim's linked passages grouped by stance, and a highlight's claims.
 */
import type { ArticleRef } from '../../shared/annotations/summary.js';
import type { Annotations, Claim, EvidenceLink, Highlight, Stance } from '../../shared/model.js';

/** Stances in display order, with the words the UI uses. */
export const STANCES: ReadonlyArray<{ stance: Stance; label: string; group: string; short: string }> = [
  { stance: 'supports', label: 'Supports', group: 'Supporting', short: 'sup' },
  { stance: 'refutes', label: 'Refutes', group: 'Refuting', short: 'ref' },
  { stance: 'context', label: 'Context', group: 'Context', short: 'ctx' },
];

/** The words for `stance`. */
export function stanceInfo(stance: Stance): (typeof STANCES)[number] {
  return STANCES.find((s) => s.stance === stance) ?? STANCES[0]!;
}

/** One passage linked to a claim. `article` is null only if the project lost track of it. */
export interface EvidenceItem {
  link: EvidenceLink;
  highlight: Highlight;
  article: ArticleRef | null;
}

/**
 * A claim's evidence by stance. Within a stance, passages follow the article (by date, then
 * title) and their position in it, so passages of one article sit together.
 */
export function claimEvidence(claimId: string, annotations: Pick<Annotations, 'links' | 'highlights'>, articles: ReadonlyMap<string, ArticleRef>): Record<Stance, EvidenceItem[]> {
  const highlights = new Map(annotations.highlights.map((h) => [h.id, h]));
  const groups: Record<Stance, EvidenceItem[]> = { supports: [], refutes: [], context: [] };
  for (const link of annotations.links) {
    if (link.claimId !== claimId) continue;
    const highlight = highlights.get(link.highlightId);
    if (!highlight) continue;
    groups[link.stance].push({ link, highlight, article: articles.get(highlight.articleId) ?? null });
  }
  const key = (e: EvidenceItem) => `${e.article?.date ?? '9999'}\u0000${e.article?.title ?? ''}\u0000${e.highlight.articleId}`;
  for (const list of Object.values(groups)) {
    list.sort((a, b) => key(a).localeCompare(key(b)) || a.highlight.target.position.start - b.highlight.target.position.start);
  }
  return groups;
}

/** The claims a highlight is linked to, in claim order. */
export function highlightLinks(highlightId: string, annotations: Pick<Annotations, 'links' | 'claims'>): Array<{ link: EvidenceLink; claim: Claim }> {
  const out: Array<{ link: EvidenceLink; claim: Claim }> = [];
  for (const claim of annotations.claims) {
    const link = annotations.links.find((l) => l.highlightId === highlightId && l.claimId === claim.id);
    if (link) out.push({ link, claim });
  }
  return out;
}

/** How many highlights an article has, and how many evidence links use them. */
export function articleAnnotationCounts(articleId: string, annotations: Pick<Annotations, 'links' | 'highlights'>): { highlights: number; links: number; claims: number } {
  const ids = new Set(annotations.highlights.filter((h) => h.articleId === articleId).map((h) => h.id));
  const links = annotations.links.filter((l) => ids.has(l.highlightId));
  return { highlights: ids.size, links: links.length, claims: new Set(links.map((l) => l.claimId)).size };
}
