/**
 * Word segmentation for scripts written without spaces between words: Han, Hiragana and
 * Katakana, Thai, Lao, Khmer and Myanmar. A whitespace-separated token that contains any of
 * them is split into words with `Intl.Segmenter` (ICU's dictionary-based word breaks, built
 * into Node and Electron). Everything else never reaches the segmenter: the test is one
 * comparison per UTF-16 unit below U+0E00, so Latin, Cyrillic, Greek, Arabic and Hebrew
 * text costs nothing extra.
 */

/**
 * Does UTF-16 unit `c` belong to a script without spaces between words? High surrogates
 * D840–D8BF cover the CJK extension planes (U+20000–U+3FFFF).
 */
export function needsSegmenting(c: number): boolean {
  if (c < 0x0e00) return false;
  if (c <= 0x0eff) return true; // Thai, Lao
  if (c < 0x1000) return false;
  if (c <= 0x109f) return true; // Myanmar
  if (c < 0x1780) return false;
  if (c <= 0x17ff || (c >= 0x19e0 && c <= 0x19ff)) return true; // Khmer
  if (c < 0x2e80) return false;
  if (c <= 0x2fdf) return true; // CJK radicals
  if (c >= 0x3005 && c <= 0x3007) return true; // 々 〆 〇
  if (c >= 0x3021 && c <= 0x3029) return true; // Hangzhou numerals
  if (c >= 0x3031 && c <= 0x3035) return true; // kana repeat marks
  if (c >= 0x3040 && c <= 0x30ff) return true; // Hiragana, Katakana
  if (c >= 0x31f0 && c <= 0x31ff) return true; // Katakana extensions
  if (c >= 0x3400 && c <= 0x4dbf) return true; // CJK extension A
  if (c >= 0x4e00 && c <= 0x9fff) return true; // CJK unified ideographs
  if (c >= 0xd840 && c <= 0xd8bf) return true; // CJK extensions B–H (high surrogates)
  if (c >= 0xf900 && c <= 0xfaff) return true; // CJK compatibility ideographs
  return c >= 0xff66 && c <= 0xff9f; // half-width Katakana
}

/** Does text[start, end) contain a character of a script without spaces? */
export function rangeNeedsSegmenting(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (needsSegmenting(text.charCodeAt(i))) return true;
  return false;
}

/**
 * One segmenter for every language: ICU picks the dictionary by script, not by locale, so
 * a fixed locale gives the same words on every machine, for the index and for queries.
 */
const SEGMENTER = new Intl.Segmenter('und', { granularity: 'word' });
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Calls `fn(start, end)` for each word of text[start, end), offsets into `text`. Segments
 * that are only punctuation or spaces are skipped (ICU's isWordLike, or any letter or digit
 * in the segment, so nothing readable is lost).
 */
export function forEachSegment(text: string, start: number, end: number, fn: (start: number, end: number) => void): void {
  for (const s of SEGMENTER.segment(text.slice(start, end))) {
    if (s.isWordLike === true || WORDISH.test(s.segment)) fn(start + s.index, start + s.index + s.segment.length);
  }
}

/** The words of text[start, end) as in {@link forEachSegment}, as [start, end] pairs in one flat array. */
export function segmentRanges(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  forEachSegment(text, start, end, (s, e) => out.push(s, e));
  return out;
}
