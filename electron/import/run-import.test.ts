/**
 * Batch behaviour of runImport: folders, uploads, failures, duplicates, order, progress, cancel.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/model.js';
import { normalizeText } from '../../shared/text/normalize.js';
import { tempDir, writeFiles } from './fixtures/temp.js';
import { runImport, type ImportProgress } from './run-import.js';

const sha256 = (text: string) => createHash('sha256').update(normalizeText(text)).digest('hex');
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('folders', () => {
  it('imports nested folders, skips hidden entries and link loops, and lists the bad files with reasons', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'a.txt': 'Alpha headline\n\nAlpha body.',
      'sub/b.md': '# Beta headline\n\nBeta body.',
      'sub/deeper/c.txt': 'Gamma headline\n\nGamma body.',
      'sub/deeper/bad.txt': Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x00]),
      'sub/photo.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47]),
      '.git/notes.txt': 'hidden folder',
      'sub/.draft.txt': 'hidden file',
      'sub/~$memo.docx': 'word lock file',
    });
    await fs.symlink(dir, path.join(dir, 'sub', 'loop')); // a folder that contains itself
    await fs.symlink(path.join(dir, 'a.txt'), path.join(dir, 'sub', 'link-to-a.txt')); // the same file twice
    await fs.symlink(path.join(dir, 'missing.txt'), path.join(dir, 'dangling.txt'));

    const { articles, summary } = await runImport([{ kind: 'path', path: dir }], { existing: new Map() });

    expect(articles.map((a) => a.title)).toEqual(['Alpha headline', 'Beta headline', 'Gamma headline']);
    expect(articles.map((a) => a.fileName)).toEqual(['a.txt', 'b.md', 'c.txt']);
    expect(summary.imported.map((i) => i.file)).toEqual([
      path.join(dir, 'a.txt'),
      path.join(dir, 'sub', 'b.md'),
      path.join(dir, 'sub', 'deeper', 'c.txt'),
    ]);
    expect(summary.failed).toEqual([
      { file: path.join(dir, 'dangling.txt'), reason: 'This is a link to a file or folder that does not exist.' },
      { file: path.join(dir, 'sub', 'deeper', 'bad.txt'), reason: expect.stringMatching(/binary file, not text/) },
      {
        file: path.join(dir, 'sub', 'photo.png'),
        reason: '.png files are not supported. Supported formats: .txt, .md, .markdown, .html, .htm, .pdf, .docx.',
      },
    ]);
    expect(summary.duplicates).toEqual([]);
    expect(summary.cancelled).toBe(false);
  });

  it('reports a missing path and keeps importing the other sources', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'ok.txt': 'Fine headline\n\nBody.' });
    const missing = path.join(dir, 'nope');
    const { articles, summary } = await runImport(
      [{ kind: 'path', path: missing }, { kind: 'path', path: path.join(dir, 'ok.txt') }],
      { existing: new Map() },
    );
    expect(articles.map((a) => a.title)).toEqual(['Fine headline']);
    expect(summary.failed).toEqual([{ file: missing, reason: 'No such file or folder.' }]);
  });

  it('refuses a file over the size limit without reading it, naming its size and the limit', async () => {
    const dir = await tempDir();
    const big = path.join(dir, 'huge.txt');
    const handle = await fs.open(big, 'w');
    await handle.truncate(150 * 1024 * 1024); // sparse: no disk space used
    await handle.close();
    const { summary } = await runImport([{ kind: 'path', path: big }], { existing: new Map() });
    expect(summary.failed).toEqual([{ file: big, reason: 'The file is 150 MB, larger than the import limit of 100 MB.' }]);
    expect(LIMITS.maxImportBytes).toBe(100 * 1024 * 1024);
  });
});

describe('uploaded files', () => {
  it('imports bytes sent by the UI, using only the base name as file name', async () => {
    const { articles, summary } = await runImport(
      [
        { kind: 'bytes', name: 'press/2018/allies.md', dataBase64: b64('# Uploaded headline\n\nText.') },
        { kind: 'bytes', name: 'press\\win\\note.txt', dataBase64: b64('Windows path headline\n\nText.') },
        { kind: 'bytes', name: 'press/.git/HEAD.txt', dataBase64: b64('hidden') },
        { kind: 'bytes', name: 'press/slides.pptx', dataBase64: b64('pk') },
      ],
      { existing: new Map() },
    );
    expect(articles.map((a) => [a.fileName, a.title])).toEqual([
      ['allies.md', 'Uploaded headline'],
      ['note.txt', 'Windows path headline'],
    ]);
    expect(summary.imported.map((i) => i.file)).toEqual(['press/2018/allies.md', 'press\\win\\note.txt']);
    expect(summary.failed).toEqual([{ file: 'press/slides.pptx', reason: expect.stringMatching(/^\.pptx files are not supported/) }]);
  });
});

describe('duplicates', () => {
  it('skips text already in the project or earlier in the batch, naming the existing title', async () => {
    const dir = await tempDir();
    const known = 'Known headline\n\nThis text is already in the project.';
    await writeFiles(dir, {
      '1-original.txt': 'Original headline\n\nSame words.',
      '2-copy.txt': 'Original headline\r\n\r\nSame   words.\n', // identical once normalized
      '3-known.txt': known,
      '4-new.txt': 'New headline\n\nDifferent words.',
    });
    const existing = new Map([[sha256(known), 'Known article (imported last week)']]);
    const { articles, summary } = await runImport([{ kind: 'path', path: dir }], { existing });
    expect(articles.map((a) => a.title)).toEqual(['Original headline', 'New headline']);
    expect(summary.duplicates).toEqual([
      { file: path.join(dir, '2-copy.txt'), existingTitle: 'Original headline' },
      { file: path.join(dir, '3-known.txt'), existingTitle: 'Known article (imported last week)' },
    ]);
    expect(articles[0]?.contentHash).toBe(sha256('Original headline\n\nSame words.'));
  });
});

describe('order, identity and progress', () => {
  it('returns articles sorted by path whatever order the workers finish in, with fresh ids', async () => {
    const dir = await tempDir();
    const names = ['b.txt', 'a.txt', 'c10.txt', 'c9.txt', 'B2.txt'];
    await writeFiles(dir, Object.fromEntries(names.map((n) => [n, `Headline ${n}\n\nBody of ${n}.`])));
    const before = Date.now();
    const { articles } = await runImport([{ kind: 'path', path: dir }], { existing: new Map(), workers: 2 });
    expect(articles.map((a) => a.fileName)).toEqual(['a.txt', 'b.txt', 'B2.txt', 'c9.txt', 'c10.txt']);
    expect(new Set(articles.map((a) => a.id)).size).toBe(5);
    for (const a of articles) {
      expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Date.parse(a.importedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(a.length).toBe(a.text.length);
    }
  });

  it('reports progress after each file, with the total known from the start', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'one.txt': 'One\n\nx', 'two.txt': 'Two\n\ny', 'three.rtf': '{\\rtf1}' });
    const events: ImportProgress[] = [];
    await runImport([{ kind: 'path', path: dir }], { existing: new Map(), onProgress: (p) => events.push(p) });
    expect(events[0]).toEqual({ done: 0, total: 3, current: '' });
    expect(events.map((e) => e.done)).toEqual([0, 1, 2, 3]);
    expect(events.every((e) => e.total === 3)).toBe(true);
    expect(events.slice(1).map((e) => e.current).sort()).toEqual(['one.txt', 'three.rtf', 'two.txt']);
  });
});

describe('cancel', () => {
  it('stops when cancelled and returns no articles at all', async () => {
    const dir = await tempDir();
    await writeFiles(dir, Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, `Headline ${i}\n\nBody ${i}.`])));
    const controller = new AbortController();
    const events: ImportProgress[] = [];
    const result = await runImport([{ kind: 'path', path: dir }], {
      existing: new Map(),
      workers: 1,
      signal: controller.signal,
      onProgress: (p) => {
        events.push(p);
        if (p.done === 1) controller.abort();
      },
    });
    expect(result).toEqual({ articles: [], summary: { imported: [], duplicates: [], failed: [], cancelled: true } });
    // Nothing is reported after the cancel.
    expect(events.map((e) => e.done)).toEqual([0, 1]);
  });

  it('does nothing when cancelled before it starts', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'A\n\nB' });
    const events: ImportProgress[] = [];
    const result = await runImport([{ kind: 'path', path: dir }], {
      existing: new Map(),
      signal: AbortSignal.abort(),
      onProgress: (p) => events.push(p),
    });
    expect(result.summary.cancelled).toBe(true);
    expect(result.articles).toEqual([]);
    expect(events).toEqual([]);
  });
});
