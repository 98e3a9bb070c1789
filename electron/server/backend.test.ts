/** Backend behaviour around project switches while long work is under way. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupTestBackend } from './test-backend-hooks.js';

const env = setupTestBackend('backend');

describe('closing or switching projects during an import', () => {
  it('never reports articles as imported that did not reach the project file', async () => {
    const folder = join(env.dir, 'many');
    await mkdir(folder);
    for (let i = 0; i < 300; i++) await writeFile(join(folder, `note-${i}.txt`), `Note ${i}\n\nA short text about harbour number ${i}.`);
    const h = env.backend.handlers;
    const path = join(env.dir, 'p.warrant');
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
    const folder = join(env.dir, 'many');
    await mkdir(folder);
    for (let i = 0; i < 300; i++) await writeFile(join(folder, `n-${i}.txt`), `N ${i}\n\nText ${i} about tariffs.`);
    const h = env.backend.handlers;
    const first = join(env.dir, 'first.warrant');
    await h['project.new']({ path: first });
    const running = h['import.run']({ sources: [{ kind: 'path', path: folder }] });
    await h['project.new']({ path: join(env.dir, 'second.warrant') });
    const summary = await running;
    const saved = JSON.parse(await readFile(first, 'utf8')) as { articles: unknown[] };
    expect(saved.articles).toHaveLength(summary.cancelled ? 0 : summary.imported.length);
    // Nothing of it landed in the project now open.
    expect((await h['articles.list']({})).length).toBe(0);
  });
});
