/**
 * The CLI as a user runs it: the built `dist/electron/cli.mjs` in a child process, with real
 * files in a temp folder and the five seed articles beside the checkout. The tests about the
 * seeds' content skip (saying why) on a clone without them; the error-handling tests run on a
 * project of the repository's own sample articles, so they run everywhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingReason, referenceDir } from './dev/reference-data.js';
import { packageRoot, sampleDir } from './server/paths.js';

const root = packageRoot();
const cli = join(root, 'dist', 'electron', 'cli.mjs');
const seedsDir = referenceDir('corpus', 'seeds');
// Printed once at load so the skipped seed tests below are explained in the test output.
if (!seedsDir) console.warn(missingReason('corpus/seeds'));
// Used only by the tests that skip when the folder is absent.
const seeds = seedsDir ?? '';
/** `it`, for tests that need the seed articles. */
const withSeeds = it.skipIf(!seedsDir);
let dir: string;
/** A good project of the built-in sample articles, for the tests that need any project. */
let sample: string;

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
  sample = join(dir, 'sample.warrant');
  const r = warrant('import', sample, sampleDir());
  if (r.status !== 0) throw new Error(`Importing the sample articles failed:\n${r.stdout}${r.stderr}`);
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
  withSeeds('imports a folder into a new project and prints the summary', () => {
    const project = join(dir, 'seeds.warrant');
    const r = warrant('import', project, seeds);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Imported 5 articles/);
    expect(existsSync(project)).toBe(true);
  });

  withSeeds('prints the import summary as JSON with --json', async () => {
    const r = warrant('import', join(dir, 'json.warrant'), join(seeds, (await import('node:fs')).readdirSync(seeds).sort()[0]!), '--json');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout) as { imported: Array<{ title: string }>; duplicates: unknown[]; failed: unknown[]; cancelled: boolean };
    expect(summary.imported).toHaveLength(1);
    expect(summary.cancelled).toBe(false);
  });

  it('serve reports a missing project and exits instead of hanging', () => {
    const r = spawnSync(process.execPath, [cli, 'serve', join(dir, 'nowhere.warrant')], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, WARRANT_CONFIG_DIR: join(dir, 'config'), WARRANT_CACHE_DIR: join(dir, 'cache') },
    });
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/nowhere\.warrant.*does not exist/);
  });

  withSeeds('does not import the same text twice', () => {
    const r = warrant('import', join(dir, 'seeds.warrant'), seeds);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Imported 0 articles/);
    expect(r.stdout).toMatch(/Skipped 5 duplicates/);
  });

  withSeeds('searches with --json: every seed mentions Huawei', () => {
    const r = warrant('search', join(dir, 'seeds.warrant'), 'huawei', '--json');
    expect(r.status).toBe(0);
    const hits = JSON.parse(r.stdout) as Array<{ id: string; title: string; score: number; snippet: string }>;
    expect(hits).toHaveLength(5);
    for (const hit of hits) expect(Object.keys(hit).sort()).toEqual(['id', 'score', 'snippet', 'title']);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(hits.every((h) => /huawei/i.test(h.snippet))).toBe(true);
  });

  withSeeds('finds exactly the articles containing a quoted phrase', async () => {
    const r = warrant('search', join(dir, 'seeds.warrant'), '"financial aid"', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(await seedsContaining('financial aid'));
  });

  it('honours --limit and rejects a bad one', () => {
    // Every sample article mentions water.
    const r = warrant('search', sample, 'water', '--json', '--limit', '2');
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    const bad = warrant('search', sample, 'water', '--limit', 'lots');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/limit/);
    expect(bad.stderr).toMatch(/whole number/);
    // Out of the contract's range: the option is named, with the contract's reason.
    const zero = warrant('search', sample, 'water', '--limit', '0');
    expect(zero.status).not.toBe(0);
    expect(zero.stderr).toMatch(/^warrant: --limit: Too small: expected number to be >=1\.$/m);
    expect(zero.stderr).not.toMatch(/Invalid request|search\.query/);
  });

  it('suggests a close word when nothing is found, and describes the operators', () => {
    // Every sample article mentions water.
    const r = warrant('search', sample, 'watr');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^0 results for watr\nDid you mean: water/);
    const json = warrant('search', sample, 'watr', '--json');
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toMatch(/Did you mean: water/);
    // A word the index does not index (a very common one) is searched, not refused.
    expect(JSON.parse(warrant('search', sample, 'the', '--json').stdout)).not.toHaveLength(0);
    const help = warrant('search', '--help').stdout;
    expect(help).toMatch(/^ {2}tariff AND mayor +both words/m);
    expect(help).toMatch(/^ {2}tariff NOT brine +leave out/m);
    expect(help).toMatch(/AND, OR and NOT only in capitals/);
  });

  it('reports a malformed query on stderr with a non-zero exit', () => {
    const r = warrant('search', sample, '"unclosed');
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
    const good = await readFile(sample, 'utf8');
    await writeFile(corrupt, good.slice(0, 500));
    const before = await readFile(corrupt);
    for (const args of [['search', corrupt, 'huawei'], ['import', corrupt, sampleDir()]]) {
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

  it('lists claims with rating and evidence summary, without touching the file', async () => {
    const project = join(dir, 'claims.warrant');
    const now = '2026-01-01T00:00:00.000Z';
    const text = 'Officials said aid was considered. Critics said no aid was planned.';
    const article = (id: string, source: string | null) => ({
      id, title: `Article ${id}`, source, author: null, date: null, url: null, fileName: `${id}.txt`, format: 'txt',
      importedAt: now, contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), length: text.length, text,
    });
    const quote = (start: number, end: number) => ({
      position: { type: 'TextPositionSelector', start, end },
      quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    });
    const stamp = { author: 'Ana', createdAt: now, updatedAt: now };
    const hl = (id: string, articleId: string, start: number, end: number) => ({ id, articleId, target: quote(start, end), color: 'yellow', label: null, note: '', ...stamp });
    const file = {
      format: 'warrant-project', schemaVersion: 2, id: 'p', name: 'claims', createdAt: now, updatedAt: now,
      articles: [article('a1', 'Reuters'), article('a2', 'reuters'), article('a3', null)],
      highlights: [hl('h1', 'a1', 0, 33), hl('h2', 'a2', 0, 33), hl('h3', 'a3', 34, 67), hl('h4', 'a1', 34, 67)],
      claims: [
        { id: 'c1', text: 'Aid was considered', parentId: null, rating: 'moderate', rationale: '', ...stamp },
        { id: 'c2', text: 'Officials confirmed it', parentId: 'c1', rating: 'unrated', rationale: '', ...stamp },
      ],
      links: [
        { id: 'l1', highlightId: 'h1', claimId: 'c1', stance: 'supports', weight: null, note: '', ...stamp },
        { id: 'l2', highlightId: 'h2', claimId: 'c1', stance: 'supports', weight: 2, note: '', ...stamp },
        { id: 'l3', highlightId: 'h3', claimId: 'c1', stance: 'refutes', weight: null, note: '', ...stamp },
        { id: 'l4', highlightId: 'h4', claimId: 'c1', stance: 'context', weight: null, note: '', ...stamp },
      ],
      removedArticles: [],
    };
    await writeFile(project, JSON.stringify(file));
    const before = await readFile(project);
    const r = warrant('claims', project, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      // a1 and a2 share a publisher (case differs); a3 has no known source. The two supporting
      // passages come from Reuters' own articles: one independent origin (`origins`).
      // A format-2 file: its single rating became its claim author's (format 3 keeps one per rater).
      { id: 'c1', text: 'Aid was considered', rating: 'moderate', verdict: 'single', evidence: { supports: 2, refutes: 1, context: 1, articles: 3, sources: 1, origins: 1 }, ratings: [{ rater: stamp.author, rating: 'moderate', rationale: '' }] },
      { id: 'c2', text: 'Officials confirmed it', rating: 'unrated', verdict: 'unrated', evidence: { supports: 0, refutes: 0, context: 0, articles: 0, sources: 0, origins: 0 }, ratings: [] },
    ]);
    const human = warrant('claims', project);
    expect(human.stdout).toMatch(/Aid was considered\n\s+Moderate · 2 supporting, 1 refuting, 1 context · 3 articles, 1 source/);
    expect(await readFile(project)).toEqual(before);
  });

  // `head` on a real OS pipe, as a user runs it (Node's own child pipes are sockets that buffer far more).
  it.skipIf(process.platform === 'win32')('exits quietly when the reader of its output stops early (`warrant search … | head -1`)', async () => {
    // More output than a pipe buffers (64 KB), so the CLI is still writing when `head` leaves.
    const files = join(dir, 'many');
    await mkdir(files);
    for (let i = 0; i < 400; i++) {
      await writeFile(join(files, `a${i}.txt`), `Climate article ${i}\n\nThe climate report number ${i} says much about climate and policy.\n`);
    }
    const project = join(dir, 'many.warrant');
    expect(warrant('import', project, files).status).toBe(0);

    const r = spawnSync('bash', ['-c', '"$0" "$1" search "$2" climate --limit 1000 --json | head -1; echo "exit=${PIPESTATUS[0]}"', process.execPath, cli, project], {
      encoding: 'utf8',
      env: { ...process.env, WARRANT_CONFIG_DIR: join(dir, 'config'), WARRANT_CACHE_DIR: join(dir, 'cache') },
    });
    expect(r.stdout).toBe('[\nexit=0\n');
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at |Unhandled/);
    expect(r.stderr).toBe('');
  }, 30_000);

  it('refuses a FIFO or a device named .warrant at once (claims, agreement, merge)', async () => {
    const fifo = join(dir, 'pipe.warrant');
    execFileSync('mkfifo', [fifo]);
    const device = join(dir, 'zero.warrant');
    await symlink('/dev/zero', device);
    const env = { ...process.env, WARRANT_CONFIG_DIR: join(dir, 'config'), WARRANT_CACHE_DIR: join(dir, 'cache') };
    for (const args of [['claims', fifo], ['agreement', device], ['merge', sample, fifo, '-o', join(dir, 'never.warrant')]]) {
      // A timeout, so that a regression fails the test instead of hanging it.
      const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env, timeout: 15_000 });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/“(pipe|zero)\.warrant” is a (named pipe \(FIFO\)|device), not a Warrant project file/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'never.warrant'))).toBe(false);
  }, 60_000);
});
