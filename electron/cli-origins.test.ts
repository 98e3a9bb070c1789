/**
 * `warrant origins` and `warrant claims --json`'s `evidence.origins` as a user runs them: the
 * built CLI in a child process, real project files in a temp folder. The seed test skips
 * (saying why) without ../shared/corpus/seeds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingReason, referenceDir } from './dev/reference-data.js';
import { packageRoot } from './server/paths.js';
import { createTestBackend } from './server/test-backend.js';

const cli = join(packageRoot(), 'dist', 'electron', 'cli.mjs');
const seedsDir = referenceDir('corpus', 'seeds');
if (!seedsDir) console.warn(missingReason('corpus/seeds'));
const FIXTURE = join(packageRoot(), 'shared', 'origins', 'fixtures', 'independent-5g-report.txt');

let dir: string;

function warrant(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, WARRANT_CONFIG_DIR: join(dir, 'config'), WARRANT_CACHE_DIR: join(dir, 'cache') } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface OriginsJson {
  clusters: Array<{ id: string; origin: string | null; articles: string[]; reasons: Array<Record<string, unknown>> }>;
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` before the unit tests (npm test does).`);
  dir = await mkdtemp(join(tmpdir(), 'warrant-cli-origins-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('warrant origins', () => {
  it.skipIf(!seedsDir)('prints the seeds as one origin, The Wall Street Journal, in the issue’s JSON shape; an independent article alone', () => {
    const project = join(dir, 'seeds.warrant');
    expect(warrant('import', project, seedsDir!, FIXTURE).status).toBe(0);
    const r = warrant('origins', project, '--json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as OriginsJson;
    expect(Object.keys(out)).toEqual(['clusters']);
    for (const c of out.clusters) {
      expect(Object.keys(c)).toEqual(['id', 'origin', 'articles', 'reasons']);
      for (const reason of c.reasons) expect(Object.keys(reason)).toEqual(['kind', 'articles', 'detail', 'strength']);
    }
    const all = out.clusters.flatMap((c) => c.articles);
    expect(new Set(all).size).toBe(6);
    expect(all).toHaveLength(6);
    expect(out.clusters.map((c) => [c.origin, c.articles.length])).toEqual([
      ['The Wall Street Journal', 5],
      [null, 1],
    ]);
    expect(out.clusters[0]!.reasons.map((x) => x.kind)).toEqual(['attribution', 'attribution', 'attribution', 'attribution', 'matched-facts']);

    const human = warrant('origins', project);
    expect(human.stdout).toMatch(/^6 articles · 2 independent origins/);
    expect(human.stdout).toMatch(/The Wall Street Journal — 5 articles · partly by matched facts \(weaker\)/);
    expect(human.stdout).toMatch(/according to a report in the Wall Street Journal/);
  });

  it('adds evidence.origins to `warrant claims --json`: passages of one rewritten story count once', async () => {
    const folder = join(dir, 'articles');
    await mkdir(folder, { recursive: true });
    const wire = 'The city council approved a rise of almost five per cent in council tax on Monday as it tries to close a gap of thirty eight million pounds in its budget. The cabinet also agreed to close two libraries and reduce the opening hours of three household waste sites, and around one hundred and twenty posts will be cut over two years.';
    const rewrite = 'The city council has approved a council tax rise of almost five per cent as it tries to close a thirty eight million pound gap in its budget. Its cabinet also agreed to close two libraries and to reduce the opening hours of three household waste sites, while around one hundred and twenty posts will be cut over two years.';
    const own = 'Library users gathered outside the central branch on Saturday to protest against plans to close two libraries, which the council says it cannot afford to keep open.';
    await writeFile(join(folder, 'wire.txt'), `Council tax rise\n\n${wire}`);
    await writeFile(join(folder, 'rewrite.txt'), `Libraries to close\n\n${rewrite}`);
    await writeFile(join(folder, 'protest.txt'), `Library protest\n\n${own}`);
    const project = join(dir, 'claims.warrant');
    const backend = createTestBackend(join(dir, 'backend'));
    try {
      await backend.handlers['project.new']({ path: project });
      const summary = await backend.handlers['import.run']({ sources: [{ kind: 'path', path: folder }] });
      const id = (file: string) => summary.imported.find((a) => a.file.endsWith(file))!.id;
      const at = async (file: string) => {
        const a = await backend.handlers['articles.get']({ id: id(file) });
        const start = a.text.indexOf('close two libraries');
        return { articleId: a.id, start, end: start + 'close two libraries'.length };
      };
      const made = await backend.handlers['claims.createFromSelection']({ ...(await at('wire.txt')), text: 'Two libraries will close' });
      await backend.handlers['highlights.create']({ ...(await at('rewrite.txt')), link: { claimId: made.claim.id, stance: 'supports' } });
      const other = await backend.handlers['claims.create']({ text: 'Libraries are popular' });
      await backend.handlers['highlights.create']({ ...(await at('wire.txt')), link: { claimId: other.id, stance: 'supports' } });
      await backend.handlers['highlights.create']({ ...(await at('protest.txt')), link: { claimId: other.id, stance: 'supports' } });
      await backend.handlers['project.save']({});
    } finally {
      await backend.dispose({ force: true });
    }
    const r = warrant('claims', project, '--json');
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as Array<{ text: string; evidence: { supports: number; articles: number; origins: number } }>;
    expect(rows.map((x) => [x.text, x.evidence.supports, x.evidence.articles, x.evidence.origins])).toEqual([
      ['Two libraries will close', 2, 2, 1],
      ['Libraries are popular', 2, 2, 2],
    ]);
  });
});
