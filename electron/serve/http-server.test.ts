import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnyEvent } from '../../shared/api.js';
import type { Backend } from '../server/backend.js';
import { createTestBackend } from '../server/test-backend.js';
import { startServer, type RunningServer } from './http-server.js';

let dir: string;
let backend: Backend;
let server: RunningServer;
const events: AnyEvent[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-serve-'));
  const staticDir = join(dir, 'renderer');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Warrant</title>');
  await writeFile(join(dir, 'secret.txt'), 'do not serve');
  let broadcast: (e: AnyEvent) => void = () => undefined;
  backend = createTestBackend(dir, (e) => {
    events.push(e);
    broadcast(e);
  });
  server = await startServer({ handlers: backend.handlers, staticDir, allowedDirs: [dir] });
  broadcast = server.broadcast;
});

afterEach(async () => {
  await server.close();
  await backend.dispose();
  await rm(dir, { recursive: true, force: true });
});

/** A raw HTTP request, so tests can forge Host and Origin headers as an attacker would. */
function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (init.body) req.write(init.body);
    req.end();
  });
}

async function api(method: string, args: unknown, token = server.token): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Warrant-Token': token },
    body: JSON.stringify(args),
  });
  return { status: res.status, json: (await res.json()) as never };
}

describe('warrant serve', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{20,}$`));
    const address = server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('serves the UI with a strict Content-Security-Policy', async () => {
    const res = await raw('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Warrant</title>');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves files outside the UI folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt']) {
      const res = await raw(path);
      expect(res.body).not.toContain('do not serve');
    }
  });

  it('refuses API calls without the right token', async () => {
    const none = await raw('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await api('app.info', {}, 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(wrong.json.error?.message).toMatch(/token/);
  });

  it('refuses foreign Host and Origin headers (DNS rebinding, cross-site pages)', async () => {
    const host = await raw('/api/app.info', { method: 'POST', headers: { Host: 'evil.example', 'Content-Type': 'application/json', 'X-Warrant-Token': server.token }, body: '{}' });
    expect(host.status).toBe(403);
    const origin = await raw('/api/app.info', { method: 'POST', headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json', 'X-Warrant-Token': server.token }, body: '{}' });
    expect(origin.status).toBe(403);
  });

  it('answers bad calls with error values, not crashes', async () => {
    expect((await api('no.such.method', {})).json.error?.code).toBe('not-found');
    const bad = await api('project.open', { path: 42 });
    expect(bad.json.ok).toBe(false);
    expect(bad.json.error?.code).toBe('bad-args');
    const malformed = await raw('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Warrant-Token': server.token }, body: '{not json' });
    expect(malformed.status).toBe(400);
    expect((await api('articles.list', {})).json.error?.code).toBe('no-project');
    const badEncoding = await raw('/api/%E0%A4%A', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Warrant-Token': server.token }, body: '{}' });
    expect(badEncoding.status).toBe(400);
    expect((await raw('/%E0%A4%A')).status).toBe(400);
    // Opening some other file never echoes its contents back.
    const secret = await api('project.open', { path: join(dir, 'secret.txt') });
    expect(secret.json.error?.message).toMatch(/not a Warrant project file/);
    expect(secret.json.error?.message).not.toContain('do not serve');
  });

  it('runs a whole session over HTTP: new project, upload, search, events', async () => {
    const path = join(dir, 'projects', 'Over HTTP.warrant');
    const created = await api('project.new', { path });
    expect(created.json.ok).toBe(true);

    const text = 'Harbour report\n\nThe harbour master said the water tariff would rise.';
    const imported = await api('import.run', { sources: [{ kind: 'bytes', name: 'notes/report.txt', dataBase64: Buffer.from(text).toString('base64') }] });
    expect(imported.json.ok).toBe(true);
    expect((imported.json.value as { imported: Array<{ title: string }> }).imported.map((a) => a.title)).toEqual(['Harbour report']);

    const found = await api('search.query', { query: '"water tariff"' });
    expect(found.json.ok).toBe(true);
    expect((found.json.value as { total: number }).total).toBe(1);

    const broken = await api('search.query', { query: '"unclosed phrase' });
    expect(broken.json.error?.code).toBe('bad-query');

    // Save As never replaces another file without being told to.
    const other = join(dir, 'projects', 'Other.warrant');
    await writeFile(other, 'a colleague’s file');
    const refused = await api('project.saveAs', { path: other });
    expect(refused.json.error?.code).toBe('exists');
    expect(refused.json.error?.message).toMatch(/Other\.warrant.*already exists/);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(other, 'utf8')).toBe('a colleague’s file');
    const replaced = await api('project.saveAs', { path: other, overwrite: true });
    expect(replaced.json.ok).toBe(true);
    expect(JSON.parse(await readFile(other, 'utf8')).articles).toHaveLength(1);

    expect(events.some((e) => e.name === 'import.progress')).toBe(true);
    expect(events.some((e) => e.name === 'project.changed')).toBe(true);
  });

  it('streams push events to the page', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/events`, { headers: { 'X-Warrant-Token': server.token } });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    await api('project.new', { path: join(dir, 'projects', 'Events.warrant') });
    let seen = '';
    while (!seen.includes('project.changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += value;
    }
    await reader.cancel();
    expect(seen).toContain('"name":"project.changed"');
  });
});
