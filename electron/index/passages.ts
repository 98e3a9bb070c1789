/**
 * Sentences of an article's text, for suggested evidence (suggest-engine.ts): the units a
 * suggested passage is made of (windows of one to three sentences). Offsets are UTF-16 offsets
 * into the text as written, exactly what `highlights.create` takes.
 */

/** A sentence as `[start, end)` offsets, without the whitespace around it. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The longest passage unit, in characters. Text without sentence punctuation (a table, a
 * PDF's run of headings) would otherwise be one "sentence" of pages: such runs are cut at
 * whitespace into pieces of about this size, so a suggestion stays readable.
 */
export const MAX_SENTENCE_CHARS = 400;

/**
 * Words that end with a full stop without ending a sentence ("Dr. Anand", "e.g. this"),
 * lower case, without the stop. A single letter ("J. Smith", "U.S.") never ends one either.
 */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'al', 'fig', 'no', 'vol', 'inc', 'ltd', 'co', 'corp', 'gen', 'gov', 'rep', 'sen', 'rev', 'approx', 'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Sentence-ending punctuation: . ! ? … and the CJK full stops. */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e;
}

/** Closing quotes and brackets that stay with the sentence they end. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x201d || c === 0xbb || c === 0x300d || c === 0xff09;
}

/** True when a full stop at `dot` follows an abbreviation or a single letter, not a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && !isSpace(text.charCodeAt(k - 1)) && dot - k < 12) k--;
  const word = text.slice(k, dot).replace(/^[("'“‘[]+/, '').toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word) || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

/** Pushes `[start, end)` trimmed of whitespace, cut into pieces of at most ~MAX_SENTENCE_CHARS at whitespace. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    // Back up to whitespace so no word is cut in two (a long unbroken run is cut where it is).
    let k = cut;
    while (k > start + MAX_SENTENCE_CHARS / 2 && !isSpace(text.charCodeAt(k))) k--;
    if (k > start + MAX_SENTENCE_CHARS / 2) cut = k;
    // Never split a surrogate pair.
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    pushTrimmed(text, start, cut, out);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end });
}

/**
 * The sentences of `text`, in order, trimmed; empty stretches are left out. A sentence ends
 * at a line break, or after . ! ? … (and closing quotes or brackets) followed by whitespace —
 * not after an abbreviation or an initial — and after a CJK full stop. Hand-written rather
 * than Intl.Segmenter: this runs on every suggestion's candidate articles, and ICU's
 * iterator was most of a suggestion's time on a large corpus.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) {
      pushTrimmed(text, start, i, out);
      start = i + 1;
      continue;
    }
    if (!isTerminal(c)) continue;
    let end = i + 1;
    while (end < n && (isTerminal(text.charCodeAt(end)) || isCloser(text.charCodeAt(end)))) end++;
    const cjk = c >= 0x3000;
    if (!cjk && (end >= n || !isSpace(text.charCodeAt(end)))) continue;
    if (c === 0x2e && end === i + 1 && abbreviationBefore(text, i)) continue;
    pushTrimmed(text, start, end, out);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, n, out);
  return out;
}

/**
 * Keeps the sentences of recently ranked articles, so that one claim's two rounds (and the
 * next claim's) do not segment the same articles again. Bounded: only the latest `size`.
 */
export class SentenceCache {
  private readonly map = new Map<number, Span[]>();
  private readonly size: number;

  constructor(size = 512) {
    this.size = size;
  }

  /** The sentences of document `ord`, whose text is `text`. */
  get(ord: number, text: string): Span[] {
    let s = this.map.get(ord);
    if (s) {
      // Most recently used last.
      this.map.delete(ord);
      this.map.set(ord, s);
      return s;
    }
    s = splitSentences(text);
    this.map.set(ord, s);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as number);
    return s;
  }
}
