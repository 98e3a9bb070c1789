/**
 * Offsets in Unicode code points ↔ offsets in UTF-16 code units. Our project file counts UTF-16
 * units (JavaScript string indexes); W3C Web Annotation selectors and REFI-QDA selections count
 * code points, so an emoji or a flag before a passage shifts the two apart. Every export and
 * import of such offsets goes through here.
 */

/** The code-point offset of UTF-16 offset `utf16` in `text` (an offset inside a surrogate pair counts the pair as before it). */
export function toCodePointOffset(text: string, utf16: number): number {
  let cp = 0;
  const end = Math.min(utf16, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it at its first unit.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    cp++;
  }
  return cp;
}

/** The UTF-16 offset of code-point offset `cp` in `text`; past the end gives `text.length`. */
export function toUtf16Offset(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return i;
}

/**
 * Converts many offsets of one text at once, in one pass (sorted internally), for exports with
 * thousands of highlights per article: converting each on its own would be quadratic.
 */
export function toCodePointOffsets(text: string, utf16Offsets: readonly number[]): number[] {
  const order = utf16Offsets.map((_, i) => i).sort((a, b) => utf16Offsets[a]! - utf16Offsets[b]!);
  const out = new Array<number>(utf16Offsets.length);
  let i = 0;
  let cp = 0;
  for (const k of order) {
    const target = Math.min(utf16Offsets[k]!, text.length);
    while (i < target) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      i += c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff && i + 1 < target ? 2 : 1;
      cp++;
    }
    out[k] = cp;
  }
  return out;
}
