/**
 * Article text is normalized exactly once, at import, and then never changes: highlights
 * anchor to offsets in it, so any later "cleanup" would make them drift.
 */

// Control characters other than \n and \t, plus zero-width and BOM characters, carry no
// meaning for a reader and would make quotes that look identical fail to match.
// ZWJ (U+200D) stands outside the class: inside one, linters read it as joining its neighbours.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200C\u2060\uFEFF]|\u200D/g;
// Every Unicode space separator (NBSP, thin space, …) and tabs become a plain space.
const SPACES = /[\t\p{Zs}]+/gu;

/**
 * Normalizes imported text: Unicode NFC, `\n` line endings, one space between words,
 * no trailing spaces, at most one blank line between paragraphs, trimmed.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Normalizes a single-line field (title, author, source): NFC, one space, trimmed. */
export function normalizeLine(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}
