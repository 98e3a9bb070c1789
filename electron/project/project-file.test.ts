import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyProjectCollections, type ProjectFile } from '../../shared/model.js';
import { WarrantError } from '../../shared/result.js';
import { backupPathFor, readProjectFile, removeStaleTempFiles, writeProjectFile } from './project-file.js';
import { ProjectSession } from './session.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-pf-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const text = 'The council approved the plan.';
function sample(): ProjectFile {
  return {
    format: 'warrant-project',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'p1',
    name: 'Demo',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    articles: [
      {
        id: 'a1',
        title: 'Plan approved',
        source: 'Courier',
        author: null,
        date: '2025-02-11',
        url: null,
        fileName: 'a.txt',
        format: 'txt',
        importedAt: '2026-01-01T00:00:00.000Z',
        contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
        length: text.length,
        text,
        rev: 'rev-a1',
        revs: [],
      },
    ],
    ...emptyProjectCollections(),
  };
}

async function expectError(path: string, code: string, fragment: RegExp): Promise<void> {
  const before = await readFile(path).catch(() => null);
  const error = await readProjectFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WarrantError);
  expect((error as WarrantError).code).toBe(code);
  expect((error as WarrantError).message).toMatch(fragment);
  // Reading never changes the file.
  expect(await readFile(path).catch(() => null)).toEqual(before);
}

describe('project files', () => {
  it('round-trips a project through an atomic save', async () => {
    const path = join(dir, 'demo.warrant');
    await writeProjectFile(path, sample(), true);
    expect(await readProjectFile(path)).toEqual(sample());
  });

  it('keeps the previous version as a backup', async () => {
    const path = join(dir, 'demo.warrant');
    await writeProjectFile(path, sample(), false);
    const changed = { ...sample(), name: 'Renamed' };
    await writeProjectFile(path, changed, true);
    expect((await readProjectFile(backupPathFor(path))).name).toBe('Demo');
    expect((await readProjectFile(path)).name).toBe('Renamed');
  });

  it('names a truncated file as damaged and suggests the backup', async () => {
    const path = join(dir, 'cut.warrant');
    const full = JSON.stringify(sample());
    await writeFile(path, full.slice(0, full.length / 2));
    await expectError(path, 'corrupt-project', /cut\.warrant.*not valid JSON.*truncated/s);
  });

  it('refuses an empty file', async () => {
    const path = join(dir, 'empty.warrant');
    await writeFile(path, '');
    await expectError(path, 'corrupt-project', /empty/);
  });

  it('refuses a file that is not a Warrant project', async () => {
    const path = join(dir, 'other.warrant');
    await writeFile(path, JSON.stringify({ hello: 'world' }));
    await expectError(path, 'corrupt-project', /not a Warrant project/);
  });

  it('refuses a file from a newer Warrant without touching it', async () => {
    const path = join(dir, 'future.warrant');
    await writeFile(path, JSON.stringify({ ...sample(), schemaVersion: 99 }));
    await expectError(path, 'newer-version', /newer version of Warrant.*format 99/);
  });

  it('says where a hand-edited file is wrong', async () => {
    const path = join(dir, 'edited.warrant');
    const bad = sample() as unknown as { articles: Array<Record<string, unknown>> };
    bad.articles[0]!.title = 42;
    await writeFile(path, JSON.stringify(bad));
    await expectError(path, 'corrupt-project', /articles\[0\]\.title/);
  });

  it('refuses hostile content: unknown keys, __proto__, duplicate ids, forged lengths', async () => {
    const proto = join(dir, 'proto.warrant');
    await writeFile(proto, JSON.stringify(sample()).replace('{"format"', '{"__proto__":{"polluted":true},"format"'));
    await expectError(proto, 'corrupt-project', /damaged/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const dup = join(dir, 'dup.warrant');
    const twice = sample();
    twice.articles.push({ ...twice.articles[0]! });
    await writeFile(dup, JSON.stringify(twice));
    await expectError(dup, 'corrupt-project', /share the id/);

    const forged = join(dir, 'forged.warrant');
    const f = sample();
    f.articles[0]!.length = 3;
    await writeFile(forged, JSON.stringify(f));
    await expectError(forged, 'corrupt-project', /recorded length/);
  });

  it('reports a missing file as not found', async () => {
    await expectError(join(dir, 'nope.warrant'), 'not-found', /does not exist/);
  });

  it('never writes invalid data', async () => {
    const path = join(dir, 'demo.warrant');
    const bad = { ...sample(), name: '' };
    await expect(writeProjectFile(path, bad, true)).rejects.toThrow(/Refusing to save/);
    await expect(readFile(path)).rejects.toThrow();
  });

  it('opens a file saved with a byte-order mark (as Notepad writes it)', async () => {
    const path = join(dir, 'bom.warrant');
    await writeFile(path, '\uFEFF' + JSON.stringify(sample()));
    expect((await readProjectFile(path)).name).toBe('Demo');
  });

  it('refuses unknown keys inside an article instead of dropping them on the next save', async () => {
    const path = join(dir, 'extra.warrant');
    const extra = sample() as unknown as { articles: Array<Record<string, unknown>> };
    extra.articles[0]!.summary = 'my precious notes';
    // A key Warrant never defined is counted, not quoted: a damaged file can make a key of its own text.
    extra.articles[0]!['Council minutes, page 4'] = 1;
    await writeFile(path, JSON.stringify(extra));
    await expectError(path, 'corrupt-project', /articles\[0\]: 2 fields Warrant does not know — unknown fields are refused, not dropped/);
    const message = await readProjectFile(path).catch((e: unknown) => (e as Error).message);
    expect(message).not.toContain('summary');
    expect(message).not.toContain('Council minutes');
  });

  it('refuses a format-1 file carrying data format 1 does not have, rather than migrating it away', async () => {
    const path = join(dir, 'odd-v1.warrant');
    const { highlights: _h, claims: _c, links: _l, ratings: _g, removedArticles: _r, deleted: _d, conflicts: _x, articles, ...v1 } = { ...sample(), schemaVersion: 1 };
    const v1Articles = articles.map(({ rev: _rev, revs: _revs, ...a }) => a);
    await writeFile(path, JSON.stringify({ ...v1, articles: v1Articles, highlights: [{ id: 'x' }] }));
    await expectError(path, 'corrupt-project', /highlights/);
  });

  it('does not quote back the contents of a file that is not a project', async () => {
    const path = join(dir, 'passwd.warrant');
    await writeFile(path, 'root:x:0:0:root:/root:/bin/bash');
    await expectError(path, 'corrupt-project', /not a Warrant project file\.$/);
  });

  it('refuses a FIFO, a device and a folder at once, naming the file', async () => {
    const fifo = join(dir, 'pipe.warrant');
    execFileSync('mkfifo', [fifo]);
    const device = join(dir, 'zero.warrant');
    await symlink('/dev/zero', device);
    const folder = join(dir, 'folder.warrant');
    await mkdir(folder);
    const started = Date.now();
    for (const [path, kind] of [
      [fifo, /“pipe\.warrant” is a named pipe \(FIFO\), not a Warrant project file/],
      [device, /“zero\.warrant” is a device, not a Warrant project file/],
      [folder, /“folder\.warrant” is a folder/],
    ] as const) {
      const error = await readProjectFile(path).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WarrantError);
      expect((error as WarrantError).message).toMatch(kind);
    }
    // No hang on the FIFO (nobody writes to it), no endless read of /dev/zero.
    expect(Date.now() - started).toBeLessThan(2000);
    // The app's open goes the same way.
    await expect(ProjectSession.open(fifo)).rejects.toThrow(/named pipe/);
  });

  it('finds a flipped byte in an article and names the article, never its text', async () => {
    const path = join(dir, 'flipped.warrant');
    const p = sample();
    p.articles[0]!.title = `Plan approved ${'x'.repeat(100)}`;
    await writeProjectFile(path, p, false);
    const good = await readFile(path, 'utf8');
    await writeFile(path, good.replace('The council approved', 'The councjl approved'));
    const before = (await readdir(dir)).sort();
    await expectError(path, 'corrupt-project', /“flipped\.warrant” is damaged: the text of the article “Plan approved x+…” does not match the checksum/);
    const message = await readProjectFile(path).catch((e: unknown) => (e as Error).message);
    expect(message).not.toContain('council');
    expect(message).not.toContain('councjl');
    expect(message).not.toContain('x'.repeat(100));
    // Opening in the app refuses it too, and writes nothing (no backup, no migration copy).
    await expect(ProjectSession.open(path)).rejects.toThrow(/does not match the checksum/);
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('removes its own stale temp files on open, and nothing else', async () => {
    const path = join(dir, 'kept.warrant');
    await writeProjectFile(path, sample(), false);
    const full = await readFile(path);
    const old = new Date(Date.now() - 5 * 60_000);
    const leftover = join(dir, 'kept.warrant.2740153127');
    const emptyLeftover = join(dir, 'kept.warrant.17');
    const fresh = join(dir, 'kept.warrant.3141592653'); // a save in progress, perhaps in another window
    const notOurs = [join(dir, 'kept.warrant.1.txt'), join(dir, 'kept.warrant.bak'), join(dir, 'other.warrant.2740153127'), join(dir, 'notes.txt'), join(dir, 'kept.warrant.99')];
    await writeFile(leftover, full.subarray(0, full.length / 2));
    await writeFile(emptyLeftover, '');
    await writeFile(fresh, full);
    for (const f of notOurs) await writeFile(f, f.endsWith('.99') ? 'my own notes' : full);
    // A kill while the backup (or the copy before migrating) was being written leaves these.
    const backupLeftovers = [join(dir, 'kept.warrant.bak.4242.tmp'), join(dir, 'kept.warrant.format-2.bak.4242.tmp')];
    for (const f of backupLeftovers) await writeFile(f, full.subarray(0, 100));
    const notOursTmp = join(dir, 'kept.warrant.bak.notes.tmp');
    await writeFile(notOursTmp, 'mine');
    for (const f of [leftover, emptyLeftover, ...notOurs, ...backupLeftovers, notOursTmp]) await utimes(f, old, old);
    const session = await ProjectSession.open(path);
    expect(session.data.name).toBe('Demo');
    const left = await readdir(dir);
    expect(left).not.toContain('kept.warrant.2740153127');
    expect(left).not.toContain('kept.warrant.17');
    expect(left).toContain('kept.warrant.3141592653');
    expect(left).not.toContain('kept.warrant.bak.4242.tmp');
    expect(left).not.toContain('kept.warrant.format-2.bak.4242.tmp');
    expect(left).toContain('kept.warrant.bak.notes.tmp');
    for (const f of notOurs) expect(await readFile(f)).toBeTruthy();
    expect(await removeStaleTempFiles(path)).toEqual([]);
  });

  it('saves through the folder sync (the save completes and reads back)', async () => {
    const path = join(dir, 'synced.warrant');
    await writeProjectFile(path, sample(), false);
    await writeProjectFile(path, { ...sample(), name: 'Again' }, true);
    expect((await readProjectFile(path)).name).toBe('Again');
    expect((await readdir(dir)).sort()).toEqual(['synced.warrant', 'synced.warrant.bak']);
  });
});
