/** Running headers, footers and page numbers, on lines as pdf-lines.ts makes them. */
import { describe, expect, it } from 'vitest';
import type { PdfLine } from './pdf-lines.js';
import { removeRunningLines } from './pdf-running-lines.js';

const line = (y: number, text: string): PdfLine => ({ text, y, startX: 72, endX: 72 + text.length * 5, size: 10 });
const texts = (pages: PdfLine[][]) => removeRunningLines(pages).map((p) => p.map((l) => l.text));

/** A page with a header at the top, body lines, and a footer line at the bottom. */
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett'];

const page = (n: number, header: string | null, body: string[], footer: string | null): PdfLine[] => [
  ...(header === null ? [] : [line(760, header.replace('#', String(n)))]),
  ...body.map((t, i) => line(700 - i * 12, t)),
  ...(footer === null ? [] : [line(40, footer.replace('#', String(n)))]),
];

describe('removeRunningLines', () => {
  it('removes a header and a footer repeated on four pages, numbers ignored', () => {
    const pages = [1, 2, 3, 4].map((n) => page(n, 'Journal of Testing, Vol. 12 — page #', [`Body ${WORDS[n]}.`], 'Page # of 4'));
    expect(texts(pages)).toEqual([['Body bravo.'], ['Body charlie.'], ['Body delta.'], ['Body echo.']]);
  });

  it('keeps lines at the same place that differ in numbers other than page numbers', () => {
    const pages = [3, 9, 4].map((n, i) => page(i + 1, null, [`Table ${n}: results`, `Body ${WORDS[i]}.`], null));
    expect(texts(pages).map((p) => p[0])).toEqual(['Table 3: results', 'Table 9: results', 'Table 4: results']);
  });

  it('removes a running line on three pages of ten, but not text repeated at different heights', () => {
    const pages = Array.from({ length: 10 }, (_, i) => page(i + 1, i % 3 === 0 ? 'Chapter One' : null, [`Body ${WORDS[i]}.`], null));
    pages[1]!.push(line(400, 'Chapter One'));
    pages[2]!.push(line(300, 'Chapter One'));
    const result = texts(pages);
    expect(result.filter((p) => p.includes('Chapter One'))).toHaveLength(2);
    expect(result[0]).toEqual(['Body alpha.']);
  });

  it('removes a line on both pages of a two-page document, but never on a single page', () => {
    expect(texts([page(1, 'CONFIDENTIAL', ['One.'], null), page(2, 'CONFIDENTIAL', ['Two.'], null)])).toEqual([['One.'], ['Two.']]);
    expect(texts([page(1, 'CONFIDENTIAL', ['One.'], null)])).toEqual([['CONFIDENTIAL', 'One.']]);
  });

  it('keeps body lines that differ from page to page, even at the edges', () => {
    const pages = [1, 2, 3].map((n) => page(n, null, [`First line of ${WORDS[n]}.`, `Middle ${WORDS[n + 3]}.`, `Last ${'x'.repeat(n)}.`], null));
    const result = texts(pages);
    expect(result.every((p) => p.length === 3)).toBe(true);
  });

  it('keeps a line repeated at the top of pages when it is not set apart from the text below it', () => {
    const boiler = 'When using HTTP as the transport, security is provided by TLS, and its';
    const pages = [1, 2, 3].map((n) => [line(700, boiler), line(688, `predecessor ${WORDS[n]}.`), line(676, 'More body.'), line(664, 'Yet more.')]);
    expect(texts(pages).map((p) => p[0])).toEqual([boiler, boiler, boiler]);
  });

  it('removes running headings that change by chapter but carry the page number', () => {
    const titles = ['Chapter 2: Methods 7', 'Chapter 2: Methods 8', 'Chapter 3: Results 9', 'Chapter 3: Results 10'];
    const pages = titles.map((title, i) => page(i + 7, title, [`Body ${WORDS[i]}.`, `Second ${WORDS[i]}.`], null));
    expect(texts(pages)).toEqual(WORDS.slice(0, 4).map((w) => [`Body ${w}.`, `Second ${w}.`]));
  });

  it('keeps first lines that start with unrelated numbers', () => {
    const pages = [12, 40, 7].map((n, i) => page(i + 1, null, [`${n} people came to the meeting ${WORDS[i]}.`, `Second ${WORDS[i]}.`], null));
    expect(texts(pages).map((p) => p.length)).toEqual([2, 2, 2]);
  });

  it('removes a bare page number at the top or bottom of a page, in its common forms', () => {
    for (const number of ['12', '- 4 -', '– 7 –', '[3]', '(9)', 'Page 3', 'page 3 of 10', 'p. 5', '3/10', 'iv', 'Seite 2']) {
      expect(texts([page(1, null, ['Body.'], number)])).toEqual([['Body.']]);
      expect(texts([page(1, number, ['Body.'], null)])).toEqual([['Body.']]);
    }
  });

  it('keeps numbers that are not alone or not at an edge, and capitalised words that look Roman', () => {
    const kept = (body: string[]) => expect(texts([page(1, null, body, null)])).toEqual([body]);
    kept(['Mix', 'Body.', 'Civ']);
    kept(['Body.', '12', 'More body.']);
    kept(['Body.', '12 people came.']);
    kept(['Body.', '1.']);
  });
});
