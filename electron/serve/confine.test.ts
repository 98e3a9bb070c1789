/**
 * Path confinement of `warrant serve`, against the real server: paths inside the allowed
 * folders work, and `..`, absolute paths elsewhere and symlinks out are refused by name.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/options.js';
import type { Backend } from '../server/backend.js';
import { createTestBackend } from '../server/test-backend.js';
import { createConfinement, realLocation } from './confine.js';
import { startServer, type RunningServer } from './http-server.js';

let dir: string;
let allowed: string;
let outside: string;
let backend: Backend;
let server: RunningServer;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-confine-'));
  allowed = join(dir, 'allowed');
  outside = join(dir, 'outside');
  await mkdir(allowed);
  await mkdir(outside);
  await writeFile(join(outside, 'notes.txt'), 'Outside notes\n\nNot for the browser.');
  await symlink(outside, join(allowed, 'link-out'));
  backend = createTestBackend(dir);
  server = await startServer({ handlers: backend.handlers, staticDir: dir, allowedDirs: [allowed, join(dir, 'projects')] });
});

afterEach(async () => {
  await server.close();
  await backend.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function api(method: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; details?: { path?: string } } }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Warrant-Token': server.token },
    body: JSON.stringify(args),
  });
  return (await res.json()) as never;
}

function expectRefused(r: Awaited<ReturnType<typeof api>>, path: string): void {
  expect(r.ok).toBe(false);
  expect(r.error?.code).toBe('bad-args');
  expect(r.error?.message).toContain(`“${path}” is outside the folders this server may use`);
  expect(r.error?.message).toContain('--allow <folder>');
  expect(r.error?.details?.path).toBe(path);
}

describe('realLocation', () => {
  it('follows links and applies .. to the real folder, keeping the missing tail', async () => {
    expect(await realLocation(join(allowed, 'link-out', 'notes.txt'))).toBe(join(await realLocation(outside), 'notes.txt'));
    // link-out/.. is the link's real parent (dir), not `allowed` as plain string rules would say.
    expect(await realLocation(`${allowed}/link-out/../x`)).toBe(join(await realLocation(dir), 'x'));
    expect(await realLocation(join(allowed, 'new', 'deeper', 'p.warrant'))).toBe(join(await realLocation(allowed), 'new', 'deeper', 'p.warrant'));
    expect(await realLocation('rel/x', allowed)).toBe(join(await realLocation(allowed), 'rel', 'x'));
  });

  it('confines to the folders, not to names that merely start the same', async () => {
    const c = await createConfinement([allowed]);
    await expect(c.check(join(allowed, 'a.warrant'))).resolves.toBeUndefined();
    await expect(c.check(allowed)).resolves.toBeUndefined();
    await expect(c.check(`${allowed}-twin/a.warrant`)).rejects.toThrow(/outside the folders/);
  });
});

describe('warrant serve confines every path argument', () => {
  it('allows projects, imports and exports inside the allowed folders', async () => {
    const project = join(allowed, 'sub', 'Inside.warrant');
    expect((await api('project.new', { path: project })).ok).toBe(true);
    await writeFile(join(allowed, 'inside.txt'), 'Inside report\n\nThe tariff rose.');
    const imported = await api('import.run', { sources: [{ kind: 'path', path: join(allowed, 'inside.txt') }] });
    expect(imported.ok).toBe(true);
    expect((await api('project.saveAs', { path: join(allowed, 'Copy.warrant') })).ok).toBe(true);
    // The default projects folder is allowed too (the sample project goes there).
    expect((await api('project.new', { path: join(dir, 'projects', 'Default.warrant') })).ok).toBe(true);
  });

  it('refuses paths outside, by .., and through symlinks, naming the path', async () => {
    const elsewhere = join(outside, 'P.warrant');
    expectRefused(await api('project.new', { path: elsewhere }), elsewhere);
    const climbing = `${allowed}/../outside/P.warrant`;
    expectRefused(await api('project.open', { path: climbing }), climbing);
    const linkClimbing = `${allowed}/link-out/../allowed-not/P.warrant`;
    expectRefused(await api('project.new', { path: linkClimbing }), linkClimbing);
    const linked = join(allowed, 'link-out', 'P.warrant');
    expectRefused(await api('project.new', { path: linked }), linked);

    expect((await api('project.new', { path: join(allowed, 'Mine.warrant') })).ok).toBe(true);
    const notes = join(allowed, 'link-out', 'notes.txt');
    expectRefused(await api('import.run', { sources: [{ kind: 'path', path: join(outside, 'notes.txt') }] }), join(outside, 'notes.txt'));
    expectRefused(await api('import.run', { sources: [{ kind: 'bytes', name: 'ok.txt', dataBase64: '' }, { kind: 'path', path: notes }] }), notes);
    expectRefused(await api('interchange.import', { source: { kind: 'path', path: join(outside, 'a.jsonld') } }), join(outside, 'a.jsonld'));
    expectRefused(await api('project.saveAs', { path: elsewhere }), elsewhere);
    expectRefused(await api('merge.preview', { path: elsewhere }), elsewhere);
    expectRefused(await api('merge.importArticles', { path: elsewhere }), elsewhere);
    expectRefused(await api('project.openSample', { path: elsewhere }), elsewhere);
    const report = join(outside, 'report.md');
    expectRefused(await api('export.write', { format: 'md', options: DEFAULT_REPORT_OPTIONS, path: report }), report);
    // Nothing was written or read outside.
    expect(await readFile(join(outside, 'notes.txt'), 'utf8')).toContain('Outside notes');
    expect((await api('articles.list', {})).value).toEqual([]);
  });

  it('reports the allowed folders as resolved', () => {
    expect(server.allowedDirs).toHaveLength(2);
    expect(server.allowedDirs[0]).toMatch(/allowed$/);
  });
});
