/**
 * Running headers, footers and page numbers: lines a PDF repeats at the top or bottom of its
 * pages. Left in, they land in the middle of sentences that run from one page to the next, and
 * searches and quotes trip over them. They are found by comparing pages, never by a fixed list.
 */
import type { PdfLine } from './pdf-lines.js';

/** How many lines in the top and in the bottom margin of a page can be a running header or footer. */
const EDGE_LINES = 3;

/**
 * A bare page number: "12", "- 4 -", "[7]", "Page 3", "Page 3 of 10", "p. 5", "3/10", or a
 * lower-case Roman numeral ("iv", as front matter is numbered).
 */
const PAGE_NUMBER =
  /^(?:(?:page|p\.|pg\.?|seite|s\.|página|pagina|страница|стр\.)\s*)?[-–—([]?\s*(?:\d{1,4}|(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\s*[-–—)\]]?(?:\s*(?:of|\/|von|de|sur|di|из)\s*\d{1,4})?$/iu;

/** Lower-case Roman numerals only: "Mix" or "Civ" alone at a page edge is more likely a word. */
function isPageNumber(text: string): boolean {
  const t = text.trim();
  if (/^[ivxlcdm]+$/i.test(t) && t !== t.toLowerCase()) return false;
  return PAGE_NUMBER.test(t);
}

/** What a running line looks like on every page: case, spacing and the numbers in it ignored. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').replace(/\p{Nd}+/gu, '#').trim();
}

/**
 * Indices of the lines in a page's top and bottom margins: from each edge inwards, up to three
 * lines followed by a gap clearly wider than a line break (1.4 × the type size). Running lines
 * are set apart from the body like that; a paragraph that happens to open several pages is not.
 */
function edgeLines(lines: readonly PdfLine[]): number[] {
  const byHeight = lines.map((_, i) => i).sort((a, b) => lines[b]!.y - lines[a]!.y);
  const margin = (order: readonly number[]): number[] => {
    for (let k = 0; k < Math.min(EDGE_LINES, order.length); k++) {
      const line = lines[order[k]!]!;
      const inner = order[k + 1] === undefined ? undefined : lines[order[k + 1]!]!;
      if (inner === undefined || Math.abs(line.y - inner.y) > Math.max(line.size, inner.size) * 1.4) return order.slice(0, k + 1);
    }
    return [];
  };
  return [...new Set([...margin(byHeight), ...margin([...byHeight].reverse())])];
}

type Hit = { page: number; line: number; y: number; size: number };

/**
 * The hits within one narrow band of heights (half the type size, at least 2 pt) that span the
 * most pages: the same text at the same place. A sliding window over the hits sorted by height,
 * so that thousands of pages cost no more than sorting.
 */
function densestBand(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.y - b.y);
  const width = Math.max(2, (sorted[0]?.size ?? 0) * 0.5);
  const perPage = new Map<number, number>();
  let best: [number, number] = [0, 0];
  let bestPages = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    const hit = sorted[end]!;
    perPage.set(hit.page, (perPage.get(hit.page) ?? 0) + 1);
    while (hit.y - sorted[start]!.y > width) {
      const page = sorted[start]!.page;
      const left = perPage.get(page)! - 1;
      if (left === 0) perPage.delete(page);
      else perPage.set(page, left);
      start++;
    }
    if (perPage.size > bestPages) {
      bestPages = perPage.size;
      best = [start, end + 1];
    }
  }
  return sorted.slice(best[0], best[1]);
}

function sameText(pages: readonly (readonly PdfLine[])[], hits: readonly Hit[]): boolean {
  const first = pages[hits[0]!.page]![hits[0]!.line]!.text;
  return hits.every((h) => pages[h.page]![h.line]!.text === first);
}

/**
 * Whether lines that differ only in their numbers differ as page numbers do: one of the numbers
 * (the same one on each line) minus the page's index is constant. Lines that differ otherwise
 * ("Table 3: …", "Table 7: …" heading two pages) are body text.
 */
function numberedLikePages(pages: readonly (readonly PdfLine[])[], hits: readonly Hit[]): boolean {
  const numbers = hits.map((h) => (pages[h.page]![h.line]!.text.match(/\p{Nd}+/gu) ?? []).map(Number));
  const count = numbers[0]!.length;
  for (let k = 0; k < count; k++) {
    const offset = numbers[0]![k]! - hits[0]!.page;
    if (hits.every((h, i) => numbers[i]![k] === h.page + offset)) return true;
  }
  return false;
}

/** The top-most and bottom-most line of a page not yet dropped, by index. */
function outerLines(lines: readonly PdfLine[], dropped: ReadonlySet<number>): { top: number; bottom: number } | null {
  let top = -1;
  let bottom = -1;
  lines.forEach((line, i) => {
    if (dropped.has(i)) return;
    if (top < 0 || line.y > lines[top]!.y) top = i;
    if (bottom < 0 || line.y < lines[bottom]!.y) bottom = i;
  });
  return top < 0 ? null : { top, bottom };
}

/** Heading lines longer than this are prose, whatever number they start or end with. */
const MAX_HEADING = 120;

/**
 * Running headings whose text changes (a book's "Chapter 2: Methods 17", one title per chapter)
 * but that start or end with the page number: at the top-most or bottom-most line of a page, a
 * leading or trailing number that is the page's index plus one offset, at one height, on as many
 * pages as a repeated line needs.
 */
function dropNumberedHeadings(pages: readonly (readonly PdfLine[])[], drop: readonly Set<number>[], needed: number): void {
  // By edge, number position and offset: the lines that would be page numbers under that offset.
  const groups = new Map<string, Hit[]>();
  pages.forEach((lines, page) => {
    const outer = outerLines(lines, drop[page]!);
    if (!outer) return;
    for (const [edge, line] of [['top', outer.top], ['bottom', outer.bottom]] as const) {
      const text = lines[line]!.text;
      if (text.length > MAX_HEADING) continue;
      const ends = [['lead', /^\p{Nd}{1,4}(?!\p{Nd})/u.exec(text)?.[0]], ['trail', /(?<!\p{Nd})\p{Nd}{1,4}$/u.exec(text)?.[0]]] as const;
      for (const [position, number] of ends) {
        if (number === undefined) continue;
        const key = `${edge} ${position} ${Number(number) - page}`;
        const hits = groups.get(key) ?? [];
        hits.push({ page, line, y: lines[line]!.y, size: lines[line]!.size });
        groups.set(key, hits);
      }
    }
  });
  for (const hits of groups.values()) {
    if (hits.length < needed) continue;
    const band = densestBand(hits);
    if (new Set(band.map((h) => h.page)).size >= needed) for (const h of band) drop[h.page]!.add(h.line);
  }
}

/**
 * The pages without their running headers and footers, and without a page number at the very
 * top or bottom of a page, line order kept.
 * - A running header or footer: among the lines set apart in a page's top or bottom margin (see
 *   {@link edgeLines}), the same text at the same height on at least three pages, or on more
 *   than half of the pages (at least two). Numbers in it may differ only as page numbers do
 *   ("Page 3 of 9" on page 3, "Page 4 of 9" on page 4).
 * - A heading that changes from chapter to chapter but carries the page number at its start or
 *   end (see {@link dropNumberedHeadings}).
 * - A lone page number needs no repetition: a number alone on a page's first or last line is not
 *   prose (a chapter number set alone above its title is the price).
 */
export function removeRunningLines(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const drop = pages.map(() => new Set<number>());
  const pagesWithText = pages.filter((p) => p.length > 0).length;
  const needed = Math.max(2, Math.min(3, Math.floor(pagesWithText / 2) + 1));

  // Candidates by key: which page, which line, at what height.
  const byKey = new Map<string, Hit[]>();
  pages.forEach((lines, page) => {
    for (const line of edgeLines(lines)) {
      const key = runningKey(lines[line]!.text);
      if (key === '') continue;
      const hits = byKey.get(key) ?? [];
      hits.push({ page, line, y: lines[line]!.y, size: lines[line]!.size });
      byKey.set(key, hits);
    }
  });
  for (const hits of byKey.values()) {
    if (hits.length < needed) continue;
    const best = densestBand(hits);
    if (new Set(best.map((h) => h.page)).size >= needed && (sameText(pages, best) || numberedLikePages(pages, best))) {
      for (const h of best) drop[h.page]!.add(h.line);
    }
  }

  dropNumberedHeadings(pages, drop, needed);

  return pages.map((lines, page) => {
    const dropped = drop[page]!;
    const outer = outerLines(lines, dropped);
    if (outer) {
      if (isPageNumber(lines[outer.top]!.text)) dropped.add(outer.top);
      if (isPageNumber(lines[outer.bottom]!.text)) dropped.add(outer.bottom);
    }
    return lines.filter((_, i) => !dropped.has(i));
  });
}
