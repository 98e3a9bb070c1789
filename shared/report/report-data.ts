/**
 * The shape of a report's data: what `buildReport` produces and every renderer (HTML, Markdown,
 * CSV, JSON) reads. Plain JSON values only (strings, numbers, booleans, null, arrays, objects),
 * so the same value can be sent over the API, written as the JSON export and rendered anywhere.
 * docs/export-formats.md documents each field for readers of the JSON export.
 */
import type { EvidenceSummary } from '../annotations/summary.js';
import type { VerdictBasis } from '../annotations/verdict.js';
import type { Rating, Stance } from '../model.js';
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
