/**
 * Where a passage is in its article: paragraph and page numbers by binary search over offsets
 * computed once per article (a report can place 10,000 passages in 50 MB of text), and the
 * per-paragraph marks of the articles section.
 */
import { splitParagraphs, type Paragraph } from '../text/paragraphs.js';
import type { ReportMark, ReportParagraph } from './report-data.js';

/**
 * What may carry page starts: `pageStarts[i]` is the offset of page i + 1's first character
 * (an empty page starts where the next one does). Read structurally, so this works with project
 * formats that have no such property and with any article-like object.
 */
export interface MaybePaged {
  readonly pageStarts?: readonly number[] | undefined;
}

/**
 * The 1-based page holding `offset`, from the article's `pageStarts` (offset of each page's
 * first character, ascending); null when the article has no page starts. Takes any object:
 * TypeScript refuses an all-optional type for a value that shares no property with it.
 */
export function pageOf(article: MaybePaged | object, offset: number): number | null {
  const starts: unknown = (article as MaybePaged).pageStarts;
  if (!Array.isArray(starts) || starts.length === 0 || typeof starts[0] !== 'number') return null;
  // The last page that starts at or before `offset`; text before the first start is on page 1.
  const i = lastAtOrBefore(starts as readonly number[], offset, (x) => x);
  return Math.max(i, 0) + 1;
}

/** Index of the last item whose key is ≤ `value` (-1 when none). Items sorted by key. */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** An article's paragraphs, split once, with lookups by offset. */
export class ParagraphIndex {
  readonly paragraphs: readonly Paragraph[];

  constructor(text: string) {
    this.paragraphs = splitParagraphs(text);
  }

  /**
   * The 1-based number of the paragraph holding `offset`; an offset between paragraphs (in a
   * separator) belongs to the next one, as a passage starting there shows there. Null past the
   * last paragraph.
   */
  numberAt(offset: number): number | null {
    const i = lastAtOrBefore(this.paragraphs, offset, (p) => p.start);
    if (i >= 0 && offset < this.paragraphs[i]!.end) return i + 1;
    return i + 1 < this.paragraphs.length ? i + 2 : null;
  }
}

/**
 * The article's paragraphs with `ranges` ([start, end) into the text) marked: each range clipped
 * to every paragraph it crosses, and overlapping ranges split into disjoint pieces that list
 * every highlight they belong to. Only paragraphs are returned in full; cost is linear in the
 * paragraphs plus the ranges (sorted once).
 */
export function markParagraphs(text: string, index: ParagraphIndex, ranges: ReadonlyArray<{ start: number; end: number; id: string }>): ReportParagraph[] {
  // Boundary sweep: +id at a range's start, -id at its end; between consecutive boundaries the
  // active set is constant, so each piece is emitted once with that set.
  const events: Array<{ at: number; id: string; open: boolean }> = [];
  for (const r of ranges) {
    const start = Math.max(0, r.start);
    const end = Math.min(text.length, r.end);
    if (end <= start) continue;
    events.push({ at: start, id: r.id, open: true }, { at: end, id: r.id, open: false });
  }
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));
  const pieces: Array<{ start: number; end: number; ids: string[] }> = [];
  const active = new Map<string, number>();
  let prev = 0;
  for (const e of events) {
    if (e.at > prev && active.size > 0) pieces.push({ start: prev, end: e.at, ids: [...active.keys()] });
    prev = e.at;
    const n = (active.get(e.id) ?? 0) + (e.open ? 1 : -1);
    if (n > 0) active.set(e.id, n);
    else active.delete(e.id);
  }

  const out: ReportParagraph[] = [];
  let k = 0;
  index.paragraphs.forEach((p, i) => {
    const marks: ReportMark[] = [];
    // Pieces are sorted and disjoint: skip those wholly before this paragraph, take those in it;
    // a piece crossing the paragraph's end stays for the next paragraph too.
    while (k < pieces.length && pieces[k]!.end <= p.start) k++;
    for (let j = k; j < pieces.length && pieces[j]!.start < p.end; j++) {
      const piece = pieces[j]!;
      const start = Math.max(piece.start, p.start);
      const end = Math.min(piece.end, p.end);
      if (end > start) marks.push({ start: start - p.start, end: end - p.start, highlightIds: piece.ids });
    }
    out.push({ number: i + 1, start: p.start, text: text.slice(p.start, p.end), marks });
  });
  return out;
}
