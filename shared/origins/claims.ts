/**
 * A claim's evidence grouped by origin: which of its passages go back to the same report, and
 * how many independent origins its supporting passages rest on. Used by `origins.claims`
 * and by `warrant claims --json` (`evidence.origins`).
 */
import type { ClaimOriginGroup, ClaimOrigins, OriginCluster } from '../api-origins.js';
import type { Annotations } from '../model.js';

/**
 * Groups each claim's evidence links by the origin cluster of their passage's article. A
 * passage of a removed article (no longer analysed) is an origin of its own: it cannot be
 * shown to share one, and counting it as shared would understate support.
 */
export function claimOrigins(clusters: readonly OriginCluster[], annotations: Pick<Annotations, 'claims' | 'links' | 'highlights' | 'removedArticles'>, claimIds?: readonly string[]): ClaimOrigins[] {
  const clusterOf = new Map<string, OriginCluster>();
  for (const c of clusters) for (const a of c.articles) clusterOf.set(a, c);
  const removed = new Map(annotations.removedArticles.map((r) => [r.id, r]));
  const highlights = new Map(annotations.highlights.map((h) => [h.id, h]));
  const wanted = claimIds ? new Set(claimIds) : null;
  const byClaim = new Map<string, Map<string, ClaimOriginGroup>>();
  for (const c of annotations.claims) if (!wanted || wanted.has(c.id)) byClaim.set(c.id, new Map());
  for (const link of annotations.links) {
    const groups = byClaim.get(link.claimId);
    const h = highlights.get(link.highlightId);
    if (!groups || !h) continue;
    const cluster = clusterOf.get(h.articleId);
    const key = cluster ? cluster.id : `removed:${h.articleId}`;
    let g = groups.get(key);
    if (!g) {
      const reasons = cluster ? cluster.reasons : [];
      g = { clusterId: cluster?.id ?? null, name: cluster?.name ?? removed.get(h.articleId)?.title ?? 'Removed article', weak: cluster?.weak ?? false, reasons, passages: [] };
      groups.set(key, g);
    }
    g.passages.push({ linkId: link.id, highlightId: h.id, articleId: h.articleId, stance: link.stance });
  }
  const out: ClaimOrigins[] = [];
  for (const [claimId, groups] of byClaim) {
    const supports = (g: ClaimOriginGroup) => g.passages.some((p) => p.stance === 'supports');
    const list = [...groups.values()].map((g) => {
      // Only the reasons that concern this claim's articles in the group.
      const mine = new Set(g.passages.map((p) => p.articleId));
      return { ...g, reasons: g.reasons.filter((r) => r.articles.some((a) => mine.has(a))) };
    });
    list.sort((a, b) => Number(supports(b)) - Number(supports(a)) || b.passages.length - a.passages.length);
    out.push({ claimId, origins: list.filter(supports).length, groups: list });
  }
  return out;
}
