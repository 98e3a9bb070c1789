/**
 * Turns text into the terms lunr indexes, in every language, with token offsets, memoized
 * per distinct word (natural text repeats its words, so each word is analyzed once):
 *
 * 1. Tokens: runs between whitespace and dashes, as lunr.tokenizer splits, without a leading
 *    French or Italian elision (l’, d’, qu’); a run holding a script written without spaces
 *    (Chinese, Japanese, Thai…) is split into words by Intl.Segmenter (segment.ts).
 * 2. Trimming: punctuation is removed from both ends of a token; letters, digits and
 *    combining marks of every script stay (lunr's trimmer keeps only ASCII `\w`).
 * 3. Folding (fold.ts): lower case, accents, ß → ss…, so `Élysée` = `elysee`.
 * 4. Stop words (English) and lunr's Porter stemmer, for Latin-script words only. A token
 *    that is all ASCII takes exactly lunr's own path (trimmer, stop-word filter, stemmer),
 *    so English text is indexed as `lunr()` indexes it, at the same speed.
 */
import lunr from 'lunr';
import { foldWord, isLatinWord } from './fold.js';
import { forEachSegment, needsSegmenting, rangeNeedsSegmenting } from './segment.js';

/**
 * Version of the analysis. It is part of the index cache's key and header
 * (electron/index/shard-cache.ts): bump it whenever what a text analyzes into changes, so
 * that an index built by an older analysis is rebuilt rather than loaded.
 * 1: lunr's own pipeline. 2: every script (segmentation, Unicode trimming, folding).
 * 3: per-article language (language-analyzer.ts: stop words and stemmers of other languages,
 * language detection with tinyld 1.3 — bump again when the detector changes).
 */
export const ANALYSIS_VERSION = 3;

/**
 * Token separators. lunr.tokenizer splits on `/[\s\-]+/` (tested one UTF-16 unit at a time):
 * JS `\s` (ECMAScript WhiteSpace + LineTerminator) and the hyphen-minus. Other dashes
 * (U+2010–U+2015: hyphen, non-breaking hyphen, en and em dash…; small and full-width
 * hyphen-minus) separate words too, as the hyphen-minus does.
 */
export function isSeparator(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c === 0x2d) return true;
  if (c < 0xa0) return false;
  return (
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0xfe63 ||
    c === 0xff0d ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** French and Italian elided articles and pronouns (l’, d’, qu’, dell’…), lower case. */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'dell', 'nell', 'all', 'dall', 'sull', 'un']);

/**
 * Where the word of the run text[start, end) begins once an elision is skipped: `l’Élysée`
 * is the word `Élysée` (so it is found, and marked, as written), as in Lucene's elision
 * filter. Only an apostrophe 1–4 letters into the run, followed by a letter, is looked at.
 */
export function skipElision(text: string, start: number, end: number): number {
  const limit = Math.min(end - 1, start + 5);
  for (let i = start + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) {
      if (!ELISIONS.has(text.slice(start, i).toLowerCase()) || !WORD_START.test(text.charAt(i + 1))) return start;
      return i + 1;
    }
    // Past the first non-letter, this is not an elision.
    if (!((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return start;
  }
  return start;
}
const WORD_START = /\p{L}/u;

/**
 * Calls `fn(start, end)` for every raw token of `text`, in order: maximal runs of
 * non-separators, and within a run holding a script without spaces, each word found by
 * Intl.Segmenter. Offsets are into `text` itself, which is never lower-cased or normalized
 * (that can change the length of a string, e.g. "İ"), so marks land exactly.
 */
export function forEachRawToken(text: string, fn: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let segment = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isSeparator(c)) break;
      if (c >= 0x0e00 && !segment) segment = needsSegmenting(c);
    }
    const from = skipElision(text, start, i);
    if (segment) forEachSegment(text, from, i, fn);
    else fn(from, i);
  }
}

/** Splits `text` into raw tokens (see {@link forEachRawToken}). */
export function rawTokens(text: string): string[] {
  const out: string[] = [];
  forEachRawToken(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}

/** End of the whitespace-separated run that starts at `start` (before any segmentation). */
export function rawTokenEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isSeparator(text.charCodeAt(i))) i++;
  return i;
}

/** The last run segmented by {@link tokenEnd}: its words' ends by start (marks come in order). */
let lastRun: { text: string; start: number; end: number; ends: Map<number, number> } | null = null;

/**
 * End of the token (as {@link forEachRawToken} gives it) that starts at `start`. The index
 * keeps only token starts; this finds the end again, segmenting the run around `start` when
 * it holds a script without spaces (the last such run is remembered: a document's marks
 * often fall in the same long run of Chinese text).
 */
export function tokenEnd(text: string, start: number): number {
  const end = rawTokenEnd(text, start);
  let runStart = start;
  while (runStart > 0 && !isSeparator(text.charCodeAt(runStart - 1))) runStart--;
  runStart = skipElision(text, runStart, end);
  if (!rangeNeedsSegmenting(text, runStart, end)) return end;
  if (!lastRun || lastRun.text !== text || lastRun.start !== runStart || lastRun.end !== end) {
    const ends = new Map<number, number>();
    forEachSegment(text, runStart, end, (s, e) => ends.set(s, e));
    lastRun = { text, start: runStart, end, ends };
  }
  return lastRun.ends.get(start) ?? end;
}

/**
 * The token starting at `start`, without the punctuation around it or an elision before it
 * (the index keeps `l’Élysée` whole): what a mark covers.
 */
export function tokenRange(text: string, start: number): [number, number] {
  const end = tokenEnd(text, start);
  return trimToWord(text, skipElision(text, start, end), end);
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]/u;

/**
 * Narrows [start, end) to its first and last letter, digit or combining mark, so that a
 * mark on `(Huawei),` covers `Huawei` and one on «Zoë» (with a decomposed ë) keeps its
 * diaeresis. Unicode-aware like the analyzer's trimmer. A span without any letter or digit
 * is returned unchanged.
 */
export function trimToWord(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s < end) {
    const cp = text.codePointAt(s) ?? 0;
    if (WORD_CHAR.test(String.fromCodePoint(cp))) break;
    s += cp > 0xffff ? 2 : 1;
  }
  if (s >= end) return [start, end];
  let e = end;
  while (e > s) {
    const low = text.charCodeAt(e - 1);
    const w = low >= 0xdc00 && low <= 0xdfff && e - 2 >= s ? 2 : 1;
    if (WORD_CHAR.test(text.slice(e - w, e))) break;
    e -= w;
  }
  return [s, e];
}

/** What the pipeline makes of one token. */
export type Analysis =
  /** Nothing left after trimming punctuation: not a word. */
  | { kind: 'empty' }
  /** A stop word: lunr does not index it, but phrases still need it in place. */
  | { kind: 'stop'; word: string }
  /** An indexed term (stemmed). */
  | { kind: 'term'; term: string };

const EMPTY: Analysis = { kind: 'empty' };

/**
 * lunr 2.3.9's English stop words (`lunr.stopWordFilter` keeps its list private). A test
 * checks this copy against lunr's source; a word's index here is its small stable id.
 */
export const STOP_WORDS: readonly string[] = (
  'a able about across after all almost also am among an and any are as at be because been but by can ' +
  'cannot could dear did do does either else ever every for from get got had has have he her hers him his ' +
  'how however i if in into is it its just least let like likely may me might most must my neither no nor ' +
  'not of off often on only or other our own rather said say says she should since so some than that the ' +
  'their them then there these they this tis to too twas us wants was we were what when where which while ' +
  'who whom why will with would yet you your'
).split(' ');

/** Stop word → its index in {@link STOP_WORDS}. */
export const STOP_WORD_IDS: ReadonlyMap<string, number> = new Map(STOP_WORDS.map((w, i) => [w, i]));

const ASCII_ONLY = /^\p{ASCII}*$/u;
/** Everything but letters, digits, combining marks and `_` (lunr's trimmer keeps `\w`), at either end. */
const UNICODE_TRIM = /^[^\p{L}\p{N}\p{M}_]+|[^\p{L}\p{N}\p{M}_]+$/gu;

/** `word` without the punctuation at its ends (letters, digits and marks of every script stay). */
export function trimPunctuation(word: string): string {
  return word.replace(UNICODE_TRIM, '');
}

/**
 * Analyzes tokens for the index and for queries alike, remembering each answer. One
 * instance per thread; it only grows with the vocabulary (tens of thousands of entries for
 * a large corpus).
 */
export class TokenAnalyzer {
  private readonly byRaw = new Map<string, Analysis>();
  private readonly byLower = new Map<string, Analysis>();
  private readonly byFolded = new Map<string, Analysis>();

  /** Analyzes a raw token as it appears in text (any case, with surrounding punctuation). */
  analyze(raw: string): Analysis {
    let a = this.byRaw.get(raw);
    if (a === undefined) {
      // The index's tokenizer leaves elisions in (l’Élysée): dropped here, once per distinct token.
      const word = raw.slice(skipElision(raw, 0, raw.length));
      // ASCII, the common case, is exactly lunr's pipeline (and as fast).
      a = ASCII_ONLY.test(word) ? this.analyzeLower(word.toLowerCase()) : this.analyzeUnicode(word);
      this.byRaw.set(raw, a);
    }
    return a;
  }

  private analyzeUnicode(raw: string): Analysis {
    const trimmed = raw.replace(UNICODE_TRIM, '');
    if (trimmed === '') return EMPTY;
    // `’tis`, `(Huawei)»`: ASCII once trimmed, so an English word like any other.
    if (ASCII_ONLY.test(trimmed)) return this.analyzeLower(trimmed.toLowerCase());
    const folded = foldWord(trimmed);
    let a = this.byFolded.get(folded);
    if (a !== undefined) return a;
    // Never a stop word: the list is English, and a word written with letters beyond ASCII
    // (à, für, и, في) is not English even when its folded form is on the list.
    if (isLatinWord(folded)) {
      const stemmed = lunr.stemmer(new lunr.Token(folded, {}));
      const term = stemmed ? stemmed.toString() : '';
      a = term === '' ? EMPTY : { kind: 'term', term };
    } else {
      a = { kind: 'term', term: folded };
    }
    this.byFolded.set(folded, a);
    return a;
  }

  /** lunr's own index pipeline on a lower-cased ASCII token. */
  private analyzeLower(lower: string): Analysis {
    let a = this.byLower.get(lower);
    if (a !== undefined) return a;
    const token = new lunr.Token(lower, {});
    lunr.trimmer(token);
    const trimmed = token.toString();
    if (trimmed === '') a = EMPTY;
    else if (!lunr.stopWordFilter(token)) a = { kind: 'stop', word: trimmed };
    else {
      const stemmed = lunr.stemmer(token);
      const term = stemmed ? stemmed.toString() : '';
      a = term === '' ? EMPTY : { kind: 'term', term };
    }
    this.byLower.set(lower, a);
    return a;
  }
}

/** Punctuation around a wildcard pattern (`*` kept: it is the wildcard). */
const WILDCARD_TRIM = /^[^\p{L}\p{N}\p{M}_*]+|[^\p{L}\p{N}\p{M}_*]+$/gu;

/**
 * A wildcard query word (`Élys*`, `обору*`) as a pattern over indexed terms: punctuation
 * trimmed from its ends and each part folded like indexed words, so it meets terms in the
 * same form. For query compilers (article and annotation search); `/[^\w*]/`-style trimming
 * would strip every letter beyond ASCII.
 */
export function wildcardPattern(word: string): string {
  return word
    .replace(WILDCARD_TRIM, '')
    .split('*')
    .map((part) => foldWord(part))
    .join('*');
}
