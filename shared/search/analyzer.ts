/**
 * Turns text into the terms lunr indexes, exactly as `lunr()` would (tokenizer → trimmer →
 * stop-word filter → Porter stemmer), but with token offsets and memoized per distinct word:
 * natural text repeats its words, so the stemmer runs once per word instead of once per token.
 */
import lunr from 'lunr';

/**
 * lunr.tokenizer splits on `/[\s\-]+/` (tested one UTF-16 unit at a time). This is the same
 * set: JS `\s` (ECMAScript WhiteSpace + LineTerminator) and the hyphen-minus.
 */
export function isSeparator(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c === 0x2d) return true;
  if (c < 0xa0) return false;
  return (
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

/**
 * Calls `fn(start, end)` for every raw token of `text` (maximal runs of non-separators), in
 * order. Offsets are into `text` itself, which is not lower-cased (lower-casing can change
 * the length of a string, e.g. "İ").
 */
export function forEachRawToken(text: string, fn: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSeparator(text.charCodeAt(i))) i++;
    fn(start, i);
  }
}

/** Splits `text` into raw tokens (see {@link forEachRawToken}). */
export function rawTokens(text: string): string[] {
  const out: string[] = [];
  forEachRawToken(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}

/** End of the raw token that starts at `start`. */
export function rawTokenEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isSeparator(text.charCodeAt(i))) i++;
  return i;
}

const WORD_CHAR = /^[\p{L}\p{N}]/u;

/**
 * Narrows [start, end) to its first and last letter or digit, so that a mark on `(Huawei),`
 * covers `Huawei`. Unicode-aware (unlike lunr's trimmer), so `café` stays whole. A span
 * without any letter or digit is returned unchanged.
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

/**
 * Runs lunr's index pipeline on tokens, remembering each answer. One instance per thread;
 * it only grows with the vocabulary (tens of thousands of entries for a large corpus).
 */
export class TokenAnalyzer {
  private readonly byRaw = new Map<string, Analysis>();
  private readonly byLower = new Map<string, Analysis>();

  /** Analyzes a raw token as it appears in text (any case, with surrounding punctuation). */
  analyze(raw: string): Analysis {
    let a = this.byRaw.get(raw);
    if (a === undefined) {
      a = this.analyzeLower(raw.toLowerCase());
      this.byRaw.set(raw, a);
    }
    return a;
  }

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
