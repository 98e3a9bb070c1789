/**
 * The origins service as the backend uses it: detection in the real worker thread, the cache
 * file in a temp folder, a damaged cache file ignored rather than trusted.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusKey, OriginsService, type CorpusArticle } from './origins-service.js';

const article = (id: string, text: string): CorpusArticle => ({ id, text, title: id, source: null, date: null, contentHash: id.repeat(64).slice(0, 64) });
const ARTICLES = [
  article('a', 'Officials met their counterparts in Berlin, according to a report in the Wall Street Journal.'),
  article('b', 'The WSJ reported on Thursday that a deal on tariffs was near.'),
  article('c', 'A new bakery has opened on the high street, selling sourdough loaves every morning.'),
];

let dir: string;
const services: OriginsService[] = [];
const service = () => {
  const s = new OriginsService({ cacheDir: dir });
  services.push(s);
  return s;
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-origins-cache-'));
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('origins service', () => {
  it('detects in the worker, reporting progress, and caches by content', async () => {
    const stages: string[] = [];
    const s = new OriginsService({ cacheDir: dir, onProgress: (p) => stages.push(p.stage) });
    services.push(s);
    const first = await s.detect(ARTICLES);
    expect(first.fromCache).toBe(false);
    expect(first.detected.clusters.map((c) => c.articles)).toEqual([['a', 'b'], ['c']]);
    expect(stages).toContain('Reading attributions');
    expect(await readdir(dir)).toEqual([`origins-${corpusKey(ARTICLES).slice(0, 40)}.json`]);
    expect((await s.detect(ARTICLES)).fromCache).toBe(true);
    // Changed text (another content hash) is another corpus.
    const changed = [...ARTICLES.slice(0, 2), { ...ARTICLES[2]!, contentHash: 'f'.repeat(64) }];
    expect((await s.detect(changed)).fromCache).toBe(false);
  });

  it('ignores a damaged cache file and detects again', async () => {
    await service().detect(ARTICLES);
    const [file] = await readdir(dir);
    await writeFile(join(dir, file!), '{"version": 1, "key": "x", "detected": {');
    const again = await service().detect(ARTICLES);
    expect(again.fromCache).toBe(false);
    expect(again.detected.clusters.map((c) => c.origin)).toEqual(['The Wall Street Journal', null]);
    // …and the next start reads the rewritten file.
    expect((await service().detect(ARTICLES)).fromCache).toBe(true);
  });
});
