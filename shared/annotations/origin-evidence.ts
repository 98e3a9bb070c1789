/**
 * A claim's evidence grouped by independent origin, with the Admiralty grades the researcher
 * set: the one place the claim panel, the suggested rating and reports turn the origins
 * report (`origins.claims`, shared/api-origins.ts) and the project's grades into what they show.
 * Without an origins report (detection not run yet, or a report built without it), each
 * article counts as its own origin and `detected` says so — never a silent guess that several
 * articles share one.
 */
import type { ClaimOrigins, OriginReasonKind } from '../api-origins.js';
import type { Annotations, PublisherGrade, Stance } from '../model.js';
import { publisherKey, reliabilityInfo, type CredibilityId, type ReliabilityId } from '../reliability-scale.js';
import type { OriginEvidence } from './suggested-rating.js';
import type { ArticleRef } from './summary.js';

/** What each kind of reason is called, in the claim panel and in reports. */
export const ORIGIN_REASON_LABELS: Readonly<Record<OriginReasonKind, string>> = {
  attribution: 'Attribution',
  'text-reuse': 'Shared text',
  'matched-facts': 'Weaker: matched facts',
  manual: 'Your decision',
};

/** "strong", "moderate" or "weak", for a reason's 0–1 strength. */
export function strengthWord(strength: number): string {
  if (strength >= 0.75) return 'strong';
  if (strength >= 0.5) return 'moderate';
  return 'weak';
}

/** Looks up a publisher's reliability grade by its name (null: not graded, or no name). */
export type GradeOf = (publisher: string | null | undefined) => ReliabilityId | null;

/** The grade lookup of a project's `publishers` list (names compared by `publisherKey`). */
export function publisherGrades(publishers: readonly PublisherGrade[] | undefined): GradeOf {
  const byKey = new Map((publishers ?? []).map((p) => [p.id, p.reliability]));
  return (publisher) => {
    const key = publisherKey(publisher);
    return key ? (byKey.get(key) ?? null) : null;
  };
}

/** One passage of a claim in an origin group, with its grades. */
export interface OriginPassageView {
  linkId: string;
  highlightId: string;
  articleId: string;
  stance: Stance;
  credibility: CredibilityId | null;
  /** The article's publisher and its grade (null: unknown / not graded). */
  source: string | null;
  reliability: ReliabilityId | null;
}

/** One origin among a claim's evidence. */
export interface OriginGroupView extends OriginEvidence {
  /** The origins report's cluster id (null: no report, or a removed article). */
  clusterId: string | null;
  /** A tie only by matched facts (an unnamed report): weaker. */
  weak: boolean;
  reasons: ClaimOrigins['groups'][number]['reasons'];
  passages: OriginPassageView[];
}

/** A claim's evidence by origin. */
export interface ClaimOriginView {
  /** False when no origins report was given: each article is then its own origin. */
  detected: boolean;
  groups: OriginGroupView[];
  /** Independent origins among the supporting passages. */
  supportingOrigins: number;
  /** The names of those origins, in group order. */
  supportingNames: string[];
  /** True when the claim has supporting passages from 2+ articles that all go back to one origin. */
  singleOrigin: boolean;
}

/**
 * The origin's reliability: the grade of the publisher it is named after when graded (the
 * original report's outlet), else the best grade among the publishers that carry its passages
 * (an outlet retelling a report vouches for it as far as its own grade goes).
 */
function originReliability(name: string, passages: readonly OriginPassageView[], gradeOf: GradeOf): ReliabilityId | null {
  const own = gradeOf(name);
  if (own && reliabilityInfo(own).level !== null) return own;
  let best: ReliabilityId | null = own;
  for (const p of passages) {
    if (!p.reliability) continue;
    const level = reliabilityInfo(p.reliability).level;
    const bestLevel = best ? reliabilityInfo(best).level : null;
    if (level !== null && (bestLevel === null || level > bestLevel)) best = p.reliability;
    else if (best === null) best = p.reliability;
  }
  return best;
}

/** A claim's evidence grouped by origin, with grades (see the module comment). */
export function claimOriginView(
  claimId: string,
  annotations: Pick<Annotations, 'links' | 'highlights'>,
  articles: ReadonlyMap<string, ArticleRef>,
  gradeOf: GradeOf,
  origins: ClaimOrigins | null,
): ClaimOriginView {
  const highlights = new Map(annotations.highlights.map((h) => [h.id, h]));
  const links = annotations.links.filter((l) => l.claimId === claimId && highlights.has(l.highlightId));
  const passage = (link: (typeof links)[number]): OriginPassageView => {
    const h = highlights.get(link.highlightId);
    const source = articles.get(h?.articleId ?? '')?.source ?? null;
    return { linkId: link.id, highlightId: link.highlightId, articleId: h?.articleId ?? '', stance: link.stance, credibility: h?.credibility ?? null, source, reliability: gradeOf(source) };
  };
  const raw: Array<Omit<OriginGroupView, 'reliability'>> = [];
  if (origins) {
    const byId = new Map(links.map((l) => [l.id, l]));
    const placed = new Set<string>();
    for (const g of origins.groups) {
      const passages = g.passages.flatMap((p) => {
        const link = byId.get(p.linkId);
        if (!link) return [];
        placed.add(link.id);
        return [passage(link)];
      });
      if (passages.length > 0) raw.push({ clusterId: g.clusterId, name: g.name, weak: g.weak, reasons: g.reasons, passages });
    }
    // Links made after the report was computed: their own origin until it is recomputed.
    for (const link of links) if (!placed.has(link.id)) raw.push(articleGroup(passage(link), articles));
  } else {
    const byArticle = new Map<string, Omit<OriginGroupView, 'reliability'>>();
    for (const link of links) {
      const p = passage(link);
      const group = byArticle.get(p.articleId);
      if (group) group.passages.push(p);
      else byArticle.set(p.articleId, articleGroup(p, articles));
    }
    raw.push(...byArticle.values());
  }
  const groups = raw.map((g) => ({ ...g, reliability: originReliability(g.name, g.passages, gradeOf) }));
  const supporting = groups.filter((g) => g.passages.some((p) => p.stance === 'supports'));
  const supportArticles = new Set(supporting.flatMap((g) => g.passages.filter((p) => p.stance === 'supports').map((p) => p.articleId)));
  return {
    detected: origins !== null,
    groups,
    supportingOrigins: supporting.length,
    supportingNames: supporting.map((g) => g.name),
    singleOrigin: supporting.length === 1 && supportArticles.size > 1,
  };
}

/** An article as its own origin, named by its source, else its title. */
function articleGroup(p: OriginPassageView, articles: ReadonlyMap<string, ArticleRef>): Omit<OriginGroupView, 'reliability'> {
  const a = articles.get(p.articleId);
  return { clusterId: null, name: a?.source ?? a?.title ?? 'Unknown article', weak: false, reasons: [], passages: [p] };
}
