/**
 * Suggested evidence through the real SearchService and its worker threads (bundled as they
 * ship): ranking, passages, exclusions, and claims that look like query syntax.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchService, type IndexDoc } from './search-service.js';
import { bundledSearchWorker } from './test-support.js';

const DOCS: IndexDoc[] = [
  {
    id: 'crabs',
    title: 'Fishermen blame brine outfall for crab decline',
    source: 'Coastline Weekly',
    date: '2025-04-16',
    text:
      'The harbour was quiet on Monday. Brown crab landings near the desalination plant fell 34 per cent in March. ' +
      'Fishermen say the brine outfall is to blame. The operator says one month of data proves nothing.',
  },
  {
    id: 'survey',
    title: 'Marine survey finds no effect beyond 150 metres',
    source: 'Harbour Radio',
    date: '2025-05-08',
    text:
      'An independent survey found no measurable effect of the brine beyond 150 metres of the outfall. ' +
      'Survey pots caught brown crab in numbers close to the baseline. It covered one cold spring only.',
  },
  {
    id: 'tariff',
    title: 'Council sets water tariff',
    source: 'Council',
    date: '2025-03-03',
    text: 'The average household bill will rise by 9 per cent. A separate supply security charge funds a reserve. The plant cost 52 million.',
  },
  { id: 'weather', title: 'A cold March', source: null, date: null, text: 'March was unusually cold along the coast. Snow fell twice.' },
];

let svc: SearchService;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-suggest-engine-'));
  svc = new SearchService({ cacheDir: dir, workers: 2, workerUrl: await bundledSearchWorker() });
  await svc.setCorpus(DOCS);
});

afterAll(async () => {
  await svc.close();
  await rm(dir, { recursive: true, force: true });
});

async function suggest(text: string, opts: Partial<Parameters<SearchService['suggestPassages']>[1]> = {}) {
  const r = await svc.suggestPassages(text, { limit: 10, ...opts });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('suggestPassages', () => {
  it('ranks the article that says what the claim says first, with the sentence that says it', async () => {
    const r = await suggest('Crab landings near the desalination plant fell by a third');
    expect(r[0]?.articleId).toBe('crabs');
    expect(r[0]?.text).toContain('fell 34 per cent');
    // The passage is exactly that range of the article, and no longer than three sentences.
    const doc = DOCS.find((d) => d.id === 'crabs') as IndexDoc;
    expect(doc.text.slice(r[0]!.start, r[0]!.end)).toBe(r[0]!.text);
    expect(r[0]!.text).not.toContain('harbour was quiet');
    // One passage per article, best first.
    expect(new Set(r.map((p) => p.articleId)).size).toBe(r.length);
    expect(r.map((p) => p.score)).toEqual([...r.map((p) => p.score)].sort((a, b) => b - a));
  });

  it('reads the claim as written: operators, quotes, fields and a leading +1 are plain words', async () => {
    const r = await suggest('+1 "brine" AND -outfall title:survey (150 metres) NOT crab*');
    expect(r.length).toBeGreaterThan(0);
    expect(r[0]?.articleId).toBe('survey');
    expect(await suggest('It is what they said it was')).toEqual([]);
    expect(await suggest('   ')).toEqual([]);
  });

  it('leaves out excluded passages and articles, and gives the next best passage of the article instead', async () => {
    const first = (await suggest('brine outfall'))[0]!;
    const again = await suggest('brine outfall', { exclude: [{ articleId: first.articleId, start: first.start, end: first.end }] });
    for (const p of again) if (p.articleId === first.articleId) expect(p.end <= first.start || p.start >= first.end).toBe(true);
    const without = await suggest('brine outfall', { excludeArticles: ['crabs', 'survey'] });
    expect(without.map((p) => p.articleId)).not.toContain('crabs');
    expect(without.map((p) => p.articleId)).not.toContain('survey');
  });

  it('with a minimum coverage, keeps only passages that hold much of what the claim says', async () => {
    const all = await suggest('brown crab landings near the plant in a cold March');
    expect(all.map((p) => p.articleId)).toContain('weather');
    const parallels = await suggest('brown crab landings near the plant in a cold March', { minCoverage: 0.5 });
    expect(parallels.map((p) => p.articleId)).toContain('crabs');
    expect(parallels.map((p) => p.articleId)).not.toContain('weather');
  });

  it('honours the limit', async () => {
    expect((await suggest('brine crab plant March cold', { limit: 2 })).length).toBe(2);
  });
});

describe('suggestPassages with term proximity', () => {
  it('ranks the article where the claim words stand together above one where they are scattered', async () => {
    const docs: IndexDoc[] = [
      { id: 'scattered', title: 'Report', source: null, date: null, text: 'Salinity was measured. Later that week the crab season opened near the harbour wall.' },
      { id: 'together', title: 'Report', source: null, date: null, text: 'Crab salinity was measured. Later that week the season opened near the harbour wall.' },
    ];
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'warrant-suggest-proximity-'));
    const s = new SearchService({ cacheDir, workers: 1, workerUrl: await bundledSearchWorker() });
    try {
      await s.setCorpus(docs);
      const run = async (proximityWeight: number) => {
        const r = await s.suggestPassages('crab salinity', { limit: 2, params: { proximityWeight }, feedback: { docs: 0 } });
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const without = await run(0);
      expect(without[0]?.score).toBeCloseTo(without[1]?.score ?? NaN, 6);
      expect((await run(0.5)).map((p) => p.articleId)).toEqual(['together', 'scattered']);
    } finally {
      await s.close();
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
