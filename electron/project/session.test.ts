import { mkdtemp, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../shared/api.js';
import { ProjectSession } from './session.js';
import { readProjectFile } from './project-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-session-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const waitFor = async (check: () => boolean | Promise<boolean>): Promise<void> => {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('condition not reached');
};

describe('ProjectSession', () => {
  it('creates a project file and refuses to overwrite an existing one', async () => {
    const path = join(dir, 'Field notes.warrant');
    const s = await ProjectSession.create(path);
    expect(s.data.name).toBe('Field notes');
    expect((await readProjectFile(path)).articles).toEqual([]);
    await expect(ProjectSession.create(path)).rejects.toThrow(/already exists/);
    await expect(ProjectSession.create(join(dir, 'x.json'))).rejects.toThrow(/end in “\.warrant”/);
  });

  it('autosaves changes after a short delay and reports the state', async () => {
    const path = join(dir, 'auto.warrant');
    const seen: ProjectSummary[] = [];
    const s = await ProjectSession.create(path, { autosaveDelayMs: 20, onChange: (x) => seen.push(x) });
    s.update((p) => ({ ...p, name: 'Renamed' }));
    expect(s.summary().dirty).toBe(true);
    await waitFor(async () => (await readProjectFile(path)).name === 'Renamed');
    await waitFor(() => !s.summary().dirty);
    expect(seen.some((x) => x.dirty)).toBe(true);
    expect(seen.at(-1)?.dirty).toBe(false);
  });

  it('keeps data in memory and reports a failed save', async () => {
    const path = join(dir, 'ro', 'p.warrant');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'ro'));
    const s = await ProjectSession.create(path);
    s.update((p) => ({ ...p, name: 'Changed' }));
    // Make the folder read-only so the atomic write (temp file + rename) cannot happen.
    await chmod(join(dir, 'ro'), 0o500);
    const isRoot = process.getuid?.() === 0;
    if (!isRoot) {
      await expect(s.save()).rejects.toThrow(/Could not save/);
      expect(s.summary().saveError).toMatch(/permission denied/);
      expect(s.summary().dirty).toBe(true);
      expect(s.data.name).toBe('Changed');
    } else {
      // root ignores permissions; simulate a vanished folder instead.
      await chmod(join(dir, 'ro'), 0o755);
      await rm(join(dir, 'ro'), { recursive: true });
      await expect(s.save()).rejects.toThrow(/Could not save/);
      expect(s.summary().saveError).toMatch(/folder does not exist/);
      expect(s.summary().dirty).toBe(true);
      expect(s.data.name).toBe('Changed');
    }
  });

  it('save as switches to the new file and leaves the old one as it was', async () => {
    const a = join(dir, 'a.warrant');
    const b = join(dir, 'b.warrant');
    const s = await ProjectSession.create(a);
    s.update((p) => ({ ...p, name: 'Edited' }));
    await s.saveAs(b);
    expect(s.path).toBe(b);
    expect((await readProjectFile(b)).name).toBe('Edited');
    expect((await readProjectFile(a)).name).toBe('a');
    // A project still named after its file takes the new file's name.
    const c = join(dir, 'c.warrant');
    const t = await ProjectSession.create(c);
    await t.saveAs(join(dir, 'study copy.warrant'));
    expect(t.data.name).toBe('study copy');
    expect((await readProjectFile(a)).name).toBe('a');
  });

  it('takes the backup once per session: it holds the file as opened', async () => {
    const path = join(dir, 'bk.warrant');
    const created = await ProjectSession.create(path);
    await created.close();
    const s = await ProjectSession.open(path);
    s.update((p) => ({ ...p, name: 'One' }));
    await s.save();
    s.update((p) => ({ ...p, name: 'Two' }));
    await s.save();
    expect((await readProjectFile(`${path}.bak`)).name).toBe('bk');
    expect((await readProjectFile(path)).name).toBe('Two');
  });

  it('opening a corrupt file fails and leaves it byte-for-byte unchanged', async () => {
    const path = join(dir, 'bad.warrant');
    await writeFile(path, '{"format":"warrant-project","schemaVersion":1,"articles":[');
    const before = await readFile(path);
    await expect(ProjectSession.open(path)).rejects.toThrow(/damaged/);
    expect(await readFile(path)).toEqual(before);
  });

  it('a failed Save As keeps edits made while it was writing', async () => {
    const s = await ProjectSession.create(join(dir, 'a.warrant'));
    const attempt = s.saveAs(join(dir, 'missing-folder', 'b.warrant'));
    s.update((p) => ({ ...p, createdAt: '2020-01-01T00:00:00.000Z' }));
    await expect(attempt).rejects.toThrow(/Could not save/);
    expect(s.path).toBe(join(dir, 'a.warrant'));
    expect(s.data.createdAt).toBe('2020-01-01T00:00:00.000Z');
    expect(s.data.name).toBe('a');
  });

  it('refuses to overwrite a file another program changed since it was opened', async () => {
    const path = join(dir, 'shared.warrant');
    const first = await ProjectSession.create(path);
    await first.close();
    const mine = await ProjectSession.open(path);
    // Someone else (the CLI, a colleague's sync) writes the file meanwhile.
    const theirs = await ProjectSession.open(path);
    theirs.update((p) => ({ ...p, name: 'Theirs' }));
    await theirs.save();
    mine.update((p) => ({ ...p, name: 'Mine' }));
    await expect(mine.save()).rejects.toThrow(/changed on disk by another program/);
    expect(mine.summary().saveError).toMatch(/Save As/);
    expect(mine.summary().dirty).toBe(true);
    expect((await readProjectFile(path)).name).toBe('Theirs');
    // Save As keeps this version without touching theirs.
    await mine.saveAs(join(dir, 'mine.warrant'));
    expect((await readProjectFile(join(dir, 'mine.warrant'))).name).toBe('Mine');
    expect((await readProjectFile(path)).name).toBe('Theirs');
  });
});
