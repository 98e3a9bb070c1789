/**
 * Character boundaries. A highlight must never start or end inside a user-perceived character:
 * half a surrogate pair is not even valid Unicode (it would be stored as a lone surrogate and
 * shown as �), and half of `e + ◌́`, `👍🏽` or `🇫🇷` shows a different character than the
 * article has. So range ends are moved to extended grapheme cluster boundaries (UAX #29).
 * Approximate matches are also widened to whole words (UAX #29 word boundaries, which ICU
 * extends with dictionaries for Chinese and Japanese).
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * How far either side of an offset the text is segmented. Segmenting a window instead of the
 * whole article keeps this O(1) on a 20 MB text; only a cluster longer than this (nothing
 * real) could be cut, and even then never inside a surrogate pair (see {@link fixSurrogate}).
 */
const WINDOW = 64;

/** Highest code unit below which two neighbours are always separate clusters (except CR LF). */
const FIRST_COMBINING = 0x300;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Moves an offset that splits a surrogate pair one unit `direction` (-1 back, +1 forward). */
function fixSurrogate(text: string, offset: number, direction: -1 | 1): number {
  return splitsSurrogatePair(text, offset) ? offset + direction : offset;
}

/**
 * The grapheme cluster containing the code unit at `offset`, as `[start, end)`, or null when
 * `offset` already is a cluster boundary.
 */
function clusterAround(text: string, offset: number): [number, number] | null {
  if (offset <= 0 || offset >= text.length) return null;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  // Fast path for Latin text: no combining marks, joiners or surrogates below U+0300.
  if (before < FIRST_COMBINING && after < FIRST_COMBINING && !(before === 0x0d && after === 0x0a)) {
    return null;
  }
  const lo = Math.max(0, offset - WINDOW);
  const hi = Math.min(text.length, offset + WINDOW);
  const segment = graphemes.segment(text.slice(lo, hi)).containing(offset - lo);
  if (!segment || segment.index + lo === offset) return null;
  return [segment.index + lo, segment.index + lo + segment.segment.length];
}

/**
 * Moves `offset` to the nearest grapheme cluster boundary in `direction`: -1 moves back to
 * the start of the cluster it falls in, +1 forward to its end. Boundaries stay where they are.
 */
export function snapToBoundary(text: string, offset: number, direction: -1 | 1): number {
  const cluster = clusterAround(text, offset);
  const snapped = cluster === null ? offset : direction < 0 ? cluster[0] : cluster[1];
  return fixSurrogate(text, snapped, direction);
}

/**
 * Widens `[start, end)` so that it covers whole grapheme clusters: a range that cuts into a
 * character takes all of it, as a reader who selected part of an emoji meant the emoji.
 */
export function widenToClusters(text: string, start: number, end: number): [number, number] {
  return [snapToBoundary(text, start, -1), snapToBoundary(text, end, 1)];
}

/** The word that `offset` falls strictly inside, as `[start, end)`, or null at a word boundary. */
function wordAround(text: string, offset: number): [number, number] | null {
  if (offset <= 0 || offset >= text.length) return null;
  const lo = Math.max(0, offset - WINDOW);
  const segment = words.segment(text.slice(lo, Math.min(text.length, offset + WINDOW))).containing(offset - lo);
  if (!segment || !segment.isWordLike || segment.index + lo === offset) return null;
  return [segment.index + lo, segment.index + lo + segment.segment.length];
}

/** Whether `offset` falls inside a word rather than between words. */
export function isInsideWord(text: string, offset: number): boolean {
  return wordAround(text, offset) !== null;
}

/**
 * Widens `[start, end)` to whole words at the ends asked for: an approximate match may stop
 * inside an edited word ("delay" for "delayed"), which would show a highlight cut mid-word.
 */
export function widenToWords(
  text: string,
  start: number,
  end: number,
  ends: { start: boolean; end: boolean },
): [number, number] {
  const s = ends.start ? (wordAround(text, start)?.[0] ?? start) : start;
  const e = ends.end ? (wordAround(text, end)?.[1] ?? end) : end;
  return [s, e];
}

/**
 * Narrows `[start, end)` by dropping white space at both ends, so that a selection that
 * spilled over a line break or a space stores only the words. Returns an empty range
 * (`start === end`) when nothing but white space was selected.
 */
export function trimWhitespace(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

function isSpace(code: number): boolean {
  return /\s/u.test(String.fromCharCode(code));
}
