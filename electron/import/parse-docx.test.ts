/**
 * Word documents' footnotes, endnotes and comments: kept as marked sections after the body,
 * parsed directly and imported end to end from real files in a temp folder.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Article } from '../../shared/model.js';
import { makeDocx } from './fixtures/make-docx.js';
import { importFile, tempDir, writeFiles } from './fixtures/temp.js';
import { parseDocx, roman } from './parse-docx.js';
import { runImport } from './run-import.js';

/** A memo citing its sources the way Word documents usually do. */
function sourcedMemo(source = 'Reuters, “Allies urged to drop Huawei”, 16 November 2018.') {
  return makeDocx({
    paragraphs: [
      'Memo on network equipment',
      ['Allies were urged to drop the supplier, as reported', { footnote: 1 }, '. Officials disagreed', { endnote: 1 }, '.'],
      ['A second claim', { footnote: 2 }, ' and the first source again', { footnote: 1 }, '.'],
    ],
    footnotes: [
      { id: 1, paragraphs: [source] },
      { id: 2, paragraphs: ['Interview with an operator, Berlin.', 'Notes kept on file.'] },
    ],
    endnotes: [{ id: 1, paragraphs: ['The ministry’s statement of 3 May 2019.'] }],
    comments: [
      { id: 0, author: 'Jane Roe', initials: 'JR', date: '2024-03-02T10:15:00Z', paragraphs: ['Which report? Check the date.'] },
      { id: 1, paragraphs: ['Unsigned remark.'] },
    ],
  });
}

describe('parseDocx: notes and comments', () => {
  it('keeps reference marks in the body and lists footnotes, endnotes and comments after it', async () => {
    const found = await parseDocx(await sourcedMemo());
    expect(found.text).toContain('as reported[1]. Officials disagreed[i].');
    expect(found.text).toContain('A second claim[2] and the first source again[1].');
    expect(found.text).not.toContain('Reuters');
    expect(found.appendix).toBe(
      [
        'Footnotes',
        '[1] Reuters, “Allies urged to drop Huawei”, 16 November 2018.',
        '[2] Interview with an operator, Berlin.\nNotes kept on file.',
        'Endnotes',
        '[i] The ministry’s statement of 3 May 2019.',
        'Comments',
        '[Jane Roe, 2024-03-02] Which report? Check the date.',
        'Unsigned remark.',
      ].join('\n\n'),
    );
  });

  it('numbers notes in the order the body refers to them, whatever their ids', async () => {
    const found = await parseDocx(
      await makeDocx({
        paragraphs: [['First', { footnote: 7 }, ' then', { footnote: 3 }]],
        footnotes: [
          { id: 3, paragraphs: ['Cited second.'] },
          { id: 7, paragraphs: ['Cited first.'] },
        ],
      }),
    );
    expect(found.text.trim()).toBe('First[1] then[2]');
    expect(found.appendix).toBe('Footnotes\n\n[1] Cited first.\n\n[2] Cited second.');
  });

  it('adds nothing to a document without notes or comments', async () => {
    const found = await parseDocx(await makeDocx({ paragraphs: ['Plain.'] }));
    expect(found.text).toBe('Plain.\n\n');
    expect(found.appendix).toBeUndefined();
  });

  it('refuses comments that declare a DTD, without quoting the file', async () => {
    const docx = await makeDocx({
      paragraphs: ['Body.'],
      comments: [{ id: 0, author: 'A', paragraphs: ['&lol;'] }],
      commentsProlog: '<!DOCTYPE w:comments [<!ENTITY lol "lol">]>',
    });
    await expect(parseDocx(docx)).rejects.toThrow(/^This \.docx file was refused: its comments declare a DTD/);
    const body = await makeDocx({ paragraphs: ['Body.'], documentProlog: '<!ENTITY x "y">' });
    await expect(parseDocx(body)).rejects.toThrow(/^This \.docx file was refused: its main text declares a DTD/);
  });

  it('counts endnotes in Roman numerals', () => {
    expect([1, 2, 4, 9, 14, 40].map(roman)).toEqual(['i', 'ii', 'iv', 'ix', 'xiv', 'xl']);
  });
});

describe('importing Word documents with notes', () => {
  it('imports the notes as part of the text, so quotes and search reach them', async () => {
    const result = await importFile('memo.docx', await sourcedMemo());
    expect(result.summary.failed).toEqual([]);
    const article = Article.parse(result.articles[0]);
    expect(article.text).toBe(
      [
        'Memo on network equipment',
        'Allies were urged to drop the supplier, as reported[1]. Officials disagreed[i].',
        'A second claim[2] and the first source again[1].',
        'Footnotes',
        '[1] Reuters, “Allies urged to drop Huawei”, 16 November 2018.',
        '[2] Interview with an operator, Berlin.\nNotes kept on file.',
        'Endnotes',
        '[i] The ministry’s statement of 3 May 2019.',
        'Comments',
        '[Jane Roe, 2024-03-02] Which report? Check the date.',
        'Unsigned remark.',
      ].join('\n\n'),
    );
    // A footnote's date is its source's, never taken for the memo's own.
    expect(article.date).toBeNull();
    expect(article.dateSource).toBeNull();
  });

  it('imports two documents whose bodies match but whose sources differ (no false duplicate)', async () => {
    const dir = await tempDir();
    const ouch = (source: string) => makeDocx({ paragraphs: [['Ouch.', { footnote: 1 }]], footnotes: [{ id: 1, paragraphs: [source] }] });
    await writeFiles(dir, { 'a.docx': await ouch('Source one.'), 'b.docx': await ouch('Source two.') });
    const { articles, summary } = await runImport([{ kind: 'path', path: dir }], { existing: new Map() });
    expect(summary.duplicates).toEqual([]);
    expect(articles.map((a) => [path.basename(a.fileName), a.text])).toEqual([
      ['a.docx', 'Ouch.[1]\n\nFootnotes\n\n[1] Source one.'],
      ['b.docx', 'Ouch.[1]\n\nFootnotes\n\n[1] Source two.'],
    ]);
  });
});
