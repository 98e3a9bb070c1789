// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ImportSource } from '../../shared/api.js';
import {
  batchSources,
  fromFileList,
  IMPORT_PICKER_ACCEPT,
  isHiddenPath,
  PROJECT_IN_FOLDER_REASON,
  PROJECT_ONE_AT_A_TIME_REASON,
  readAsBase64,
  separateProjectFiles,
  separateProjectPaths,
  toByteSources,
  walkEntries,
} from './files.js';

/** A minimal stand-in for the browser's FileSystemEntry tree that a drop produces. */
function fileEntry(fullPath: string, content: string): FileSystemEntry {
  const name = fullPath.split('/').pop()!;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (ok: (f: File) => void) => ok(new File([content], name)),
  } as unknown as FileSystemEntry;
}
function dirEntry(fullPath: string, children: FileSystemEntry[], batchSize = 2): FileSystemEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop()!,
    fullPath,
    createReader: () => {
      let i = 0;
      return {
        readEntries: (ok: (e: FileSystemEntry[]) => void) => {
          ok(children.slice(i, i + batchSize));
          i += batchSize;
        },
      };
    },
  } as unknown as FileSystemEntry;
}

describe('dropped folders', () => {
  it('walks nested folders across readEntries batches and names files by relative path', async () => {
    const tree = dirEntry('/seeds', [
      fileEntry('/seeds/a.txt', 'A'),
      fileEntry('/seeds/.DS_Store', 'x'),
      dirEntry('/seeds/sub', [fileEntry('/seeds/sub/b.md', 'B')]),
      fileEntry('/seeds/c.html', 'C'),
      dirEntry('/seeds/.git', [fileEntry('/seeds/.git/HEAD', 'ref')]),
    ]);
    const { files, failed } = await walkEntries([tree, fileEntry('/loose.txt', 'L')]);
    expect(files.map((f) => f.name)).toEqual(['seeds/a.txt', 'seeds/sub/b.md', 'seeds/c.html', 'loose.txt']);
    expect(failed).toEqual([]);
  });

  it('recognizes hidden paths', () => {
    expect(isHiddenPath('a/.git/HEAD')).toBe(true);
    expect(isHiddenPath('a/b.txt')).toBe(false);
  });
});

describe('byte sources', () => {
  it('reads files as base64 without the data URL prefix', async () => {
    expect(await readAsBase64(new File(['héllo'], 'h.txt'))).toBe(btoa(String.fromCharCode(...new TextEncoder().encode('héllo'))));
  });

  it('names files from an input by their folder-relative path when present', () => {
    const file = new File(['x'], 'a.txt');
    Object.defineProperty(file, 'webkitRelativePath', { value: 'seeds/a.txt' });
    expect(fromFileList([file, new File(['y'], 'b.txt')]).map((f) => f.name)).toEqual(['seeds/a.txt', 'b.txt']);
  });

  it('reports files over the size limit instead of sending them', async () => {
    const big = new File(['x'], 'huge.pdf');
    Object.defineProperty(big, 'size', { value: 200 * 1024 * 1024 });
    const { sources, failed } = await toByteSources([
      { file: big, name: 'huge.pdf' },
      { file: new File(['ok'], 'a.txt'), name: 'a.txt' },
    ]);
    expect(sources).toEqual([{ kind: 'bytes', name: 'a.txt', dataBase64: btoa('ok') }]);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.file).toBe('huge.pdf');
    expect(failed[0]!.reason).toMatch(/100 MB/);
  });

  it('reports reading progress and stops when aborted', async () => {
    const files = ['a', 'b', 'c'].map((n) => ({ file: new File([n], `${n}.txt`), name: `${n}.txt` }));
    const seen: number[] = [];
    const controller = new AbortController();
    const { sources } = await toByteSources(files, {
      onProgress: (done) => {
        seen.push(done);
        if (done === 1) controller.abort();
      },
      signal: controller.signal,
    });
    expect(seen).toEqual([0, 1]);
    // The file whose progress aborted is still read; nothing after it.
    expect(sources.map((s) => (s.kind === 'bytes' ? s.name : ''))).toEqual(['a.txt', 'b.txt']);
  });

  it('batches large imports without splitting a file and without empty batches', () => {
    const s = (n: number): ImportSource => ({ kind: 'bytes', name: `f${n}`, dataBase64: 'x'.repeat(n) });
    const batches = batchSources([s(4), s(4), s(9), s(1)], 8);
    expect(batches.map((b) => b.map((x) => (x.kind === 'bytes' ? x.name : '')))).toEqual([['f4', 'f4'], ['f9'], ['f1']]);
    expect(batchSources([])).toEqual([]);
  });
});

describe('project files among the files to import', () => {
  const picked = (name: string) => ({ file: new File(['x'], name.split('/').pop()!), name });

  it('offers the first project file picked or dropped on its own for merging, and imports the articles', () => {
    const { project, articles, failed } = separateProjectFiles([picked('a.md'), picked('Ben.WARRANT'), picked('b.txt'), picked('Cy.warrant')]);
    expect(project?.name).toBe('Ben.WARRANT');
    expect(articles.map((f) => f.name)).toEqual(['a.md', 'b.txt']);
    expect(failed).toEqual([{ file: 'Cy.warrant', reason: PROJECT_ONE_AT_A_TIME_REASON }]);
  });

  it('lists a project file found inside a folder as not imported, saying how to merge it', () => {
    const { project, articles, failed } = separateProjectFiles([picked('news/a.md'), picked('news/Study.warrant')]);
    expect(project).toBeNull();
    expect(articles.map((f) => f.name)).toEqual(['news/a.md']);
    expect(failed).toEqual([{ file: 'news/Study.warrant', reason: PROJECT_IN_FOLDER_REASON }]);
  });

  it('does the same for paths from the desktop dialog, and lets the file picker offer project files', () => {
    expect(separateProjectPaths(['/x/a.pdf', '/x/Ben.warrant', '/x/b.md'])).toEqual({ project: '/x/Ben.warrant', others: ['/x/a.pdf', '/x/b.md'] });
    expect(separateProjectPaths(['/x/a.pdf'])).toEqual({ project: null, others: ['/x/a.pdf'] });
    expect(IMPORT_PICKER_ACCEPT.split(',')).toContain('.warrant');
  });
});
