/**
 * PDF layout on real PDF bytes (fixtures/make-pdf.ts) read by pdf.js: running headers, footers
 * and page numbers removed, wrapped lines joined into paragraphs, hyphenated words rejoined,
 * page boundaries kept.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from './fixtures/temp.js';
import { makePdf, type PdfLine, type PdfPage } from './fixtures/make-pdf.js';
import { parsePdf } from './parse-pdf.js';

const HEADER = 'Riverton Weekly Review - Vol. 12, No. 3';

/** A page: the running header, `body` lines from the top (14 pt apart, '' for a paragraph gap), and a footer. */
function page(n: number, body: string[], footer: (n: number) => string): PdfPage {
  const lines: PdfLine[] = [[72, 750, HEADER, 9]];
  let y = 700;
  for (const text of body) {
    if (text === '') y -= 14;
    else {
      lines.push([72, y, text]);
      y -= 14;
    }
  }
  lines.push([300, 40, footer(n), 9]);
  return { lines };
}

const PAGES: string[][] = [
  [
    'The council voted on Tuesday to delay the repair of the Mill Street bridge',
    'until next spring, citing a budget shortfall. Critics called the decision a',
    'manipulation of the figures and a well-known tactic used by the council to',
    'push costly repairs into the next financial year without public debate.',
    '',
    'The mayor said the bridge was safe. Engineers disagreed in a report that the',
    'council had commissioned itself and then declined to publish in full for manip-',
    'ulation of its own tender rules, according to two people who have read it.',
  ],
  [
    'Residents of the Anglo-',
    'Saxon quarter, where the bridge carries most of the traffic into the centre,',
    'said they had not been consulted. The council said a well-',
    'known consultancy would review the plan before the next meeting of the board.',
  ],
  ['Short third page.'],
  [
    'The fourth page ends the article with a paragraph that wraps once across',
    'two lines.',
  ],
];

const pdf = () => makePdf({ pages: PAGES.map((body, i) => page(i + 1, body, (n) => `Page ${n} of 4`)) });

describe('PDF layout', () => {
  it('removes the running header and footer and joins wrapped and hyphenated lines, page by page', async () => {
    const found = await parsePdf(pdf());
    expect(found.pages).toEqual([
      'The council voted on Tuesday to delay the repair of the Mill Street bridge until next spring, citing a budget shortfall. ' +
        'Critics called the decision a manipulation of the figures and a well-known tactic used by the council to push costly ' +
        'repairs into the next financial year without public debate.\n\n' +
        'The mayor said the bridge was safe. Engineers disagreed in a report that the council had commissioned itself and then ' +
        'declined to publish in full for manipulation of its own tender rules, according to two people who have read it.',
      'Residents of the Anglo-Saxon quarter, where the bridge carries most of the traffic into the centre, said they had not ' +
        'been consulted. The council said a well-known consultancy would review the plan before the next meeting of the board.',
      'Short third page.',
      'The fourth page ends the article with a paragraph that wraps once across two lines.',
    ]);
    expect(found.text).not.toMatch(/Riverton Weekly|Page \d/);
  });

  it('removes bare page numbers in other forms', async () => {
    const forms = [(n: number) => `- ${n} -`, (n: number) => String(n)];
    for (const footer of forms) {
      const found = await parsePdf(makePdf({ pages: [page(1, ['One body line.'], footer), page(2, ['Another body line.'], footer)] }));
      expect(found.pages).toEqual(['One body line.', 'Another body line.']);
    }
  });

  it('keeps where each page begins through the import', async () => {
    const result = await importFile('bridge.pdf', pdf());
    const article = result.articles[0]!;
    expect(article.pageStarts).toHaveLength(4);
    const pageText = (i: number) => article.text.slice(article.pageStarts![i], article.pageStarts![i + 1] ?? article.text.length).trim();
    expect(pageText(1)).toMatch(/^Residents of the Anglo-Saxon quarter/);
    expect(pageText(2)).toBe('Short third page.');
    expect(pageText(3)).toMatch(/^The fourth page .* two lines\.$/);
  });
});
