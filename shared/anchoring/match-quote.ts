/**
 * Finding a quote in a text that may have changed since the quote was taken, and scoring how
 * well each place fits (after the Hypothesis client's `match-quote.ts`, with the same weights).
 * Unlike Hypothesis, a best match is not automatically taken: a match must also pass
 * {@link isAcceptable}, because for a fact-checker a highlight silently moved to other words is
 * worse than one shown as orphaned.
 */
import search from 'approx-string-match';
import { isInsideWord, trimWhitespace, widenToClusters, widenToWords } from './boundaries.js';

/** The quote being looked for, with the context it had when it was taken. */
export interface QuotePattern {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A place in the text where the quote may be: `text.slice(start, end)`, `errors` edits away. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A candidate with its similarity scores, each between 0 and 1. */
export interface ScoredMatch extends Candidate {
  /** 1 − errors / quote length. */
  quoteScore: number;
  /** How well the text before the match agrees with the stored prefix (1 when none stored). */
  prefixScore: number;
  /** How well the text after the match agrees with the stored suffix (1 when none stored). */
  suffixScore: number;
  /** Mean of prefix and suffix scores over the sides that have stored context. */
  contextScore: number;
  /** Weighted sum of the scores, normalized to 0..1: what candidates are ranked by. */
  score: number;
}

/**
 * Ranking weights, as in Hypothesis' `matchQuote`: the quote counts most, each side of the
 * context less, and nearness to the old position only breaks ties between equal candidates.
 */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/**
 * Limits that decide which matches are trusted. Calibrated on the Brown corpus (random
 * passages of one text searched for in others); the figures are in README.md.
 */
export const THRESHOLDS = {
  /**
   * At most a quarter of the quote's characters may have changed. A quote of 40+ characters
   * matched against unrelated text of 120,000 characters never scored above 0.65; a light
   * copy-edit of the same sentence ("the council" → "councillors") scores 0.9.
   */
  minQuoteSimilarity: 0.75,
  /**
   * A quote that cannot stand on its own (below) needs its surroundings to agree: the mean of
   * prefix and suffix similarity must reach this. Unrelated contexts score 0.28 (median) to
   * 0.42 (max of 4,000 pairs); one side intact and the other rewritten gives 0.5 or more.
   */
  minContextSimilarity: 0.5,
  /**
   * Shortest quote (code units) trusted without its context agreeing. Shorter quotes recur:
   * "12%", "the mayor", or a stock sentence like "The proposal was deferred to the May
   * meeting." (45) in two agenda items; and random 32-character passages reach 0.84 fuzzy
   * similarity somewhere in a long text, while 64-character ones stay ≤ 0.65. 64 is the
   * quote-plus-context evidence a short quote has when both of its 32-character sides agree.
   */
  minLengthWithoutContext: 64,
  /** Most candidates scored per search (the ones nearest the old position), bounding the work. */
  maxCandidates: 1000,
  /** Largest edit distance searched for (bounds the cost: O(errors / 32 × text length)). */
  maxSearchErrors: 256,
} as const;

/**
 * Similarity of `actual` text to an `expected` string, 0..1: 1 − (edits needed to find
 * `expected` in `actual`) / `expected.length`. An empty `expected` carries no information: 1.
 */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  if (actual.length === 0) return 0;
  const best = search(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** Scores a candidate for `pattern`; `hint` is where the quote was expected to start. */
export function scoreMatch(text: string, pattern: QuotePattern, c: Candidate, hint?: number): ScoredMatch {
  const { exact, prefix, suffix } = pattern;
  const quoteScore = Math.max(0, 1 - c.errors / exact.length);
  const prefixScore = similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix);
  const suffixScore = similarity(text.slice(c.end, c.end + suffix.length), suffix);
  const sides = (prefix ? 1 : 0) + (suffix ? 1 : 0);
  const contextScore =
    sides === 0 ? 1 : ((prefix ? prefixScore : 0) + (suffix ? suffixScore : 0)) / sides;
  const posScore =
    hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(c.start - hint) / text.length;
  const raw =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * posScore;
  const max = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  return { ...c, quoteScore, prefixScore, suffixScore, contextScore, score: raw / max };
}

/** The digit runs of a text, e.g. "rose 12% in 2019" → "12 2019". */
function numbers(s: string): string {
  return s.replace(/\P{Nd}+/gu, ' ').trim();
}

/**
 * Whether a scored match may stand in for the quote:
 * - the quote itself is similar enough ({@link THRESHOLDS}.minQuoteSimilarity);
 * - an inexact match keeps every number of the quote: "rose 12% in 2019" never anchors to
 *   "rose 15% in 2020", because numbers are what a fact-checker is checking;
 * - a quote too short to stand on its own also needs its context to agree
 *   ({@link THRESHOLDS}.minContextSimilarity).
 */
export function isAcceptable(text: string, pattern: QuotePattern, m: ScoredMatch): boolean {
  if (m.quoteScore < THRESHOLDS.minQuoteSimilarity) return false;
  if (m.errors > 0 && numbers(text.slice(m.start, m.end)) !== numbers(pattern.exact)) return false;
  return (
    pattern.exact.length >= THRESHOLDS.minLengthWithoutContext ||
    m.contextScore >= THRESHOLDS.minContextSimilarity
  );
}

/** Keeps the `maxCandidates` candidates nearest `hint` (the first ones without a hint). */
function nearest<T extends { start: number }>(items: T[], hint?: number): T[] {
  if (items.length <= THRESHOLDS.maxCandidates) return items;
  const distance = (c: T): number => (hint === undefined ? c.start : Math.abs(c.start - hint));
  return [...items]
    .sort((a, b) => distance(a) - distance(b) || a.start - b.start)
    .slice(0, THRESHOLDS.maxCandidates);
}

/** Every occurrence of `exact` in `text` (overlapping ones too), nearest `hint` first if capped. */
export function exactCandidates(text: string, exact: string, hint?: number): Candidate[] {
  const found: Candidate[] = [];
  if (exact.length === 0) return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return nearest(found, hint);
}

function errorBudget(pattern: string): number {
  return Math.min(THRESHOLDS.maxSearchErrors, pattern.length / 2);
}

/**
 * Approximate matches of the quote, from two searches (approx-string-match, Myers' algorithm):
 * 1. the quote alone over the whole text. That search only reports the matches with the fewest
 *    errors, so an edited passage loses to any closer look-alike elsewhere; hence also
 * 2. prefix + quote + suffix over the whole text, then the quote within each such region: the
 *    context pins down the edited passage itself.
 * Set `searchQuoteAlone` false when the quote occurs exactly (search 1 would only return those).
 * Candidates are trimmed of surrounding white space and widened to whole characters, and to
 * whole words at the ends where the quote itself began or ended on a word boundary.
 */
export function fuzzyCandidates(
  text: string,
  pattern: QuotePattern,
  hint: number | undefined,
  searchQuoteAlone: boolean,
): Candidate[] {
  const { exact, prefix, suffix } = pattern;
  const raw: Candidate[] = [];
  if (exact.length === 0 || text.length === 0) return raw;
  const quoteBudget = errorBudget(exact);
  if (searchQuoteAlone) raw.push(...nearest(search(text, exact, quoteBudget), hint));
  if (prefix || suffix) {
    const whole = prefix + exact + suffix;
    for (const region of nearest(search(text, whole, errorBudget(whole)), hint)) {
      for (const m of search(text.slice(region.start, region.end), exact, quoteBudget)) {
        raw.push({ start: region.start + m.start, end: region.start + m.end, errors: m.errors });
      }
    }
  }
  const wholeWords = {
    start: !isInsideWord(prefix + exact, prefix.length),
    end: !isInsideWord(exact + suffix, exact.length),
  };
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of raw) {
    const [s0, e0] = trimWhitespace(text, c.start, c.end);
    if (s0 === e0) continue;
    const [s1, e1] = widenToWords(text, s0, e0, wholeWords);
    const [start, end] = widenToClusters(text, s1, e1);
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start, end, errors: c.errors });
  }
  return out;
}

/**
 * The best-scoring acceptable candidate, or null. Ties go to the earlier one, so the result
 * never depends on the order the candidates were found in.
 */
export function bestMatch(
  text: string,
  pattern: QuotePattern,
  candidates: readonly Candidate[],
  hint?: number,
): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  for (const c of candidates) {
    const m = scoreMatch(text, pattern, c, hint);
    if (!isAcceptable(text, pattern, m)) continue;
    if (!best || m.score > best.score || (m.score === best.score && m.start < best.start)) best = m;
  }
  return best;
}
