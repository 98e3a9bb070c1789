/**
 * Zip bombs named .docx: refused by the sniffer (sniff.ts → electron/common/zip-guard.ts) from
 * the package's directory, before jszip or mammoth inflate anything, with memory to match; and a
 * package that lies about its sizes is stopped at what it declared.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardZip } from '../common/zip-guard.js';
import { rawZip } from '../interchange/qdpx/test-qdpx.js';
import { makeDocx } from './fixtures/make-docx.js';
import { tempDir, writeFiles } from './fixtures/temp.js';
import { zipBombDocx } from './fixtures/zip-bomb.js';
import { ImportFailure } from './import-failure.js';
import { runImport } from './run-import.js';
import { checkContent, PACKAGE_LIMITS } from './sniff.js';

const MB = 1024 * 1024;

function reason(bytes: Uint8Array): string {
  try {
    checkContent('docx', bytes);
  } catch (e) {
    if (e instanceof ImportFailure) return e.message;
    throw e;
  }
  return 'accepted';
}

/** How much the resident set grows while `run` runs (loosely: other allocations count too). */
function rssGrowth(run: () => void): number {
  const before = process.memoryUsage().rss;
  run();
  return process.memoryUsage().rss - before;
}

describe('zip bombs named .docx', () => {
  it('refuses 150 MB of one paragraph packed into a small file, from its directory, with bounded memory', () => {
    const bomb = zipBombDocx(150 * MB);
    expect(bomb.byteLength).toBeLessThan(1 * MB);
    let message = '';
    const growth = rssGrowth(() => (message = reason(bomb)));
    expect(message).toBe("This Word document would unpack to more than 100 MB (a 'zip bomb'?) — Warrant does not open it.");
    expect(growth).toBeLessThan(300 * MB);
  });

  it('refuses at once a document whose text is more XML than the Word reader can hold in memory', () => {
    // Under the 100 MB part limit and the ratio limit, but mammoth would need ~2.3 GB for it.
    const big = zipBombDocx(64 * MB);
    expect(reason(big)).toMatch(/^This Word document's text is more than 40 MB of XML, more than Warrant's Word reader can hold in memory\. Split it/);
  });

  it('stops a package that declares small sizes but unpacks large at the size it declared', () => {
    const liar = zipBombDocx(150 * MB, 4000);
    let message = '';
    const growth = rssGrowth(() => (message = reason(liar)));
    expect(message).toBe("This Word document unpacks to more than its own table of contents declares (a 'zip bomb'?) — Warrant does not open it.");
    expect(growth).toBeLessThan(300 * MB);
  });

  it('refuses a part packed far tighter than any real document, even under the size limits', () => {
    // 20 MB of spaces packs ~1,000× (one paragraph repeated packs ~300×, which the size limit catches).
    const dense = rawZip([{ name: 'word/document.xml', data: new Uint8Array(20 * MB).fill(0x20), deflate: true }]);
    expect(reason(dense)).toBe("This Word document is packed more than 500 times smaller than it unpacks (a 'zip bomb'?) — Warrant does not open it.");
  });

  it('refuses packages with too many parts, names outside the package, or an unreadable directory', () => {
    const many = rawZip(Array.from({ length: 12 }, (_, i) => ({ name: `word/p${i}.xml`, data: '<x/>' })));
    expect(guardZip(many, { ...PACKAGE_LIMITS, maxEntries: 10 })).toEqual({ kind: 'entries', limit: 10 });
    expect(reason(rawZip([{ name: '../evil.xml', data: '<x/>' }]))).toMatch(/names files outside itself \(an entry name climbs out with “\.\.”\)/);
    const truncated = zipBombDocx(1 * MB).slice(0, 2000);
    expect(reason(truncated)).toMatch(/^This \.docx file is damaged or is not a Word document \(it could not be opened as a zip package/);
  });

  it('lets real Word documents through', async () => {
    expect(reason(await makeDocx({ paragraphs: ['A real document.', 'With two paragraphs.'] }))).toBe('accepted');
    const long = await makeDocx({ paragraphs: Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} of a long but ordinary report, number ${i * 7}.`) });
    expect(reason(long)).toBe('accepted');
  });

  it('fails only the bomb in an import, and imports the good document beside it', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'bomb.docx': zipBombDocx(150 * MB), 'good.docx': await makeDocx({ paragraphs: ['Good headline', 'Body.'] }) });
    const { articles, summary } = await runImport([{ kind: 'path', path: dir }], { existing: new Map() });
    expect(articles.map((a) => a.title)).toEqual(['Good headline']);
    expect(summary.failed.map((f) => [path.basename(f.file), f.reason])).toEqual([
      ['bomb.docx', "This Word document would unpack to more than 100 MB (a 'zip bomb'?) — Warrant does not open it."],
    ]);
  });
});
