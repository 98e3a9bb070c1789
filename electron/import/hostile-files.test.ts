/**
 * Files that are not what their extension says, nested beyond what Readability can handle, or
 * cut short: real files in a temp folder, imported by real workers. Each is refused with a
 * reason a researcher can act on (never a library's message), or imported whole.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from './fixtures/make-docx.js';
import { makePdf } from './fixtures/make-pdf.js';
import { importFile, tempDir, writeFiles } from './fixtures/temp.js';
import { unexpectedErrorReason } from './parse-job.js';
import { runImport } from './run-import.js';
import { FLATTEN, flattenDeepNesting } from './flatten-html.js';
import { checkContent } from './sniff.js';

/** An ELF-like program: the magic, a header of NULs and machine-code-like bytes. */
function elfBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]);
  for (let i = 64; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
  return bytes;
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

/** What a library would say and a researcher must never see. */
const LIBRARY_TALK = /https?:\/\/|xmldom|jszip|mammoth|pdf\.js|\n\s+at |Error:|call stack|string longer/i;

describe('files whose content is not their extension', () => {
  it('refuses a program named .html, an image named .pdf and text named .docx, and imports the good file beside them', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'x.html': elfBytes(),
      'y.pdf': PNG,
      'z.docx': 'Just a plain text note, renamed to .docx by mistake.\n',
      'good.html': '<html><head><title>Allies urged to drop Huawei</title></head><body><p>Officials met in Berlin.</p></body></html>',
    });
    const { articles, summary } = await runImport([{ kind: 'path', path: dir }], { existing: new Map() });
    expect(articles.map((a) => a.fileName)).toEqual(['good.html']);
    expect(articles[0]?.text).toBe('Officials met in Berlin.');
    const reasons = new Map(summary.failed.map((f) => [path.basename(f.file), f.reason]));
    expect([...reasons.keys()].sort()).toEqual(['x.html', 'y.pdf', 'z.docx']);
    expect(reasons.get('x.html')).toMatch(/^This file's content is not HTML: it looks like a program \(ELF executable\), not a web page\./);
    expect(reasons.get('y.pdf')).toMatch(/^This file is not a PDF: it does not start with a PDF header \(it looks like a PNG image\)\./);
    expect(reasons.get('z.docx')).toMatch(
      /^This \.docx file is damaged or is not a Word document \(it could not be opened as a zip package: it looks like plain text\)\./,
    );
    for (const reason of reasons.values()) expect(reason).not.toMatch(LIBRARY_TALK);
  });

  it('refuses binary data without a known signature named .html', () => {
    const noise = Uint8Array.from({ length: 2000 }, (_, i) => 1 + ((i * 7) % 30)); // control characters, no NUL
    expect(() => checkContent('html', noise)).toThrow(/not HTML: it looks like a program or binary file, not a web page/);
    // Text-like HTML passes: UTF-8, and UTF-16 with its byte-order mark (which has NUL bytes).
    expect(() => checkContent('html', Buffer.from('<p>Café</p>'))).not.toThrow();
    expect(() => checkContent('html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>x</p>', 'utf16le')]))).not.toThrow();
    // A PDF header may follow some junk within the first KB, as readers allow.
    expect(() => checkContent('pdf', Buffer.from('\r\n%PDF-1.7\n'))).not.toThrow();
  });
});

describe('deeply nested HTML', () => {
  it('imports 3,000 nested divs with their text, without Readability', async () => {
    const depth = 3000;
    const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}<p>The text at the bottom.</p>${'</div>'.repeat(depth)}<p>After.</p></body></html>`;
    const result = await importFile('deep.html', html);
    expect(result.summary.failed).toEqual([]);
    expect(result.articles[0]?.title).toBe('Deep page');
    expect(result.articles[0]?.text).toBe('The text at the bottom.\n\nAfter.');
  });
});

describe('flattening deep nesting before parsing', () => {
  const nested = (depth: number, inner: string) => `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

  it('leaves ordinary pages byte for byte as they are', () => {
    const page = Buffer.from(nested(FLATTEN.trigger - 5, '<p>Text</p>'));
    expect(flattenDeepNesting(page)).toBe(page);
  });

  it('removes the deep container tags but keeps text, scripts inert and hidden parts hidden', () => {
    const inner = '<p>Kept text</p><script>if (a < b) { x("</div>") }</script><div hidden><p>Hidden</p></div><nav>Menu</nav>';
    const flat = Buffer.from(flattenDeepNesting(Buffer.from(nested(2000, inner)))).toString('latin1');
    expect(flat.length).toBeLessThan(2000);
    expect(flat).toContain('Kept text');
    expect(flat).toContain('<script>if (a < b) { x("</div>") }</script>');
    expect(flat).toMatch(/<div hidden>(<br>)?Hidden(<br>)?<\/div>/);
    expect(flat).toContain('<nav>Menu</nav>');
  });

  it('imports 300,000 nested divs (which would overflow the parser) with their text', async () => {
    const result = await importFile('deeper.html', nested(300_000, '<p>Still here.</p>'));
    expect(result.summary.failed).toEqual([]);
    expect(result.articles[0]?.text).toBe('Still here.');
  });
});

describe('truncated files', () => {
  it('refuses a .docx cut in half, in words of its own', async () => {
    const docx = await makeDocx({ paragraphs: ['Opening paragraph of the memo.', 'Second paragraph.'] });
    const { summary } = await importFile('half.docx', docx.subarray(0, Math.floor(docx.length / 2)));
    expect(summary.failed).toHaveLength(1);
    const reason = summary.failed[0]!.reason;
    expect(reason).toMatch(/^This \.docx file is damaged or is not a Word document/);
    expect(reason).not.toMatch(LIBRARY_TALK);
  });

  it('refuses a PDF cut in half, in words of its own', async () => {
    const pdf = makePdf({ pages: [{ lines: [[72, 720, 'Allies urged to drop Huawei']] }, { lines: [[72, 720, 'Page two.']] }] });
    const { summary } = await importFile('half.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)));
    expect(summary.failed).toHaveLength(1);
    const reason = summary.failed[0]!.reason;
    expect(reason).toMatch(/^This PDF (is damaged|could not be read)/);
    expect(reason).not.toMatch(LIBRARY_TALK);
  });

  it('maps errors a library throws to a sentence, never the library message', () => {
    const marked = new Error('Maximum call stack size exceeded\nPlease report this to https://github.com/markedjs/marked.');
    expect(unexpectedErrorReason('md', marked)).toBe('The file could not be read as Markdown: the file may be damaged.');
    expect(unexpectedErrorReason('html', new RangeError('Maximum call stack size exceeded'))).toMatch(/nested too deeply/);
    expect(unexpectedErrorReason('txt', new RangeError('Cannot create a string longer than 0x1fffffe8 characters'))).toMatch(
      /too large to process\. Split the document/,
    );
    expect(unexpectedErrorReason('docx', new Error('[xmldom error]\tentity not found:&nbsp;'))).toBe(
      'The file could not be read as a Word document: the file may be damaged.',
    );
    for (const e of [marked, new Error('[xmldom error] x'), new Error('see https://stuk.github.io/jszip/documentation')]) {
      expect(unexpectedErrorReason('docx', e)).not.toMatch(LIBRARY_TALK);
    }
  });
});
