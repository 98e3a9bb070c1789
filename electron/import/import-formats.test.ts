/**
 * Every format end to end: real files in temp folders, parsed by real worker threads.
 */
import { describe, expect, it } from 'vitest';
import { Article } from '../../shared/model.js';
import { makeDocx } from './fixtures/make-docx.js';
import { makePdf } from './fixtures/make-pdf.js';
import { importFile, tempDir, writeFiles } from './fixtures/temp.js';
import { runImport, type ImportResult } from './run-import.js';

/** The one article imported, checked against the model's schema. */
function only(result: ImportResult): Article {
  expect(result.summary.failed).toEqual([]);
  expect(result.articles).toHaveLength(1);
  return Article.parse(result.articles[0]);
}

/** The reason the one file failed. */
function failure(result: ImportResult): string {
  expect(result.articles).toEqual([]);
  expect(result.summary.failed).toHaveLength(1);
  return result.summary.failed[0]!.reason;
}

describe('plain text', () => {
  it('imports normalized text with the first line as title', async () => {
    const article = only(await importFile('note.txt', '\uFEFFAllies urged to drop Huawei\r\n\r\n\r\n\r\nOfficials  met\u00a0in Berlin.  \r\n'));
    expect(article).toMatchObject({
      title: 'Allies urged to drop Huawei',
      text: 'Allies urged to drop Huawei\n\nOfficials met in Berlin.',
      format: 'txt',
      fileName: 'note.txt',
      length: 'Allies urged to drop Huawei\n\nOfficials met in Berlin.'.length,
      source: null,
      author: null,
      date: null,
      url: null,
    });
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses binary data with a reason, and reads Latin-1 text saying which encoding it assumed', async () => {
    expect(failure(await importFile('photo.txt', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])))).toMatch(
      /binary file, not text: it contains NUL bytes/,
    );
    const result = await importFile('latin1.txt', Buffer.from('Caf\xe9 au lait, 3 \xe9t\xe9s', 'latin1'));
    expect(only(result).text).toBe('Café au lait, 3 étés');
    expect(result.summary.imported[0]!.note).toMatch(/^Read as Windows-1252: the file does not say which encoding it uses/);
  });

  it('refuses an empty file', async () => {
    expect(failure(await importFile('empty.txt', ''))).toBe('The file is empty (0 bytes).');
    expect(failure(await importFile('blank.txt', ' \n\t\n '))).toMatch(/^No text found/);
  });
});

describe('markdown', () => {
  it('strips the syntax to readable text and takes the first # heading as title', async () => {
    const md = [
      'Intro line before the heading.',
      '',
      '# Allies urged to *drop* Huawei',
      '',
      'Officials **met** in [Berlin](https://example.org/berlin) and `Rome`.',
      '![chart](chart.png)',
      '',
      '## Background',
      '',
      '- Germany',
      '- Italy',
      '',
      '> A quoted passage.',
    ].join('\n');
    const article = only(await importFile('story.md', md));
    expect(article.title).toBe('Allies urged to drop Huawei');
    expect(article.text).toBe(
      'Intro line before the heading.\n\nAllies urged to drop Huawei\n\nOfficials met in Berlin and Rome.\n\nBackground\n\n- Germany\n- Italy\n\nA quoted passage.',
    );
    expect(article.format).toBe('md');
  });

  it('uses the first line when there is no # heading, and reads front matter', async () => {
    const md = '---\ntitle: "From the front matter"\nauthor: Jane Roe\ndate: 2018-11-16\nurl: https://example.org/a\n---\nFirst line\n\nBody.';
    const article = only(await importFile('notes.markdown', md));
    expect(article).toMatchObject({ title: 'From the front matter', author: 'Jane Roe', date: '2018-11-16', url: 'https://example.org/a' });
    expect(article.text).toBe('First line\n\nBody.');

    const plain = only(await importFile('plain.md', '## Second-level heading\n\nText *here*.'));
    expect(plain.title).toBe('Second-level heading');
  });

  it('keeps raw HTML in Markdown inert', async () => {
    const article = only(await importFile('raw.md', '# Title\n\n<script>alert("md")</script>\n\nSafe text.'));
    expect(article.text).toBe('Title\n\nSafe text.');
  });
});

describe('docx', () => {
  it('imports paragraphs and the core properties', async () => {
    const docx = await makeDocx({
      paragraphs: ['Opening paragraph of the memo.', 'Second paragraph & more.'],
      core: { title: 'Memo on network equipment', creator: 'Jane Roe', created: '2018-11-16T08:00:00Z' },
    });
    const article = only(await importFile('memo.docx', docx));
    expect(article).toMatchObject({
      title: 'Memo on network equipment',
      author: 'Jane Roe',
      date: '2018-11-16',
      format: 'docx',
      text: 'Opening paragraph of the memo.\n\nSecond paragraph & more.',
    });
  });

  it('takes the first paragraph as title when the properties have none', async () => {
    const article = only(await importFile('untitled.docx', await makeDocx({ paragraphs: ['Allies urged to drop Huawei', 'Body.'] })));
    expect(article.title).toBe('Allies urged to drop Huawei');
    expect(article.author).toBeNull();
  });

  it('explains damaged files, old .doc files and password-protected ones', async () => {
    expect(failure(await importFile('broken.docx', 'this is not a zip file at all'))).toMatch(
      /^This \.docx file is damaged or is not a Word document \(it could not be opened as a zip package/,
    );
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect(failure(await importFile('old.docx', ole))).toMatch(/old-style Word \.doc file .* or a password-protected document/);
  });
});

describe('pdf', () => {
  it('imports the text layer in paragraphs, with the Info metadata', async () => {
    const pdf = makePdf({
      pages: [
        {
          lines: [
            [72, 720, 'Allies urged to drop Huawei'],
            [72, 690, 'Officials met their counterparts in Berlin'],
            [72, 676, 'and Rome this week.'],
            [72, 640, 'A second paragraph follows.'],
          ],
        },
        { lines: [[72, 720, 'Text on page two.']] },
      ],
      info: { Title: 'Allies and Huawei', Author: 'Jane Roe', CreationDate: "D:20181116093000+01'00'" },
    });
    const article = only(await importFile('report.pdf', pdf));
    expect(article).toMatchObject({
      title: 'Allies and Huawei',
      author: 'Jane Roe',
      date: '2018-11-16',
      format: 'pdf',
      text: 'Allies urged to drop Huawei\n\nOfficials met their counterparts in Berlin and Rome this week.\n\nA second paragraph follows.\n\nText on page two.',
    });
    // Reports cite "p. 2": where each page begins is kept.
    expect(article.pageStarts).toEqual([0, article.text.indexOf('Text on page two.')]);
  });

  it('keeps page numbers across empty pages (an empty page never claims the text after it)', async () => {
    const pdf = makePdf({ pages: [{ lines: [[72, 720, 'Page one.']] }, { image: true }, { lines: [[72, 720, 'Page three.']] }] });
    const article = only(await importFile('gap.pdf', pdf));
    expect(article.text).toBe('Page one.\n\nPage three.');
    const three = article.text.indexOf('Page three.');
    expect(article.pageStarts).toEqual([0, three, three]);
  });

  it('records no pages for formats without them', async () => {
    expect(only(await importFile('note.txt', 'One.\n\nTwo.')).pageStarts).toBeUndefined();
  });

  it('takes the first line as title when the metadata has none (or a placeholder)', async () => {
    const pdf = makePdf({ pages: [{ lines: [[72, 720, 'Headline on the page'], [72, 690, 'Body.']] }], info: { Title: 'Microsoft Word - draft.docx' } });
    expect(only(await importFile('scan.pdf', pdf)).title).toBe('Headline on the page');
  });

  it('refuses a scanned (image-only) PDF, saying OCR is not supported', async () => {
    const reason = failure(await importFile('scan.pdf', makePdf({ pages: [{ image: true }, { image: true }] })));
    expect(reason).toMatch(/^This PDF has no text layer \(2 pages, no text\) — it is probably a scanned image\. OCR is not supported/);
  });

  it('refuses a password-protected PDF', async () => {
    const pdf = makePdf({ pages: [{ lines: [[72, 720, 'Secret']] }], userPassword: 'hunter2' });
    expect(failure(await importFile('locked.pdf', pdf))).toMatch(/^This PDF is password-protected\. Remove the password/);
  });

  it('still reads the text layer where the optional canvas package is missing', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.pdf': makePdf({ pages: [{ lines: [[72, 720, 'Readable without canvas']] }] }) });
    const { articles, summary } = await runImport([{ kind: 'path', path: dir }], {
      existing: new Map(),
      workerUrl: new URL('./fixtures/no-canvas-entry.ts', import.meta.url),
    });
    expect(summary.failed).toEqual([]);
    expect(articles[0]?.text).toBe('Readable without canvas');
  });

  it('refuses a damaged PDF', async () => {
    expect(failure(await importFile('broken.pdf', '%PDF-1.4\nthis is not really a pdf'))).toMatch(/^This PDF is damaged or is not a PDF/);
  });
});
