/**
 * From pdf.js text items to lines, and from lines to paragraphs: each paragraph becomes one line
 * of text, paragraphs are separated by a blank line, and words hyphenated at a line end are
 * joined again (see {@link joinLines}). Pages are handled one at a time, so a paragraph (or a
 * word) that runs across a page break stays split at the page boundary: page starts must stay
 * exact for page numbers in reports.
 */

/** A line of a page: its text, baseline, horizontal extent and type size, in PDF points. */
export interface PdfLine {
  text: string;
  y: number;
  startX: number;
  endX: number;
  size: number;
}

type TextItem = { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };

function isTextItem(item: object): item is TextItem {
  return 'str' in item && 'transform' in item;
}

/**
 * Joins a page's text items into lines, in the order pdf.js reports them: items on one baseline
 * form a line, with a space inserted only where there is a horizontal gap between items.
 */
export function pageLines(items: readonly object[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line = '';
  let lineY: number | null = null;
  let lineStartX = 0;
  let lineEndX = 0;
  let size = 0;

  const endLine = () => {
    if (line.trim() !== '' && lineY !== null) lines.push({ text: line.trim(), y: lineY, startX: lineStartX, endX: lineEndX, size });
    line = '';
    lineY = null;
  };
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const h = item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 10;
    if (item.str === '') {
      if (item.hasEOL) endLine();
      continue;
    }
    if (lineY !== null && Math.abs(y - lineY) > Math.max(h, size) * 0.5) endLine();
    if (lineY === null) {
      lineY = y;
      lineStartX = x;
      size = h;
    } else if (x > lineEndX + h * 0.15 && !line.endsWith(' ') && !item.str.startsWith(' ')) {
      line += ' ';
    }
    line += item.str;
    lineEndX = x + item.width;
    size = Math.max(size, h);
    if (item.hasEOL) endLine();
  }
  endLine();
  return lines;
}

/** Words seen whole in a document, lower-cased: evidence for deciding line-end hyphens. */
export interface WordEvidence {
  /** Hyphenated words seen inside a line ("well-known"). */
  compounds: ReadonlySet<string>;
  /** Words without a hyphen seen inside a line ("manipulation"). */
  words: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{M}]+(?:[-\u2010][\p{L}\p{M}]+)*/gu;

/** Collects the words of `lines` (all pages), leaving out a hyphenated fragment at a line's end. */
export function wordEvidence(lines: Iterable<PdfLine>): WordEvidence {
  const compounds = new Set<string>();
  const words = new Set<string>();
  for (const line of lines) {
    const text = LINE_END_HYPHEN.test(line.text) ? line.text.replace(/\S+$/u, '') : line.text;
    for (const m of text.matchAll(WORD)) {
      const word = m[0].toLowerCase();
      (/[-\u2010]/.test(word) ? compounds : words).add(word);
    }
  }
  return { compounds, words };
}

const NO_EVIDENCE: WordEvidence = { compounds: new Set(), words: new Set() };

// A letter, then a hyphen-minus, U+2010 hyphen or soft hyphen, at the end of a line.
const LINE_END_HYPHEN = /[\p{L}\p{M}][-\u2010\u00AD]$/u;
// English elements that, before a line-end hyphen, almost always begin a compound ("well-known",
// "self-evident") rather than a word broken by hyphenation.
const COMPOUND_FIRST = new Set(['well', 'self']);
// How much of a paragraph's end joinLines looks at: more than any real word.
const TAIL = 120;

/**
 * Joins a line to the paragraph so far. A word hyphenated at the line end is joined without the
 * hyphen ("manip-" + "ulation" → "manipulation") when the next line goes on with a lower-case
 * letter; the hyphen is kept ("well-" + "known" → "well-known") when:
 * - the document itself writes the hyphenated form inside a line, and not the joined one;
 * - the fragment after it starts with a capital, a digit or a symbol ("Anglo-Saxon", "COVID-19");
 * - the word before already has a hyphen ("state-of-the-art") or is "well" or "self".
 * A soft hyphen (U+00AD) marks a hyphenation point by definition: always joined without it.
 * Any other line break becomes one space.
 */
export function joinLines(paragraph: string, next: string, evidence: WordEvidence = NO_EVIDENCE): string {
  if (paragraph === '') return next;
  if (paragraph.endsWith('\u00AD')) return paragraph.slice(0, -1) + next;
  // Only the paragraph's end is inspected: a regex anchored at the end of a long string would
  // still scan all of it, for every line joined.
  const tail = paragraph.slice(-TAIL);
  if (!LINE_END_HYPHEN.test(tail)) {
    // An em dash between words is written without spaces; it stays that way across a line break.
    return /[\p{L}\p{N}]\u2014$/u.test(tail) ? paragraph + next : `${paragraph} ${next}`;
  }
  // The word before the hyphen, without an opening bracket or quotation mark.
  const before = (/(?:^|\s)(\S+)[-\u2010]$/u.exec(tail)?.[1] ?? '').replace(/^[^\p{L}\p{N}]+/u, '');
  const after = /^[\p{L}\p{M}]+/u.exec(next)?.[0] ?? '';
  const keep = paragraph + next;
  if (after === '' || !/^\p{Ll}/u.test(after)) return keep;
  const head = /[\p{L}\p{M}]+$/u.exec(before)?.[0] ?? '';
  if (head !== before) return keep; // "state-of-the-", "x2-": not a plain word broken in two
  const joined = `${head}${after}`.toLowerCase();
  const compound = `${head}-${after}`.toLowerCase();
  if (evidence.words.has(joined)) return paragraph.slice(0, -1) + next;
  if (evidence.compounds.has(compound) || COMPOUND_FIRST.has(head.toLowerCase())) return keep;
  return paragraph.slice(0, -1) + next;
}

/** A line that starts a bulleted list item. */
const BULLET = /^[•◦▪‣●○■□]\s/u;

/** The value below which `share` of `values` lie (values need not be sorted). */
function quantile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/**
 * Groups a page's lines into paragraphs, each one line of text, separated by a blank line.
 * A new paragraph starts when the text moves up (a new column), the type size changes (a
 * heading), the gap to the line before is clearly larger than this page's usual line spacing (or, on a
 * page of one to three lines, than 1.6 × the type size),
 * the line before ends short (before the right margin) with a sentence end or a large gap, the
 * line starts with a bullet, or the line is indented (except under a bulleted line's text). Comparing with the page's own spacing keeps double-spaced text whole.
 */
export function linesToParagraphs(lines: readonly PdfLine[], evidence: WordEvidence = NO_EVIDENCE): string {
  if (lines.length === 0) return '';
  let leftEdge = Infinity;
  for (const l of lines) leftEdge = Math.min(leftEdge, l.startX);
  // The right margin: most full lines reach it; a stray long line (a URL) should not move it.
  const rightEdge = lines.length >= 5 ? quantile(lines.map((l) => l.endX), 0.8) : Math.max(...lines.map((l) => l.endX));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0) gaps.push(gap);
  }
  // The usual line spacing: the lower quartile, so that paragraph gaps do not count. With fewer
  // than three gaps there is no usual spacing to go by, and 1.6 × the type size decides.
  const lineSpacing = gaps.length >= 3 ? quantile(gaps, 0.25) : null;

  const paragraphs: string[] = [];
  let paragraph = '';
  lines.forEach((current, i) => {
    const previous = lines[i - 1];
    if (previous) {
      const gap = previous.y - current.y; // PDF y grows upwards
      const size = Math.max(previous.size, current.size);
      const short = previous.endX < rightEdge - size * 4;
      const newParagraph =
        gap < -size * 0.5 || // moved up: next column or a page region out of order
        Math.abs(previous.size - current.size) > Math.min(previous.size, current.size) * 0.2 ||
        (lineSpacing === null ? gap > size * 1.6 : gap > lineSpacing * 1.3 && gap > size * 1.15) ||
        (short && gap > size * 1.6) ||
        (short && /[.!?:"”’)]$/.test(previous.text)) ||
        BULLET.test(current.text) ||
        // An indented line, unless it continues a list item under its text (a hanging indent).
        (current.startX > leftEdge + size && current.startX > previous.startX + size * 0.8 && !BULLET.test(previous.text));
      if (newParagraph) {
        paragraphs.push(paragraph);
        paragraph = '';
      }
    }
    paragraph = joinLines(paragraph, current.text, evidence);
  });
  if (paragraph !== '') paragraphs.push(paragraph);
  return paragraphs.join('\n\n');
}

/** A page's text from its pdf.js items: lines, then paragraphs (no document-wide evidence). */
export function pageText(items: readonly object[]): string {
  return linesToParagraphs(pageLines(items));
}
