/**
 * Snippets and hit ranges. Everything here is plain text plus [start, end) offsets: the UI
 * renders marks itself, so no markup is ever built from (untrusted) article text.
 */
import type { TextRange, Snippet } from '../api.js';

/** Sorts ranges and merges those that overlap (a word inside a marked phrase joins the phrase). */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: TextRange[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s < last[1]) {
      if (e > last[1]) last[1] = e;
    } else {
      out.push([s, e]);
    }
  }
  return out;
}

/** Default snippet length, in UTF-16 units (not counting the ellipses). */
export const SNIPPET_WIDTH = 200;
/** How far a cut may move to land on a word boundary. */
const BOUNDARY_SLACK = 24;
const ELLIPSIS = '…';

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function isSpaceAt(text: string, i: number): boolean {
  return /\s/.test(text.charAt(i));
}

/**
 * Picks the ~`width`-character window of `text` holding the most marks (the densest cluster
 * of matches), cuts it at word boundaries, and returns it with `…` where text was cut and
 * the marks re-based onto the snippet. `marks` must be sorted and non-overlapping (see
 * {@link mergeRanges}). Without marks, the snippet is the start of the text.
 */
export function makeSnippet(text: string, marks: readonly TextRange[], width = SNIPPET_WIDTH, options: SnippetOptions = {}): Snippet {
  // A headline the result already shows as its title is not shown again, unless a match is in it.
  const skip = options.skip && !marks.some(([s]) => s < options.skip!) ? skipSpaces(text, options.skip) : 0;
  let start = skip;
  let end = Math.min(text.length, skip + width);
  if (text.length > width && marks.length > 0) {
    // Two pointers: for each first mark i, the furthest j whose mark still fits in `width`.
    let bestI = 0;
    let bestJ = 1;
    let j = 0;
    for (let i = 0; i < marks.length; i++) {
      const from = marks[i]![0];
      if (j < i + 1) j = i + 1;
      while (j < marks.length && marks[j]![1] - from <= width) j++;
      if (j - i > bestJ - bestI) {
        bestI = i;
        bestJ = j;
      }
    }
    const clusterStart = marks[bestI]![0];
    const clusterEnd = Math.max(marks[bestJ - 1]![1], clusterStart);
    const slack = Math.max(0, width - (clusterEnd - clusterStart));
    // A little more context before the first match than after reads naturally.
    start = Math.max(skip, clusterStart - Math.floor(slack / 2));
    end = Math.min(text.length, Math.max(start + width, clusterEnd));
    if (end - start < width) start = Math.max(skip, end - width);
    const firstMark = clusterStart;
    const lastMark = clusterEnd;
    if (start > skip) start = boundaryAfter(text, start, firstMark);
    if (end < text.length) end = boundaryBefore(text, end, lastMark);
  } else if (end < text.length) {
    end = boundaryBefore(text, end, 0);
  }
  // Text without spaces (Chinese, Thai) is cut where the window ends: never inside a
  // surrogate pair (CJK extension ideographs, emoji), which would leave half a character.
  if (start > skip && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start++;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;

  const prefix = start > skip ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  // Line breaks and runs of spaces become one space; `at[i]` is where text[start + i] landed.
  const at = new Array<number>(end - start + 1);
  let body = '';
  let lastSpace = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceAt(text, i);
    at[i - start] = prefix.length + body.length;
    if (space && lastSpace) continue;
    // A paragraph break after a heading (no sentence end before it) is shown as a separator, so
    // a headline does not read as the start of the next paragraph's sentence. Never inside a
    // match (a phrase found across a hard-wrapped line stays one phrase).
    body += space ? (!lastSpace && headingBreak(text, i, end) && !insideMark(marks, i) ? ' · ' : ' ') : text.charAt(i);
    lastSpace = space;
  }
  at[end - start] = prefix.length + body.length;
  const out: TextRange[] = [];
  for (const [s, e] of marks) {
    if (e <= start || s >= end) continue;
    out.push([at[Math.max(s, start) - start] as number, at[Math.min(e, end) - start] as number]);
  }
  return { text: prefix + body + suffix, marks: out };
}

/** Options of {@link makeSnippet}. */
export interface SnippetOptions {
  /** Leave out text before this offset (a leading headline equal to the title) unless a mark is in it. */
  skip?: number;
}

/** Characters that end a sentence (or a clause a line break may follow naturally). */
const SENTENCE_END = /[.!?…:;"'”’)\]»。！？]/;

/**
 * True when the run of spaces starting at `i` (before `end`) ends a heading: the text before
 * it ends without sentence punctuation, and the run is a blank line, or a line break before a
 * capital letter (one paragraph per line) — a hard-wrapped sentence ("the council\nsaid") is not.
 */
function headingBreak(text: string, i: number, end: number): boolean {
  if (SENTENCE_END.test(text.charAt(i - 1))) return false;
  let breaks = 0;
  let j = i;
  for (; j < end && isSpaceAt(text, j); j++) if (text.charAt(j) === '\n') breaks++;
  if (breaks >= 2) return true;
  if (breaks === 0) return false;
  const next = text.charAt(j);
  return next !== '' && next !== next.toLowerCase() && next === next.toUpperCase();
}

/** True when offset `i` lies inside one of the (sorted) marks. */
function insideMark(marks: readonly TextRange[], i: number): boolean {
  return marks.some(([s, e]) => s <= i && i < e);
}

/** The first offset at or after `i` that is not a space. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i;
}

/**
 * Where a leading headline ends: the length of `title` when the text begins with it (as many
 * imported articles repeat their headline), else 0.
 */
export function headlineEnd(text: string, title: string): number {
  const t = title.trim();
  return t.length > 0 && text.startsWith(t) && (text.length === t.length || /\s/.test(text.charAt(t.length))) ? t.length : 0;
}

/** Moves a window start forward to the beginning of a word, never past `limit`. */
function boundaryAfter(text: string, start: number, limit: number): number {
  if (isSpaceAt(text, start - 1)) return start;
  for (let i = start; i < Math.min(limit, start + BOUNDARY_SLACK); i++) {
    if (isSpaceAt(text, i)) return i + 1;
  }
  return start;
}

/** Moves a window end back to the end of a word, never before `limit`. */
function boundaryBefore(text: string, end: number, limit: number): number {
  if (isSpaceAt(text, end)) return end;
  for (let i = end - 1; i > Math.max(limit, end - BOUNDARY_SLACK); i--) {
    if (isSpaceAt(text, i)) return i;
  }
  return end;
}
