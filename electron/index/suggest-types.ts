/**
 * What a search shard is asked for suggested evidence and what it answers (protocol.ts
 * `suggestPassages`), and the ranking's tunable numbers. Plain data: it crosses the worker
 * boundary.
 */
import type { WeightedTerm } from './suggest-terms.js';

export type { WeightedTerm } from './suggest-terms.js';

/** A range of an article not to suggest again (dismissed, or already linked to the claim). */
export interface ExcludedRange {
  articleId: string;
  start: number;
  end: number;
}

/** The ranking's tunable numbers (bench/devsets/claims-*.ts measured them; see docs/benchmark.md). */
export interface SuggestParams {
  /** Articles re-scored on their streams per shard. */
  candidates: number;
  /** BM25 saturation and length normalization of the article score. */
  k1: number;
  b: number;
  /** A title word counts this many times a body word. */
  titleWeight: number;
  /** Weight of the claim's words standing near each other in the text (suggest-engine.ts, proximity). */
  proximityWeight: number;
  /** Weight of the best passage's score in the article's score. */
  passageWeight: number;
  /** Saturation of a word repeated inside one passage. */
  passageK1: number;
  /** Longest passage, in sentences. */
  maxSentences: number;
  /** Score discount per extra sentence in a window (a tighter passage wins ties). */
  windowPenalty: number;
}

export const DEFAULT_SUGGEST_PARAMS: SuggestParams = {
  candidates: 100,
  k1: 1.2,
  b: 0.75,
  titleWeight: 1,
  proximityWeight: 0,
  // Measured: ranking by the best passage cost a little on every set of abstracts (docs/benchmark.md).
  passageWeight: 0,
  passageK1: 1.2,
  maxSentences: 3,
  windowPenalty: 0.25,
};

/** What a shard is asked (protocol.ts `suggestPassages`). */
export interface ShardSuggestArgs {
  /**
   * The claim's weighted terms; or, with `text`, none: the shard analyses the claim itself,
   * word by word, in every language of the corpus (query-terms.ts), and answers the terms.
   */
  terms: WeightedTerm[];
  /** The claim as typed (first round). */
  text?: string;
  /**
   * The claim's own terms, when `terms` adds feedback words: passages are picked by the
   * claim's words only, so feedback can rank an article higher but never move its passage
   * away from what the claim says.
   */
  passageTerms?: string[];
  /** Hits to answer (best first). */
  limit: number;
  /** Term counts of this many best articles, for feedback (0: none). */
  feedbackDocs: number;
  exclude: ExcludedRange[];
  /** Articles never suggested (a highlight's own, for parallels). */
  excludeArticles: string[];
  /**
   * Only passages holding at least this share of the claim's words (weighted by rarity):
   * for parallels, where "4 other articles say this" must not count every article that
   * shares one word with the highlight. 0 (the default): ranked, never cut.
   */
  minCoverage?: number;
  params?: Partial<SuggestParams>;
}

/** One shard's suggestion: an article and its best passage. */
export interface ShardSuggestHit {
  ord: number;
  articleId: string;
  score: number;
  start: number;
  end: number;
}

/** An article's words for pseudo-relevance feedback: its most frequent terms and its length. */
export interface FeedbackDoc {
  score: number;
  length: number;
  terms: string[];
  counts: number[];
}

export interface ShardSuggestResult {
  hits: ShardSuggestHit[];
  feedback: FeedbackDoc[];
  /** The terms ranked with (the claim's analysis when `text` was given). */
  terms: WeightedTerm[];
  /** CPU time the shard spent, in ms (diagnostics, set by the worker). */
  cpuMs?: number;
}
