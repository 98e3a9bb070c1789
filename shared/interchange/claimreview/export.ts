/**
 * Every judged claim as a schema.org ClaimReview (JSON-LD), the markup fact-checkers publish and
 * search engines read. The verdict is the one shared/annotations/verdict.ts settles; the rating
 * numbers are the ordinal levels of shared/rating-scale.ts, and the scale's ends are read from it.
 * The mapping is in ../README.md.
 */
import { verdictOf, ratingsByClaim } from '../../annotations/verdict.js';
import type { Article, Claim, ProjectFile, RemovedArticle } from '../../model.js';
import { RATING_SCALE, ratingLabel, ratingLevel } from '../../rating-scale.js';
import { warrantUrn } from '../w3c/urn.js';

/** Options for {@link toClaimReviews}. */
export interface ClaimReviewOptions {
  /** The claims to export; null for all. Claims without a verdict are left out either way. */
  claimIds: string[] | null;
  /** When the file is written (ISO date-time). */
  generatedAt: string;
  /** The organisation publishing the reviews (ClaimReview `publisher`; `author` when no rater is named). */
  publisher?: string;
  /**
   * The page the reviews will be published on. Google requires a ClaimReview `url`; each review
   * gets this address with an anchor of its own (`#claim-<id>`). Without it, `url` is left out for
   * the publisher to fill in: an offline project has no page of its own.
   */
  pageUrl?: string;
}

/** A person (`Person`). */
export interface PersonNode {
  '@type': 'Person';
  name: string;
}
/** An organisation (`Organization`). */
export interface OrganizationNode {
  '@type': 'Organization';
  name: string;
}
/** An evidence article (`CreativeWork`). */
export interface CreativeWorkNode {
  '@type': 'CreativeWork';
  headline: string;
  url?: string;
  publisher?: OrganizationNode;
  author?: PersonNode;
  datePublished?: string;
}
/** The claim reviewed (`Claim`), with the articles it was weighed against. */
export interface ClaimNode {
  '@type': 'Claim';
  '@id': string;
  text: string;
  appearance?: CreativeWorkNode[];
}
/** The verdict (`Rating`). */
export interface RatingNode {
  '@type': 'Rating';
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  /** The textual verdict: the only part search engines show. */
  alternateName: string;
  ratingExplanation?: string;
}
/** One review. */
export interface ClaimReviewNode {
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: RatingNode;
  itemReviewed: ClaimNode;
  author?: (PersonNode | OrganizationNode)[];
  publisher?: OrganizationNode;
  datePublished: string;
  url?: string;
}
/** The document `toClaimReviews` writes. */
export interface ClaimReviewGraph {
  '@context': 'https://schema.org';
  '@graph': ClaimReviewNode[];
}

const LEVELS = RATING_SCALE.map((s) => s.level).filter((l): l is number => l !== null);
/** The scale's ends, as the registry has them. */
export const BEST_RATING = Math.max(...LEVELS);
export const WORST_RATING = Math.min(...LEVELS);

/**
 * The project's judged claims as ClaimReviews in one JSON-LD `@graph`. A claim whose raters
 * disagree without a reconciled verdict, or that nobody rated, has no verdict to publish and is
 * left out.
 */
export function toClaimReviews(project: Readonly<ProjectFile>, opts: ClaimReviewOptions): ClaimReviewGraph {
  const wanted = opts.claimIds === null ? null : new Set(opts.claimIds);
  const ratings = ratingsByClaim(project.ratings);
  const publisher: OrganizationNode | undefined = opts.publisher?.trim() ? { '@type': 'Organization', name: opts.publisher.trim() } : undefined;
  const appearances = appearancesByClaim(project);
  const graph: ClaimReviewNode[] = [];
  for (const claim of project.claims) {
    if (wanted !== null && !wanted.has(claim.id)) continue;
    const verdict = verdictOf(claim, ratings.get(claim.id) ?? []);
    const level = ratingLevel(verdict.rating);
    if (level === null) continue;
    const reviewRating: RatingNode = { '@type': 'Rating', ratingValue: level, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: ratingLabel(verdict.rating) };
    if (verdict.rationale.trim() !== '') reviewRating.ratingExplanation = verdict.rationale;
    const itemReviewed: ClaimNode = { '@type': 'Claim', '@id': warrantUrn('claim', project.id, claim.id), text: claim.text };
    const works = appearances.get(claim.id);
    if (works && works.length > 0) itemReviewed.appearance = works;
    const review: ClaimReviewNode = {
      '@type': 'ClaimReview',
      claimReviewed: claim.text,
      reviewRating,
      itemReviewed,
      datePublished: judgedOn(claim, verdict.ratings, opts.generatedAt),
    };
    const authors = authorsOf(claim, verdict.basis, verdict.ratings.map((r) => r.rater));
    if (authors.length > 0) review.author = authors;
    else if (publisher) review.author = [publisher];
    if (publisher) review.publisher = publisher;
    if (opts.pageUrl?.trim()) review.url = `${opts.pageUrl.trim().replace(/#.*$/s, '')}#claim-${encodeURIComponent(claim.id)}`;
    graph.push(review);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** Who judged: the recorder of a reconciled verdict, else the raters whose ratings made it. */
function authorsOf(claim: Claim, basis: string, raters: string[]): PersonNode[] {
  const names = basis === 'reconciled' && claim.verdict?.author.trim() ? [claim.verdict.author.trim()] : raters.map((r) => r.trim());
  return [...new Set(names.filter(Boolean))].map((name) => ({ '@type': 'Person', name }));
}

/** The day the verdict was reached (YYYY-MM-DD): when it was reconciled, or the latest rating behind it. */
function judgedOn(claim: Claim, ratings: readonly { updatedAt: string }[], fallback: string): string {
  const when = claim.verdict?.decidedAt ?? ratings.map((r) => r.updatedAt).sort().at(-1) ?? fallback;
  return when.slice(0, 10);
}

/** The articles each claim's evidence comes from, once each, in the order the links were made. */
function appearancesByClaim(project: Readonly<ProjectFile>): Map<string, CreativeWorkNode[]> {
  const articles = new Map<string, Article | RemovedArticle>(project.removedArticles.map((a) => [a.id, a]));
  for (const a of project.articles) articles.set(a.id, a);
  const highlightArticle = new Map(project.highlights.map((h) => [h.id, h.articleId]));
  const seen = new Map<string, Set<string>>();
  const out = new Map<string, CreativeWorkNode[]>();
  for (const l of project.links) {
    const articleId = highlightArticle.get(l.highlightId);
    const article = articleId === undefined ? undefined : articles.get(articleId);
    if (!article) continue;
    const ids = seen.get(l.claimId) ?? new Set<string>();
    seen.set(l.claimId, ids);
    if (ids.has(article.id)) continue;
    ids.add(article.id);
    const list = out.get(l.claimId) ?? [];
    out.set(l.claimId, list);
    list.push(creativeWork(article));
  }
  return out;
}

function creativeWork(a: Article | RemovedArticle): CreativeWorkNode {
  const work: CreativeWorkNode = { '@type': 'CreativeWork', headline: a.title };
  if ('url' in a && a.url) work.url = a.url;
  if (a.source) work.publisher = { '@type': 'Organization', name: a.source };
  if ('author' in a && a.author) work.author = { '@type': 'Person', name: a.author };
  if (a.date) work.datePublished = a.date;
  return work;
}
