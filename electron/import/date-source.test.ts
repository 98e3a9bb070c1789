/**
 * Where an article's date comes from: a date the document states beats a file's creation date,
 * and the source is recorded (real files in temp folders, imported by real workers).
 */
import { describe, expect, it } from 'vitest';
import { Article } from '../../shared/model.js';
import { makeDocx } from './fixtures/make-docx.js';
import { makePdf } from './fixtures/make-pdf.js';
import { importFile } from './fixtures/temp.js';
import { chooseDate } from './parse-job.js';
import { extracted } from './extracted.js';
import type { ImportResult } from './run-import.js';

function only(result: ImportResult): Article {
  expect(result.summary.failed).toEqual([]);
  return Article.parse(result.articles[0]);
}

describe('dates of Word and PDF files', () => {
  it('takes the date printed in a manual over the file creation date', async () => {
    const docx = await makeDocx({
      paragraphs: ['Widget 3000 User Manual', 'Version 3.2', '18 August 2022', 'Chapter 1. Getting started with the widget.'],
      core: { title: 'Widget 3000 User Manual', created: '2025-02-08T10:00:00Z' },
    });
    expect(only(await importFile('manual.docx', docx))).toMatchObject({ date: '2022-08-18', dateSource: 'document' });

    const pdf = makePdf({
      pages: [{ lines: [[72, 720, 'Widget 3000 User Manual'], [72, 690, '18.08.2022'], [72, 640, 'Chapter 1. Getting started with the widget and its parts.']] }],
      info: { Title: 'Widget 3000 User Manual', CreationDate: "D:20250208093000+01'00'" },
    });
    expect(only(await importFile('manual.pdf', pdf))).toMatchObject({ date: '2022-08-18', dateSource: 'document' });
  });

  it('falls back to the file creation date, marked as such', async () => {
    const docx = await makeDocx({ paragraphs: ['Memo', 'Officials met in Berlin.'], core: { created: '2025-02-08T10:00:00Z' } });
    expect(only(await importFile('memo.docx', docx))).toMatchObject({ date: '2025-02-08', dateSource: 'file' });

    const pdf = makePdf({ pages: [{ lines: [[72, 720, 'Memo'], [72, 690, 'Officials met in Berlin.']] }], info: { CreationDate: "D:20250208093000+01'00'" } });
    expect(only(await importFile('memo.pdf', pdf))).toMatchObject({ date: '2025-02-08', dateSource: 'file' });
  });

  it('records no source when there is no date', async () => {
    expect(only(await importFile('plain.docx', await makeDocx({ paragraphs: ['Memo', 'Officials met in Berlin.'] })))).toMatchObject({ date: null, dateSource: null });
  });
});

describe('dates of text, Markdown and web pages', () => {
  it('finds a stated date in plain text and keeps Markdown front matter as the document’s', async () => {
    expect(only(await importFile('note.txt', 'Allies urged to drop Huawei\nPublished 18 August 2022\n\nOfficials met in Berlin.'))).toMatchObject({
      date: '2022-08-18',
      dateSource: 'document',
    });
    expect(only(await importFile('front.md', '---\ndate: 2018-11-16\n---\n# Title\n\nBody.'))).toMatchObject({ date: '2018-11-16', dateSource: 'document' });
  });

  it('takes a page’s published_time meta tag over a date in its text', async () => {
    const html =
      '<html><head><title>Story</title><meta property="article:published_time" content="2018-11-16T23:30:00-05:00"></head>' +
      '<body><p>1 January 2020</p><p>Officials met in Berlin.</p></body></html>';
    expect(only(await importFile('page.html', html))).toMatchObject({ date: '2018-11-16', dateSource: 'document' });
  });
});

describe('chooseDate', () => {
  it('prefers a stated date, then the text, then a file property', () => {
    const text = 'Report\n\n18 August 2022\n\nBody.';
    expect(chooseDate('html', extracted(text, { date: '2018-11-16' }))).toEqual({ date: '2018-11-16', dateSource: 'document' });
    expect(chooseDate('docx', extracted(text, { date: '2025-02-08', dateSource: 'file' }))).toEqual({ date: '2022-08-18', dateSource: 'document' });
    expect(chooseDate('pdf', extracted('Body.', { date: "D:20250208" }))).toEqual({ date: '2025-02-08', dateSource: 'file' });
    expect(chooseDate('txt', extracted('Body.'))).toEqual({ date: null, dateSource: null });
  });

  it('never reads the date from the appendix (a note cites its source’s date)', () => {
    expect(chooseDate('docx', extracted('Ouch.', { appendix: 'Footnotes\n\n[1] 18 August 2022' }))).toEqual({ date: null, dateSource: null });
  });
});
