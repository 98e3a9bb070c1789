/**
 * The CLI as a user runs it: the built `dist/electron/cli.mjs` in a child process, with real
 * files in a temp folder and the five seed articles beside the checkout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from './services/paths.js';

const root = packageRoot();
const cli = join(root, 'dist', 'electron', 'cli.mjs');
const seeds = join(root, '..', 'shared', 'corpus', 'seeds');
let dir: string;

function warrant(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, WARRANT_CONFIG_DIR: join(dir, 'config'), WARRANT_CACHE_DIR: join(dir, 'cache') },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` before the unit tests (npm test does).`);
  dir = await mkdtemp(join(tmpdir(), 'warrant-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Which seed files contain `phrase` (case-insensitive), computed from the files themselves. */
async function seedsContaining(phrase: string): Promise<number> {
  const { readdir } = await import('node:fs/promises');
  let n = 0;
  for (const name of await readdir(seeds)) {
    const text = (await readFile(join(seeds, name), 'utf8')).replace(/\s+/g, ' ').toLowerCase();
    if (text.includes(phrase)) n++;
  }
  return n;
}

describe('warrant CLI', () => {
  it('imports a folder into a new project and prints the summary', () => {
    const project = join(dir, 'seeds.warrant');
    const r = warrant('import', project, seeds);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Imported 5 articles/);
    expect(existsSync(project)).toBe(true);
  });

  it('does not import the same text twice', () => {
    const r = warrant('import', join(dir, 'seeds.warrant'), seeds);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Imported 0 articles/);
    expect(r.stdout).toMatch(/Skipped 5 duplicates/);
  });

  it('searches with --json: every seed mentions Huawei', () => {
    const r = warrant('search', join(dir, 'seeds.warrant'), 'huawei', '--json');
    expect(r.status).toBe(0);
    const hits = JSON.parse(r.stdout) as Array<{ id: string; title: string; score: number; snippet: string }>;
    expect(hits).toHaveLength(5);
    for (const hit of hits) expect(Object.keys(hit).sort()).toEqual(['id', 'score', 'snippet', 'title']);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(hits.every((h) => /huawei/i.test(h.snippet))).toBe(true);
  });

  it('finds exactly the articles containing a quoted phrase', async () => {
    const r = warrant('search', join(dir, 'seeds.warrant'), '"financial aid"', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(await seedsContaining('financial aid'));
  });

  it('honours --limit and rejects a bad one', () => {
    const r = warrant('search', join(dir, 'seeds.warrant'), 'huawei', '--json', '--limit', '2');
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    const bad = warrant('search', join(dir, 'seeds.warrant'), 'huawei', '--limit', 'lots');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/limit/);
  });

  it('reports a malformed query on stderr with a non-zero exit', () => {
    const r = warrant('search', join(dir, 'seeds.warrant'), '"unclosed');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/quot/i);
  });

  it('reports a missing project without creating it', () => {
    const missing = join(dir, 'missing.warrant');
    const r = warrant('search', missing, 'huawei');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/missing\.warrant.*does not exist/);
    expect(existsSync(missing)).toBe(false);
  });

  it('reports a corrupt project and leaves it byte-for-byte unchanged', async () => {
    const corrupt = join(dir, 'corrupt.warrant');
    const good = await readFile(join(dir, 'seeds.warrant'), 'utf8');
    await writeFile(corrupt, good.slice(0, 500));
    const before = await readFile(corrupt);
    for (const args of [['search', corrupt, 'huawei'], ['import', corrupt, seeds]]) {
      const r = warrant(...args);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/corrupt\.warrant.*damaged/);
    }
    expect(await readFile(corrupt)).toEqual(before);
    expect(existsSync(`${corrupt}.bak`)).toBe(false);
  });

  it('exits non-zero when nothing could be imported, naming each problem', async () => {
    const junk = join(dir, 'junk');
    await mkdir(junk);
    await writeFile(join(junk, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    await writeFile(join(junk, 'empty.txt'), '');
    const r = warrant('import', join(dir, 'junk.warrant'), junk);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/picture\.png/);
    expect(r.stdout).toMatch(/empty\.txt/);
  });
});
