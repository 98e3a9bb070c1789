/** Backend behaviour around project switches while long work is under way. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from './backend.js';
import { createTestBackend } from './test-backend.js';

let dir: string;
let backend: Backend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-backend-'));
  backend = createTestBackend(dir);
});
afterEach(async () => {
  await backend.dispose({ force: true });
  await rm(dir, { recursive: true, force: true });
});

describe('closing or switching projects during an import', () => {
  it('never reports articles as imported that did not reach the project file', async () => {
    const folder = join(dir, 'many');
    await mkdir(folder);
    for (let i = 0; i < 300; i++) await writeFile(join(folder, `note-${i}.txt`), `Note ${i}\n\nA short text about harbour number ${i}.`);
    const h = backend.handlers;
    const path = join(dir, 'p.warrant');
    await h['project.new']({ path });
    const running = h['import.run']({ sources: [{ kind: 'path', path: folder }] });
    await h['project.close']({});
    const summary = await running;
    const saved = JSON.parse(await readFile(path, 'utf8')) as { articles: unknown[] };
    if (summary.cancelled) {
      expect(summary.imported).toEqual([]);
      expect(saved.articles).toEqual([]);
    } else {
      expect(saved.articles).toHaveLength(summary.imported.length);
    }
  });

  it('cancels the import when another project is opened, and says so', async () => {
    const folder = join(dir, 'many');
    await mkdir(folder);
    for (let i = 0; i < 300; i++) await writeFile(join(folder, `n-${i}.txt`), `N ${i}\n\nText ${i} about tariffs.`);
    const h = backend.handlers;
    const first = join(dir, 'first.warrant');
    await h['project.new']({ path: first });
    const running = h['import.run']({ sources: [{ kind: 'path', path: folder }] });
    await h['project.new']({ path: join(dir, 'second.warrant') });
    const summary = await running;
    const saved = JSON.parse(await readFile(first, 'utf8')) as { articles: unknown[] };
    expect(saved.articles).toHaveLength(summary.cancelled ? 0 : summary.imported.length);
    // Nothing of it landed in the project now open.
    expect((await h['articles.list']({})).length).toBe(0);
  });
});
