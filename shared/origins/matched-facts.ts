/**
 * Matched facts: an article that repeats an unnamed report ("reports are claiming", "the report
 * says") is tied to a named origin when it reports the same specific facts — names, numbers,
 * dates, distinctive word pairs — as that origin's articles, within a window of days. Weaker
 * than attribution or shared text (the seeds' 000 names no source but retells the WSJ's facts),
 * and only ever applied to articles that say they repeat a report: an article written from its
 * own sources stays on its own however many facts it shares.
 */
import { sentences, STOPWORDS, tokenize, type Span } from './text.js';

/** The specific facts of one article, each with the first sentence that states it. */
export interface FactSet {
  facts: Map<string, Span>;
  /** Each fact as first written ("Germany", "financial aid"). */
  labels: Map<string, string>;
}

/** Facts needed in common with a named cluster before an unnamed report is tied to it. */
export const MIN_SHARED_FACTS = 6;
/** Of which names or numbers (word pairs alone are too loose). */
const MIN_SHARED_NAMES = 2;
/** Days apart two reports may be and still retell one report. */
export const FACT_WINDOW_DAYS = 7;

/** Sentence-initial words that are capitalised only by position. */
const isName = (raw: string) => /^[\p{Lu}\d]/u.test(raw);

/**
 * The article's facts: capitalised names not at a sentence's start (and multi-word names
 * anywhere), numbers, and pairs of adjacent content words ("financial aid", "military bases").
 */
export function extractFacts(text: string): FactSet {
  const facts = new Map<string, Span>();
  const labels = new Map<string, string>();
  const add = (key: string, s: Span, from: number, to: number) => {
    if (facts.has(key)) return;
    facts.set(key, s);
    labels.set(key, text.slice(s.start + from, s.start + to));
  };
  for (const s of sentences(text)) {
    const toks = tokenize(text.slice(s.start, s.end));
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const raw = text.slice(s.start + t.start, s.start + t.end);
      if (/\d/.test(raw)) {
        add(`#${t.key}`, s, t.start, t.end);
        continue;
      }
      if (isName(raw) && !STOPWORDS.has(t.key)) {
        // A run of capitalised words is one name; a lone capital at the sentence start is not a name.
        let j = i;
        const joined = (k: number) => /^[ \t]+$/.test(text.slice(s.start + toks[k]!.end, s.start + toks[k + 1]!.start));
        // "Germany, Italy and Japan" are three names: a run stops at punctuation.
        while (j + 1 < toks.length && joined(j) && isName(text.slice(s.start + toks[j + 1]!.start, s.start + toks[j + 1]!.end)) && !STOPWORDS.has(toks[j + 1]!.key)) j++;
        if (i > 0 || j > i) add(`@${toks.slice(i, j + 1).map((x) => x.key).join(' ')}`, s, t.start, toks[j]!.end);
        i = j;
        continue;
      }
      const next = toks[i + 1];
      if (next && !t.capital && !next.capital && t.key.length > 2 && next.key.length > 2 && !STOPWORDS.has(t.key) && !STOPWORDS.has(next.key)) add(`${t.key} ${next.key}`, s, t.start, next.end);
    }
  }
  return { facts, labels };
}

/** Whole days between two ISO dates, or null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** A tie of an unnamed report to a named cluster by the facts they share. */
export interface FactMatch {
  shared: string[];
  /** Sentences of the unnamed report stating the shared facts. */
  spans: Span[];
  strength: number;
}

/**
 * Compares an unnamed report's facts with each article of a named cluster, ignoring facts
 * common to most of the corpus (`common`), and answers the best-matching article's tie. One
 * article must share the facts: the union of a large cluster's facts would match anything.
 * Null when too few are shared or the dates are too far apart.
 */
export function matchFacts(report: FactSet, cluster: readonly FactSet[], options: { common: ReadonlySet<string>; reportDate: string | null; clusterDates: readonly (string | null)[] }): FactMatch | null {
  let best: string[] = [];
  cluster.forEach((member, k) => {
    const apart = daysApart(options.reportDate, options.clusterDates[k] ?? null);
    if (apart !== null && apart > FACT_WINDOW_DAYS) return;
    const shared: string[] = [];
    for (const key of report.facts.keys()) if (!options.common.has(key) && member.facts.has(key)) shared.push(key);
    if (shared.length > best.length) best = shared;
  });
  const isNameKey = (k: string) => k.startsWith('@') || k.startsWith('#');
  // Names and numbers first: they are what a reader recognises as the same facts.
  const shared = best.sort((x, y) => Number(isNameKey(y)) - Number(isNameKey(x)));
  const names = shared.filter(isNameKey).length;
  if (shared.length < MIN_SHARED_FACTS || names < MIN_SHARED_NAMES) return null;
  const spans: Span[] = [];
  for (const key of shared) {
    const s = report.facts.get(key)!;
    if (!spans.some((x) => x.start === s.start)) spans.push(s);
  }
  spans.sort((x, y) => x.start - y.start);
  // Matched facts never reach the strength of a named attribution or copied text.
  return { shared, spans: spans.slice(0, 6), strength: Math.min(0.5, 0.2 + 0.02 * shared.length) };
}

/** Facts in more than half of a corpus of 20 or more articles say nothing specific. */
export function commonFacts(sets: readonly FactSet[]): Set<string> {
  const out = new Set<string>();
  if (sets.length < 20) return out;
  const df = new Map<string, number>();
  for (const s of sets) for (const k of s.facts.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  for (const [k, n] of df) if (n > sets.length / 2) out.add(k);
  return out;
}

/** A fact as the article wrote it ("Germany", "financial aid"). */
export function factLabel(set: FactSet, key: string): string {
  return set.labels.get(key) ?? key.replace(/^[@#]/, '');
}
