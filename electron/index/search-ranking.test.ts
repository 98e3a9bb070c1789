import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchService, type IndexDoc } from './search-service.js';
import { bundledSearchWorker } from './test-support.js';

/** Deterministic filler text: news-like sentences about budgets and councils (no query word in them). */
function writer(seed: number) {
  let a = seed;
  const rnd = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  const filler =
    'the council said on monday that its new budget would include money for schools roads and hospitals while critics argued that taxes were rising too fast for families across the region and officials promised more detail next week'.split(
      ' ',
    );
  /** ~`words` words; `topical` of them drawn from `topic` (students, loans…), the rest filler. */
  return (words: number, topical = 0, topic: readonly string[] = []): string[] => {
    const out: string[] = [];
    for (let k = 0; k < words; k++) {
      out.push(rnd() < topical ? (topic[Math.floor(rnd() * topic.length)] as string) : (filler[Math.floor(rnd() * filler.length)] as string));
    }
    return out;
  };
}
const TOPIC = ['financial', 'aid', 'students', 'grants', 'loans', 'federal', 'college', 'tuition'];

/** Inserts `phrase` (words) `times` times, spread through `words`. */
function withPhrase(words: string[], phrase: string[], times: number): string {
  const out = [...words];
  for (let i = 0; i < times; i++) out.splice(Math.floor(((i + 1) * out.length) / (times + 1)), 0, ...phrase);
  return out.join(' ');
}

const write = writer(7);
const doc = (id: string, title: string, text: string): IndexDoc => ({ id, title, text, source: null, date: null });
// 40 articles of ~3 KB; a1–a3 hold "financial aid" twice; the others are about councils,
// some about students and loans too. Then one concatenation of 2,000 such articles (~6 MB),
// one of which holds the phrase: the corpus a researcher gets by importing an archive dump.
const SHORT: IndexDoc[] = Array.from({ length: 40 }, (_, i) =>
  doc(`a${i + 1}`, `Council news ${i + 1}`, withPhrase(write(450, i < 10 ? 0.05 : 0.01, TOPIC), ['financial', 'aid'], i < 3 ? 2 : 0)),
);
const BIG = doc(
  'dump',
  'Collected articles',
  Array.from({ length: 2000 }, (_, i) => withPhrase(write(450, 0.03, TOPIC), ['financial', 'aid'], i === 5 ? 1 : 0)).join('\n\n'),
);
// Proximity: the same words, as many times, in articles of the same length; only how close they are differs.
const NEAR = [
  doc('near', 'Harbour report', withPhrase(write(200), ['the', 'brine', 'outfall', 'harms', 'crab', 'catches'], 1)),
  doc('apart', 'Harbour notes', ['brine', ...write(60), 'outfall', ...write(60), 'harms', ...write(60), 'crab', 'catches', ...write(20)].join(' ')),
  doc('reversed', 'Harbour digest', withPhrase(write(200), ['catches', 'crab', 'harms', 'outfall', 'brine'], 1)),
];

let service: SearchService;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-ranking-test-'));
  service = new SearchService({ cacheDir: dir, workers: 2, workerUrl: await bundledSearchWorker() });
  await service.setCorpus([...SHORT, BIG, ...NEAR]);
}, 120_000);
afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

async function ranked(query: string): Promise<string[]> {
  const r = await service.search(query, 100);
  if (!r.ok) throw new Error(`${query}: ${r.error.message}`);
  return r.value.hits.map((h) => h.id);
}

describe('a huge concatenated document does not win on raw counts', () => {
  it('is ~6 MB beside 3 KB articles', () => {
    expect(BIG.text.length).toBeGreaterThan(5_000_000);
    expect((SHORT[0] as IndexDoc).text.length).toBeLessThan(4_000);
  });

  it('ranks the articles holding the phrase twice above it for a quoted phrase', async () => {
    const ids = await ranked('"financial aid"');
    expect(ids.slice(0, 3).sort()).toEqual(['a1', 'a2', 'a3']);
    // It holds the phrase once, so it is found, below them.
    expect(ids).toContain('dump');
  });

  it('ranks them above it for the bare words too, and for both words required', async () => {
    for (const q of ['financial aid', '+financial +aid', 'financial AND aid']) {
      const ids = await ranked(q);
      expect(ids.slice(0, 3).sort(), q).toEqual(['a1', 'a2', 'a3']);
      expect(ids.indexOf('dump'), q).toBeGreaterThan(2);
    }
  });
});

describe('proximity of the words of a multi-word query', () => {
  it('ranks the article where they stand together first, the one where they are scattered last', async () => {
    const ids = (await ranked('brine outfall harms crab catches')).filter((id) => NEAR.some((d) => d.id === id));
    expect(ids).toEqual(['near', 'reversed', 'apart']);
  });

  it('counts an exact phrase in a bare query above the same words in reverse order', async () => {
    const ids = (await ranked('brine outfall')).filter((id) => NEAR.some((d) => d.id === id));
    expect(ids[0]).toBe('near');
    expect(ids.at(-1)).toBe('apart');
  });
});
