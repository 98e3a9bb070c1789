/**
 * The shape of a report's data: what `buildReport` produces and every renderer (HTML, Markdown,
 * CSV, JSON) reads. Plain JSON values only (strings, numbers, booleans, null, arrays, objects),
 * so the same value can be sent over the API, written as the JSON export and rendered anywhere.
 * docs/export-formats.md documents each field for readers of the JSON export.
 */
import type { EvidenceSummary } from '../annotations/summary.js';
import type { VerdictBasis } from '../annotations/verdict.js';
import type { OriginReasonKind } from '../api-origins.js';
import type { Rating, Stance } from '../model.js';
import type { CredibilityId, ReliabilityId } from '../reliability-scale.js';
import type { ReportOrder, ReportSections } from './options.js';

/**
 * The version of this shape, written into the JSON export as `version`. Raise it when a field
 * is removed, renamed or changes meaning (adding a field does not need a new version).
 */
export const REPORT_DATA_VERSION = 1;

/** A whole report. */
export interface ReportData {
  /** The report's title: the options' title, else the project's name. */
  title: string;
  /** The project's name (also when a title was chosen). */
  projectName: string;
  /** When the report was made (ISO 8601, supplied by the caller so tests are repeatable). */
  generatedAt: string;
  /** Distinct authors of the selected claims, their evidence links and the linked highlights, sorted. */
  authors: string[];
  /** Distinct raters of the selected claims, sorted. */
  raters: string[];
  /** The claim order used. */
  order: ReportOrder;
  /** The sections chosen; renderers print these unless told otherwise. */
  sections: ReportSections;
  /** How many claims the report has and how many this data holds (fewer in a live preview). */
  counts: ReportCounts;
  /** Claims in report order: each top-level claim followed by its sub-claims. */
  claims: ReportClaim[];
  /** The articles cited by the claims held here, sorted by source then title. */
  sources: ReportSource[];
  /** The cited articles' texts with highlights marked; null unless `sections.articles` is on. */
  articles: ReportArticleText[] | null;
}

export interface ReportCounts {
  /** Claims selected for the report (sub-claims included). */
  claims: number;
  /** Claims held in `claims` (fewer than `claims` when `maxClaims` cut the report short). */
  shown: number;
  /** Top-level blocks (a top-level claim with its sub-claims) in the whole report. */
  blocks: number;
  /** Top-level blocks held in `claims`. */
  blocksShown: number;
}

/** One claim with its verdict, ratings and evidence. */
export interface ReportClaim {
  id: string;
  /** "1", "2", … for top-level claims; "1.1", "1.2", … for sub-claims. */
  number: string;
  /** 0 top-level, 1 sub-claim. A sub-claim whose parent is not in the report is printed at depth 0. */
  depth: 0 | 1;
  text: string;
  verdict: ReportVerdict;
  /** Every rater's rating (including 'unrated' entries that carry only a rationale), by rater. */
  ratings: ReportRating[];
  /** Counts of the linked evidence (shared/annotations/summary.ts). */
  summary: EvidenceSummary;
  /** The linked passages: supports, then refutes, then context; within each, heaviest first, then as linked. */
  evidence: ReportEvidence[];
  /** The evidence grouped by independent origin (shared/annotations/origin-evidence.ts). */
  origins: ReportOrigins;
  /** The rating the evidence suggests, labelled as such: never a rater's (shared/annotations/suggested-rating.ts). */
  suggested: ReportSuggestedRating;
}

/** A claim's evidence by independent origin. */
export interface ReportOrigins {
  /** False when the report was made without origin detection: each article is then its own origin. */
  detected: boolean;
  /** Independent origins among the supporting passages. */
  supporting: number;
  /** True when supporting passages from 2+ articles all go back to one origin. */
  singleOrigin: boolean;
  groups: ReportOriginGroup[];
}

/** One origin among a claim's evidence. */
export interface ReportOriginGroup {
  /** The origin's name ("The Wall Street Journal"), or an article's source or title when it stands alone. */
  name: string;
  /** Tied only by matched facts (an unnamed report): a weaker tie. */
  weak: boolean;
  /** The origin's source reliability grade (Admiralty A–F) and its words; null when not graded. */
  reliability: ReliabilityId | null;
  reliabilityLabel: string | null;
  /** Why its articles were put together (empty for an article on its own). */
  reasons: ReportOriginReason[];
  /** The claim's articles in it, and its linked passages (`ReportEvidence.linkId`). */
  articles: string[];
  linkIds: string[];
  /** How many of those passages support the claim. */
  supports: number;
}

/** One reason an origin's articles go together. */
export interface ReportOriginReason {
  kind: OriginReasonKind;
  /** In words, as detected ("according to a report in the Wall Street Journal"). */
  detail: string;
  /** 0–1 (attribution ~0.9, matched facts ≤ 0.5, manual 1). */
  strength: number;
  articles: string[];
}

/** The suggested rating and how it was reached. */
export interface ReportSuggestedRating {
  rating: Rating;
  label: string;
  explanation: string;
}

/** The verdict on a claim (shared/annotations/verdict.ts) with its words. */
export interface ReportVerdict {
  /** Rating id (shared/rating-scale.ts); 'unrated' when there is none. */
  rating: Rating;
  /** The word for the rating ("Strong"). */
  label: string;
  /** What the rating means. */
  meaning: string;
  /** How the verdict was reached, and its words ("all raters agree"). */
  basis: VerdictBasis;
  basisLabel: string;
  /** The rationale that goes with it ('' when none). */
  rationale: string;
  /** Who recorded the reconciled verdict and when; null unless `basis` is 'reconciled'. */
  recordedBy: string | null;
  decidedAt: string | null;
}

/** One rater's rating of a claim. */
export interface ReportRating {
  rater: string;
  rating: Rating;
  label: string;
  rationale: string;
  /** When the rating was last changed (ISO 8601). */
  date: string;
}

/** One passage linked to a claim. */
export interface ReportEvidence {
  linkId: string;
  highlightId: string;
  stance: Stance;
  /** 1 (slight) … 3 (strong), or null when not given. */
  weight: number | null;
  linkNote: string;
  /** The quoted passage: the article's text at the highlight when it still matches, else the stored quote. */
  quote: string;
  highlightLabel: string | null;
  highlightNote: string;
  /** The passage's information credibility (Admiralty 1–6) and its words; null when not graded. */
  credibility: CredibilityId | null;
  credibilityLabel: string | null;
  /** The reliability grade (A–F) of the article's source, and its words; null when not graded. */
  reliability: ReliabilityId | null;
  reliabilityLabel: string | null;
  article: ReportArticleRef;
  locator: ReportLocator;
}

/** The bibliographic data of a cited article. */
export interface ReportArticleRef {
  id: string;
  title: string;
  source: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  /** The article was deleted; its passages keep the stored quote, and author/url are unknown. */
  removed: boolean;
}

/** Where a passage is in its article. */
export interface ReportLocator {
  /** 1-based paragraph, numbered as the reader numbers them; null when the passage cannot be placed (removed article, text changed). */
  paragraph: number | null;
  /** 1-based page when the article knows its page starts; else null. */
  page: number | null;
  /** The passage's range in the article text (UTF-16 code units); null when it cannot be placed. */
  start: number | null;
  end: number | null;
}

/** One cited article in the sources appendix. */
export interface ReportSource extends ReportArticleRef {
  /** Distinct passages of it quoted in the report. */
  passages: number;
}

/** A cited article's text for the articles section. Removed articles have no text and are left out. */
export interface ReportArticleText {
  id: string;
  title: string;
  source: string | null;
  paragraphs: ReportParagraph[];
}

/** One paragraph with the quoted passages in it. */
export interface ReportParagraph {
  /** 1-based, as in the locators. */
  number: number;
  /** Offset of the paragraph in the article text (UTF-16 code units). */
  start: number;
  text: string;
  /**
   * The marked ranges, as offsets into `text` (not the article), sorted and never overlapping:
   * where passages overlap, the range is split and lists every highlight it belongs to. A passage
   * that crosses paragraphs is clipped to each.
   */
  marks: ReportMark[];
}

export interface ReportMark {
  start: number;
  end: number;
  highlightIds: string[];
}
