/**
 * Builds a report's data from a project: the claims chosen in the export options, in their
 * order, each with its verdict, every rater's rating, its evidence summary and every linked
 * passage quoted and located; the sources appendix; and, when asked, the cited articles' texts
 * with their passages marked. Pure and platform-free: the backend, the CLI and the live preview
 * call it, and the renderers in this folder turn its result into files.
 *
 * It has to stay fast on big projects (1,000 claims, 10,000 highlights, 50 MB of text): every
 * item is indexed by id once, each article's paragraphs are split once, and offsets are placed
 * by binary search. Nothing loops over all links or highlights per claim.
 */
import type { OriginCluster } from '../api-origins.js';
import { claimOriginView, publisherGrades, type ClaimOriginView, type GradeOf } from '../annotations/origin-evidence.js';
import { suggestRating, type SuggestedRating } from '../annotations/suggested-rating.js';
import { articleIndex, summarizeEvidence } from '../annotations/summary.js';
import { claimOrigins } from '../origins/claims.js';
import { credibilityInfo, reliabilityInfo, type CredibilityId, type ReliabilityId } from '../reliability-scale.js';
import { ratingsByClaim, VERDICT_BASIS_LABELS, verdictOf, type ClaimVerdict } from '../annotations/verdict.js';
import type { Article, Claim, EvidenceLink, Highlight, ProjectFile, RemovedArticle, Stance } from '../model.js';
import { ratingInfo } from '../rating-scale.js';
import { claimBlocks } from './claim-order.js';
import { markParagraphs, pageOf, ParagraphIndex } from './locate.js';
import type { ReportOptions } from './options.js';
import type { ReportArticleRef, ReportArticleText, ReportClaim, ReportData, ReportEvidence, ReportLocator, ReportOrigins, ReportRating, ReportSource, ReportSuggestedRating, ReportVerdict } from './report-data.js';

export { REPORT_DATA_VERSION } from './report-data.js';
export type * from './report-data.js';
export { pageOf } from './locate.js';

/** What the caller supplies besides the project and the options. */
export interface BuildReportContext {
  /** The report's date (ISO 8601): passed in, so the same project always gives the same data. */
  generatedAt: string;
  /**
   * Build only the first this-many top-level blocks (a top-level claim with its sub-claims), for
   * the live preview. The counts still give the whole report's size. Omitted: everything.
   */
  maxClaims?: number;
  /**
   * The project's origin clusters (`origins.get`): each claim's evidence is then grouped by
   * independent origin. Omitted: each article counts as its own origin (`origins.detected` false).
   */
  origins?: readonly OriginCluster[];
}

const STANCE_ORDER: Readonly<Record<Stance, number>> = { supports: 0, refutes: 1, context: 2 };

// Shared with claim-order.ts in spirit: one collator, reused, for names, sources and titles.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A live article with its paragraphs split (lazily, once), or a removed article's record. */
interface ArticleEntry {
  ref: ReportArticleRef;
  article: Article | null;
  paragraphs: ParagraphIndex | null;
}

/**
 * The report's data for `project` with `options` (see ReportData in report-data.ts for every
 * field). The project is only read.
 */
export function buildReport(project: Readonly<ProjectFile>, options: ReportOptions, context: BuildReportContext): ReportData {
  const highlights = new Map(project.highlights.map((h) => [h.id, h]));
  // Links by claim, dropping any whose highlight is gone (a damaged file): the evidence summary
  // ignores those too, so the quotes and the counts agree.
  const linksByClaim = new Map<string, EvidenceLink[]>();
  for (const link of project.links) {
    if (!highlights.has(link.highlightId)) continue;
    const list = linksByClaim.get(link.claimId);
    if (list) list.push(link);
    else linksByClaim.set(link.claimId, [link]);
  }
  const ratings = ratingsByClaim(project.ratings);
  const verdicts = new Map<string, ClaimVerdict>();
  const verdict = (claim: Claim): ClaimVerdict => {
    let v = verdicts.get(claim.id);
    if (!v) verdicts.set(claim.id, (v = verdictOf(claim, ratings.get(claim.id) ?? [])));
    return v;
  };

  const blocks = claimBlocks(project.claims, options.claimIds, options.order, {
    verdict: (c) => verdict(c).rating,
    evidence: (c) => linksByClaim.get(c.id)?.length ?? 0,
  });
  const selected = blocks.flatMap((b) => [b.claim, ...b.children]);
  const shownBlocks = context.maxClaims === undefined ? blocks : blocks.slice(0, Math.max(0, context.maxClaims));

  const articles = articleLookup(project);
  const refs = articleIndex(project.articles, project);
  const gradeOf = publisherGrades(project.publishers);
  const grouped = context.origins ? new Map(claimOrigins(context.origins, project, shownBlocks.flatMap((b) => [b.claim.id, ...b.children.map((c) => c.id)])).map((c) => [c.claimId, c])) : null;
  const claims: ReportClaim[] = [];
  shownBlocks.forEach((block, i) => {
    claims.push(reportClaim(block.claim, String(i + 1), 0));
    block.children.forEach((child, j) => claims.push(reportClaim(child, `${i + 1}.${j + 1}`, 1)));
  });

  function reportClaim(claim: Claim, number: string, depth: 0 | 1): ReportClaim {
    const links = linksByClaim.get(claim.id) ?? [];
    const linked = links.map((l) => highlights.get(l.highlightId)!);
    const evidence = links
      .map((link, order) => ({ link, order }))
      .sort((a, b) => STANCE_ORDER[a.link.stance] - STANCE_ORDER[b.link.stance] || (b.link.weight ?? 0) - (a.link.weight ?? 0) || a.order - b.order)
      .map(({ link }) => {
        const highlight = highlights.get(link.highlightId)!;
        return reportEvidence(link, highlight, articles(highlight.articleId), gradeOf);
      });
    const originView = claimOriginView(claim.id, { links, highlights: linked }, refs, gradeOf, grouped?.get(claim.id) ?? null);
    return {
      id: claim.id,
      number,
      depth,
      text: claim.text,
      verdict: reportVerdict(claim, verdict(claim)),
      ratings: (ratings.get(claim.id) ?? []).map(reportRating).sort((a, b) => collator.compare(a.rater, b.rater)),
      // Only this claim's links and highlights are handed over: summarizeEvidence scans what it
      // is given, so passing the whole project would be quadratic over claims.
      summary: summarizeEvidence(claim.id, { links, highlights: linked }, refs),
      evidence,
      origins: reportOrigins(originView),
      suggested: reportSuggested(suggestRating(originView.groups)),
    };
  }

  const sources = citedSources(claims, articles);
  return {
    title: options.title?.trim() || project.name,
    projectName: project.name,
    generatedAt: context.generatedAt,
    ...people(selected, linksByClaim, highlights, ratings),
    order: options.order,
    sections: { ...options.sections },
    counts: { claims: selected.length, shown: claims.length, blocks: blocks.length, blocksShown: shownBlocks.length },
    claims,
    sources,
    articles: options.sections.articles ? articleTexts(claims, sources, articles) : null,
  };
}

/** Looks articles up by id (live first, then removed records), splitting paragraphs on first use. */
function articleLookup(project: Readonly<ProjectFile>): (id: string) => ArticleEntry {
  const live = new Map(project.articles.map((a) => [a.id, a]));
  const removed = new Map<string, RemovedArticle>(project.removedArticles.map((r) => [r.id, r]));
  const cache = new Map<string, ArticleEntry>();
  return (id) => {
    let entry = cache.get(id);
    if (entry) return entry;
    const article = live.get(id);
    const record = removed.get(id);
    if (article) entry = { ref: { id, title: article.title, source: article.source, author: article.author, date: article.date, url: article.url, removed: false }, article, paragraphs: new ParagraphIndex(article.text) };
    // A removed article keeps title, source and date only: author and URL are not recorded.
    else if (record) entry = { ref: { id, title: record.title, source: record.source, author: null, date: record.date, url: null, removed: true }, article: null, paragraphs: null };
    // Neither (a damaged file): still quote the passage, said plainly rather than dropped.
    else entry = { ref: { id, title: 'Unknown article', source: null, author: null, date: null, url: null, removed: true }, article: null, paragraphs: null };
    cache.set(id, entry);
    return entry;
  };
}

/** One linked passage, quoted and located. */
function reportEvidence(link: EvidenceLink, highlight: Highlight, entry: ArticleEntry, gradeOf: GradeOf): ReportEvidence {
  const { start, end } = highlight.target.position;
  const exact = highlight.target.quote.exact;
  // Article text never changes after import, but a merged or hand-edited file could disagree
  // with its selectors: then the stored quote is shown and the passage is not placed.
  const anchored = entry.article !== null && entry.article.text.slice(start, end) === exact;
  const locator: ReportLocator = anchored
    ? { paragraph: entry.paragraphs!.numberAt(start), page: pageOf(entry.article!, start), start, end }
    : { paragraph: null, page: null, start: null, end: null };
  return {
    linkId: link.id,
    highlightId: highlight.id,
    stance: link.stance,
    weight: link.weight,
    linkNote: link.note,
    quote: anchored ? entry.article!.text.slice(start, end) : exact,
    highlightLabel: highlight.label,
    highlightNote: highlight.note,
    ...grades(highlight.credibility ?? null, gradeOf(entry.ref.source)),
    article: entry.ref,
    locator,
  };
}

/** A passage's grades with their words. */
function grades(credibility: CredibilityId | null, reliability: ReliabilityId | null): Pick<ReportEvidence, 'credibility' | 'credibilityLabel' | 'reliability' | 'reliabilityLabel'> {
  return {
    credibility,
    credibilityLabel: credibility === null ? null : credibilityInfo(credibility).label,
    reliability,
    reliabilityLabel: reliability === null ? null : reliabilityInfo(reliability).label,
  };
}

function reportOrigins(view: ClaimOriginView): ReportOrigins {
  return {
    detected: view.detected,
    supporting: view.supportingOrigins,
    singleOrigin: view.singleOrigin,
    groups: view.groups.map((g) => ({
      name: g.name,
      weak: g.weak,
      reliability: g.reliability,
      reliabilityLabel: g.reliability === null ? null : reliabilityInfo(g.reliability).label,
      reasons: g.reasons.map((r) => ({ kind: r.kind, detail: r.detail, strength: r.strength, articles: [...r.articles] })),
      articles: [...new Set(g.passages.map((p) => p.articleId))],
      linkIds: g.passages.map((p) => p.linkId),
      supports: g.passages.filter((p) => p.stance === 'supports').length,
    })),
  };
}

function reportSuggested(s: SuggestedRating): ReportSuggestedRating {
  return { rating: s.rating, label: ratingInfo(s.rating).label, explanation: s.explanation };
}

function reportVerdict(claim: Claim, v: ClaimVerdict): ReportVerdict {
  const info = ratingInfo(v.rating);
  const recorded = v.basis === 'reconciled' ? claim.verdict : null;
  return {
    rating: v.rating,
    label: info.label,
    meaning: info.meaning,
    basis: v.basis,
    basisLabel: VERDICT_BASIS_LABELS[v.basis],
    rationale: v.rationale,
    recordedBy: recorded?.author ?? null,
    decidedAt: recorded?.decidedAt ?? null,
  };
}

function reportRating(r: { rater: string; rating: ReportRating['rating']; rationale: string; updatedAt: string }): ReportRating {
  return { rater: r.rater, rating: r.rating, label: ratingInfo(r.rating).label, rationale: r.rationale, date: r.updatedAt };
}

/** Distinct authors (claims, their links, the linked highlights) and raters of the selected claims. */
function people(claims: readonly Claim[], links: ReadonlyMap<string, EvidenceLink[]>, highlights: ReadonlyMap<string, Highlight>, ratings: ReadonlyMap<string, ReadonlyArray<{ rater: string }>>): { authors: string[]; raters: string[] } {
  const authors = new Set<string>();
  const raters = new Set<string>();
  const add = (set: Set<string>, name: string): void => {
    if (name.trim()) set.add(name.trim());
  };
  for (const c of claims) {
    add(authors, c.author);
    for (const l of links.get(c.id) ?? []) {
      add(authors, l.author);
      add(authors, highlights.get(l.highlightId)?.author ?? '');
    }
    for (const r of ratings.get(c.id) ?? []) add(raters, r.rater);
  }
  const sorted = (set: Set<string>): string[] => [...set].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return { authors: sorted(authors), raters: sorted(raters) };
}

/** The sources appendix: each article cited by the built claims, with its distinct passages, by source then title. */
function citedSources(claims: readonly ReportClaim[], articles: (id: string) => ArticleEntry): ReportSource[] {
  const passages = new Map<string, Set<string>>();
  for (const c of claims) {
    for (const e of c.evidence) {
      const set = passages.get(e.article.id);
      if (set) set.add(e.highlightId);
      else passages.set(e.article.id, new Set([e.highlightId]));
    }
  }
  const sources = [...passages].map(([id, set]): ReportSource => ({ ...articles(id).ref, passages: set.size }));
  // Articles with no known source go last, as a group, rather than first under "".
  return sources.sort((a, b) => Number(a.source === null) - Number(b.source === null) || collator.compare(a.source ?? '', b.source ?? '') || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The articles section: each cited live article (in appendix order) with its quoted passages marked. */
function articleTexts(claims: readonly ReportClaim[], sources: readonly ReportSource[], articles: (id: string) => ArticleEntry): ReportArticleText[] {
  const ranges = new Map<string, Map<string, { start: number; end: number; id: string }>>();
  for (const c of claims) {
    for (const e of c.evidence) {
      if (e.locator.start === null || e.locator.end === null) continue;
      let byHighlight = ranges.get(e.article.id);
      if (!byHighlight) ranges.set(e.article.id, (byHighlight = new Map()));
      byHighlight.set(e.highlightId, { start: e.locator.start, end: e.locator.end, id: e.highlightId });
    }
  }
  const out: ReportArticleText[] = [];
  for (const s of sources) {
    const entry = articles(s.id);
    if (!entry.article || !entry.paragraphs) continue;
    out.push({ id: s.id, title: s.title, source: s.source, paragraphs: markParagraphs(entry.article.text, entry.paragraphs, [...(ranges.get(s.id)?.values() ?? [])]) });
  }
  return out;
}
