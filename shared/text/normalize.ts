/**
 * Article text is normalized exactly once, at import, and then never changes: highlights
 * anchor to offsets in it, so any later "cleanup" would make them drift. Changing these rules
 * changes only later imports; articles already saved keep their text as it was.
 */

/**
 * Characters removed at import: invisible characters that carry no meaning for a reader and
 * would make quotes that look identical fail to match, or that could make the text shown differ
 * from the text stored.
 *
 * - C0 controls other than \t \n \r (\r and the line separators become \n first), and DEL.
 * - U+00AD soft hyphen: only a hint where a word may break; "manip\u00ADulation" must match
 *   "manipulation" typed by a researcher.
 * - U+200B zero-width space: a line-break hint. In Thai, Khmer, Lao and Myanmar it can mark
 *   word boundaries, but it changes neither the spelling nor the display (browsers break those
 *   scripts by dictionary) and search does not split words at it; from the web it mostly comes
 *   as noise inside Latin words and URLs, where it breaks quote matching.
 * - U+2060 word joiner and U+FEFF byte-order mark / zero-width no-break space.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
 *   reorder how text is *displayed* without changing the stored order ("Trojan Source",
 *   CVE-2021-42574), so a quote could read differently on screen than in search, reports and
 *   exports. Without them the Unicode bidi algorithm still orders each script's letters correctly.
 *
 * Kept because they carry meaning: ZWJ U+200D and ZWNJ U+200C (emoji sequences such as a family,
 * Persian and Indic spelling: می‌خواهم, क्‍ष), and the directional marks LRM U+200E, RLM U+200F
 * and ALM U+061C, which are invisible strong characters: they place neutral characters
 * (punctuation, digits) in mixed-direction text and cannot reverse letters.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

// The same class without the global flag, whose `test` would keep state between calls.
const DROPPED_ONE = new RegExp(DROPPED.source);

// Every Unicode space separator (NBSP, thin space, …) and tabs become a plain space.
const SPACES = /[\t\p{Zs}]+/gu;

/**
 * Whether normalization removes the character `c` (one UTF-16 unit) outright: for code that
 * walks raw and normalized text side by side. (White space is replaced, not removed.)
 */
export function isDroppedByNormalization(c: string): boolean {
  return c.length === 1 && DROPPED_ONE.test(c);
}

/**
 * Normalizes imported text: Unicode NFC, `\n` line endings, one space between words,
 * no trailing spaces, at most one blank line between paragraphs, trimmed; see {@link DROPPED}
 * for the invisible characters removed and those kept.
 */
export function normalizeText(raw: string): string {
  // Characters are removed before composing, so that a mark an invisible character separated
  // from its letter ("e\u00AD\u0301") composes with it like the text a reader sees.
  return raw
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(DROPPED, '')
    .normalize('NFC')
    .replace(SPACES, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Normalizes a single-line field (title, author, source): NFC, one space, trimmed. */
export function normalizeLine(raw: string): string {
  return raw.replace(DROPPED, '').normalize('NFC').replace(/\s+/gu, ' ').trim();
}
