/**
 * Warrant's file browser over the real `warrant serve` HTTP API: it lists folders and the files
 * a dialog can use inside the allowed folders, and refuses (by name) `..`, absolute paths
 * elsewhere and symlinks out — without ever listing what lies outside.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DirListing } from '../../shared/api-files.js';
import type { Backend } from '../server/backend.js';
import { createTestBackend } from '../server/test-backend.js';
import { realLocation } from './confine.js';
import { startServer, type RunningServer } from './http-server.js';

let dir: string;
let allowed: string;
let outside: string;
let backend: Backend;
let server: RunningServer;

beforeEach(async () => {
  dir = await realLocation(await mkdtemp(join(tmpdir(), 'warrant-listdir-')));
  allowed = join(dir, 'allowed');
  outside = join(dir, 'outside');
  await mkdir(join(allowed, 'cases', '2025'), { recursive: true });
  await mkdir(join(allowed, '.hidden-folder'));
  await mkdir(outside);
  await writeFile(join(allowed, 'water.warrant'), '{}');
  await writeFile(join(allowed, 'Tariffs 10.warrant'), '{}');
  await writeFile(join(allowed, 'Tariffs 9.warrant'), '{}');
  await writeFile(join(allowed, 'notes.md'), '# Notes');
  await writeFile(join(allowed, 'script.sh'), 'echo');
  await writeFile(join(allowed, '.secret.warrant'), '{}');
  await writeFile(join(outside, 'private.warrant'), '{}');
  await symlink(outside, join(allowed, 'link-out'));
  await symlink(join(outside, 'private.warrant'), join(allowed, 'file-link-out.warrant'));
  await symlink(join(allowed, 'cases'), join(allowed, 'link-in'));
  backend = createTestBackend(dir);
  // The second allowed folder does not exist yet (like a default projects folder never used).
  server = await startServer({ handlers: backend.handlers, staticDir: dir, allowedDirs: [allowed, join(dir, 'not-made-yet')] });
});

afterEach(async () => {
  await server.close();
  await backend.dispose();
  await rm(dir, { recursive: true, force: true });
});

type Answer = { ok: true; value: DirListing } | { ok: false; error: { code: string; message: string; details?: { path?: string } } };

async function listDir(args: { path?: string; show: 'projects' | 'imports' }): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/dialog.listDir`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Warrant-Token': server.token },
    body: JSON.stringify(args),
  });
  return (await res.json()) as Answer;
}

async function listed(args: { path?: string; show: 'projects' | 'imports' }): Promise<DirListing> {
  const r = await listDir(args);
  if (!r.ok) throw new Error(`refused: ${r.error.message}`);
  return r.value;
}

function expectRefused(r: Answer, path: string): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe('bad-args');
  expect(r.error.message).toContain(`“${path}” is outside the folders this server may use`);
  expect(r.error.details?.path).toBe(path);
  // Nothing of what lies outside is told.
  expect(r.error.message).not.toContain('private');
}

describe('dialog.listDir under warrant serve', () => {
  it('starts from the allowed folders that exist', async () => {
    const roots = await listed({ show: 'projects' });
    expect(roots.path).toBeNull();
    expect(roots.roots).toEqual([{ name: 'allowed', path: allowed }]);
    expect(roots.entries).toEqual([{ name: 'allowed', path: allowed, kind: 'folder' }]);
  });

  it('lists folders first, then the project files, by name as people sort them; hidden, other and outward-linked entries left out', async () => {
    const l = await listed({ path: allowed, show: 'projects' });
    expect(l.path).toBe(allowed);
    expect(l.parent).toBeNull();
    expect(l.crumbs).toEqual([{ name: 'allowed', path: allowed }]);
    expect(l.entries.map((e) => `${e.kind}:${e.name}`)).toEqual(['folder:cases', 'folder:link-in', 'file:Tariffs 9.warrant', 'file:Tariffs 10.warrant', 'file:water.warrant']);
    const file = l.entries.find((e) => e.name === 'water.warrant');
    expect(file?.size).toBe(2);
    expect(file?.path).toBe(join(allowed, 'water.warrant'));
    expect(l.truncated).toBe(false);
  });

  it('shows what Import reads when asked for imports', async () => {
    const l = await listed({ path: allowed, show: 'imports' });
    expect(l.entries.filter((e) => e.kind === 'file').map((e) => e.name)).toEqual(['notes.md', 'Tariffs 9.warrant', 'Tariffs 10.warrant', 'water.warrant']);
  });

  it('gives breadcrumbs and the parent inside an allowed folder', async () => {
    const l = await listed({ path: join(allowed, 'cases', '2025'), show: 'projects' });
    expect(l.crumbs.map((c) => c.name)).toEqual(['allowed', 'cases', '2025']);
    expect(l.crumbs[1]?.path).toBe(join(allowed, 'cases'));
    expect(l.parent).toBe(join(allowed, 'cases'));
  });

  it('refuses .. out of an allowed folder', async () => {
    const up = `${allowed}/..`;
    expectRefused(await listDir({ path: up, show: 'projects' }), up);
    const sideways = `${allowed}/cases/../../outside`;
    expectRefused(await listDir({ path: sideways, show: 'projects' }), sideways);
  });

  it('refuses a symlink that leads out, and a path through it', async () => {
    const link = join(allowed, 'link-out');
    expectRefused(await listDir({ path: link, show: 'projects' }), link);
    expectRefused(await listDir({ path: join(link, '.'), show: 'projects' }), join(link, '.'));
  });

  it('refuses an absolute path elsewhere, and / itself', async () => {
    expectRefused(await listDir({ path: outside, show: 'projects' }), outside);
    expectRefused(await listDir({ path: '/', show: 'projects' }), '/');
    expectRefused(await listDir({ path: tmpdir(), show: 'projects' }), tmpdir());
  });

  it('follows a symlink that stays inside', async () => {
    const l = await listed({ path: join(allowed, 'link-in'), show: 'projects' });
    expect(l.path).toBe(join(allowed, 'cases'));
    expect(l.entries.map((e) => e.name)).toEqual(['2025']);
  });

  it('says a missing folder is missing, and a file is not a folder', async () => {
    const gone = join(allowed, 'gone');
    const r = await listDir({ path: gone, show: 'projects' });
    expect(r.ok ? null : r.error.code).toBe('not-found');
    const file = join(allowed, 'water.warrant');
    const f = await listDir({ path: file, show: 'projects' });
    expect(f.ok ? null : f.error.code).toBe('bad-args');
  });
});

describe('dialog.listDir outside warrant serve', () => {
  it('is unsupported: the desktop uses native dialogs', async () => {
    const r = await backend.call('dialog.listDir', { show: 'projects' });
    expect(r.ok ? null : r.error.code).toBe('unsupported');
  });
});
