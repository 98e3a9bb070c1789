/**
 * The text units origin detection works on: words with their offsets, sentences, and
 * quotations (who is being quoted decides whether shared words are reuse). Platform-free.
 */

/** A word of an article: its offsets in the text and its comparison key. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased, apostrophes folded, a plural `s` dropped: light rewording ("officials" / "official") still matches. */
  key: string;
  /** True when the word starts with a capital letter as written. */
  capital: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The comparison key of a word: lower case, curly apostrophes folded, possessive and plural endings dropped. */
export function wordKey(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  // A plural `s` is the commonest light rewording; `ss` (business) and short words (us, is) stay.
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** Every word of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const first = m[0].charAt(0);
    out.push({ start: m.index, end: m.index + m[0].length, key: wordKey(m[0]), capital: first !== first.toLowerCase() });
  }
  return out;
}

/** `[start, end)` of a sentence (or a headline line) in the text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sentences: split at `.`, `!`, `?` followed by a space and a capital, a quote or a digit, and
 * at line breaks (headlines, list items). Abbreviations such as "U.S." and "Co." rarely end
 * a sentence before a capital here, so a rare wrong split only shortens a reason's sentence.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let start = 0;
  const boundary = /([.!?][”"’')\]]*)\s+(?=[\p{Lu}“"‘'(\d])|\n+/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m[1] !== undefined ? m.index + m[1].length : m.index;
    // "Mr. Smith", "U.S. officials": a one-letter or title-like word before the dot is not an end.
    if (m[1] !== undefined && /(?:\b[\p{Lu}]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bCo|\bInc|\bLtd|\bJr|\bSen|\bRep|\bGov|\bGen|\bNo)\.$/u.test(text.slice(Math.max(0, end - 5), end))) continue;
    push(start, end);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** A quotation: the quoted words' span (without the marks) and the sentence it stands in. */
export interface Quotation extends Span {
  sentence: Span;
}

/**
 * Quotations in double quotation marks (“…” or "…"). A quotation left open at a paragraph's end
 * continues into the next paragraph only when that one opens with a quotation mark (the
 * newspaper convention), so one stray mark never swallows the article.
 */
export function quotations(text: string, sents: readonly Span[] = sentences(text)): Quotation[] {
  const out: Quotation[] = [];
  const marks = /[“”"]/g;
  let open = -1;
  for (const m of text.matchAll(marks)) {
    const ch = m[0];
    if (open < 0) {
      if (ch !== '”') open = m.index + 1;
      continue;
    }
    // A straight or closing mark closes; an opening curly mark inside means the last was never closed.
    if (ch === '“') {
      open = m.index + 1;
      continue;
    }
    const gap = text.slice(open, m.index);
    if (/\n\s*\n/.test(gap) && !/\n\s*\n\s*$/.test(gap)) {
      // Crossed a paragraph break without the next paragraph reopening: not one quotation.
      open = ch === '"' ? m.index + 1 : -1;
      continue;
    }
    out.push({ start: open, end: m.index, sentence: sentenceAt(sents, open) });
    open = -1;
  }
  return out;
}

/** The sentence containing `offset` (a zero-length span at it when none does). */
export function sentenceAt(sents: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sents[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: offset, end: offset };
}

/** True when `offset` lies inside one of the (sorted) spans. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Words that carry no fact on their own (for matched facts and candidate shingles). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of in on at to for from by with about as into over after before under between through during without ' +
    'is are wa were be been being ha have had do doe did will would shall should can could may might must it it\'s its this that these those ' +
    'he she they we you i him her them us me my our your their his hers what which who whom whose when where why how not no nor so than too very ' +
    'also just more most other some such only own same then there here all any both each few many much one two up down out off again further once ' +
    'said say says told according report reported new year week day time like get got make made already still even now yet well being while since until'
  ).split(' '),
);
