import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lunr from 'lunr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenAnalyzer, forEachRawToken, rawTokens } from '../../shared/search/analyzer.js';
import { missingReason, referenceDir } from '../dev/reference-data.js';
import { RANKING, type RankingParams } from './ranking.js';
import { buildLocalIndex, type LocalIndex } from './ranking-local.js';
import { SearchService, type IndexDoc } from './search-service.js';
import { bundledSearchWorker } from './test-support.js';

// lunr's part of the score: Warrant's weights and BM25 parameters, without the proximity
// evidence Warrant adds on top (ranking-rescore.ts), which lunr has no notion of.
const BASE: RankingParams = { ...RANKING, proximity: 0 };

// Real text with many documents: the Cranfield abstracts, beside the checkout. On a clone
// without them every test here skips, and the reason is printed once here.
const CRANFIELD = referenceDir('datasets', 'cranfield', 'corpus.jsonl');
if (!CRANFIELD) console.warn(missingReason('datasets/cranfield/corpus.jsonl'));
const docs: IndexDoc[] = (CRANFIELD ? readFileSync(CRANFIELD, 'utf8') : '')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string })
  .map((d, i) => ({ id: d.id, title: d.title, source: i % 3 === 0 ? 'Journal of the Aeronautical Sciences' : null, date: null, text: d.text }));

const queries = [
  'boundary layer',
  'heat transfer in hypersonic flow',
  'what similarity laws must be obeyed when constructing aeroelastic models of heated high speed aircraft .',
  'Shock waves, (shock) WAVES!',
  'flutter',
  'journal',
];

/**
 * Warrant's analysis as a lunr tokenizer and pipeline function: the same tokens (every
 * script, segmented, elisions skipped) and the same terms (trimmed, folded, stop words out,
 * Latin words stemmed). Punctuation-only tokens stay as lunr's empty term, as lunr.trimmer
 * leaves them, so they count in field lengths in both indexes.
 */
function warrantTokenizer(obj?: unknown): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = String(obj);
  const out: lunr.Token[] = [];
  forEachRawToken(text, (s, e) => out.push(new lunr.Token(text.slice(s, e), {})));
  return out;
}
const pipelineAnalyzer = new TokenAnalyzer();
const warrantAnalysis: lunr.PipelineFunction = (token) => {
  const a = pipelineAnalyzer.analyze(token.toString());
  if (a.kind === 'stop') return undefined as unknown as lunr.Token;
  return token.update(() => (a.kind === 'term' ? a.term : ''));
};
lunr.Pipeline.registerFunction(warrantAnalysis, 'warrantAnalysis');

/** The index lunr.Builder itself builds, with Warrant's fields, weights, BM25 parameters and analysis. */
function referenceIndex(list: readonly IndexDoc[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.tokenizer = warrantTokenizer as typeof lunr.tokenizer;
  builder.pipeline.add(warrantAnalysis);
  builder.ref('id');
  builder.k1(BASE.k1);
  builder.b(BASE.b);
  builder.field('title', { boost: BASE.fieldBoosts[0] as number });
  builder.field('text', { boost: BASE.fieldBoosts[1] as number });
  builder.field('source', { boost: BASE.fieldBoosts[2] as number });
  for (const d of list) builder.add(d);
  return builder.build();
}
const reference = CRANFIELD ? referenceIndex(docs) : null;

/** The same query run on lunr's own index, words tokenized and stemmed like the indexed text. */
function referenceSearch(q: string, index = reference as lunr.Index): lunr.Index.Result[] {
  const analyzer = new TokenAnalyzer();
  return index.query((query) => {
    for (const raw of rawTokens(q)) {
      const a = analyzer.analyze(raw);
      if (a.kind === 'term') query.term(a.term, { usePipeline: false });
    }
  });
}

/** The words of `q` that lunr indexes (stop words and punctuation left out). */
function indexedWords(q: string): string {
  const analyzer = new TokenAnalyzer();
  return rawTokens(q)
    .filter((raw) => analyzer.analyze(raw).kind === 'term')
    .join(' ');
}

let service: SearchService;
let cacheDir: string;
beforeAll(async () => {
  if (!CRANFIELD) return;
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'warrant-fidelity-'));
  // Several shards: scores must still be those of one index over the whole corpus.
  service = new SearchService({ cacheDir, workers: 3, workerUrl: await bundledSearchWorker() });
  await service.setCorpus(docs);
});
afterAll(async () => {
  if (!CRANFIELD) return;
  await service.close();
  await rm(cacheDir, { recursive: true, force: true });
});

describe.skipIf(!CRANFIELD)('sharded index vs one shard', () => {
  it('ranks words, phrases, wildcards, fuzzy words and exclusions identically whatever the sharding', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-fidelity-1-'));
    const single = new SearchService({ cacheDir: dir, workers: 1, workerUrl: await bundledSearchWorker() });
    try {
      await single.setCorpus(docs);
      const qs = [
        '"boundary layer"',
        'flow "heat transfer" -supersonic',
        '+"shock waves" mach',
        'bound* title:flutter',
        'presure~1 wing^2',
        '"of the"',
        'what similarity laws must be obeyed when constructing aeroelastic models of heated high speed aircraft',
      ];
      for (const q of qs) {
        const [a, b] = await Promise.all([single.search(q, 200), service.search(q, 200)]);
        expect(a.ok && b.ok, q).toBe(true);
        if (!a.ok || !b.ok) continue;
        expect(b.value.total, q).toBe(a.value.total);
        expect(a.value.total, q).toBeGreaterThan(0);
        expect(b.value.hits.map((h) => h.id), q).toEqual(a.value.hits.map((h) => h.id));
        b.value.hits.forEach((h, i) => expect(h.score, q).toBeCloseTo(a.value.hits[i]?.score ?? NaN, 9));
      }
    } finally {
      await single.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!CRANFIELD)('sharded index vs lunr.Builder', () => {
  it('uses several worker shards', () => {
    expect(service.workerThreadIds()).toHaveLength(3);
  });

  // The same build and search code as the workers', in this thread, without proximity.
  let local: LocalIndex;
  beforeAll(() => {
    local = buildLocalIndex(docs, 3, BASE);
  });

  it.each(queries)('finds the same documents with the same scores: %s', (q) => {
    const expected = referenceSearch(q);
    // Optional stop words ("in", "when") add a small boost of their own by design (see
    // query-compiler.ts), which lunr has no notion of: the index is asked for the indexed words.
    const r = local.search(indexedWords(q), 1000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    const byRef = new Map(expected.map((e) => [e.ref, e.score]));
    for (const h of r.value.hits) expect(h.score, h.id).toBeCloseTo(byRef.get(h.id) ?? NaN, 9);
    // Same order wherever scores differ.
    const oursTop = r.value.hits.slice(0, 20).map((h) => h.score);
    expect(oursTop).toEqual(expected.slice(0, 20).map((e) => expect.closeTo(e.score, 9)));
  });
});

// Articles in other scripts, written for this test: Cranfield is all English.
const WORLD: IndexDoc[] = [
  ['ru1', 'Поставки оборудования', 'Компания объявила о поставках оборудования и сетей. Оборудования не хватает.'],
  ['ru2', 'Сети и оборудование', 'Новые сети строятся быстро, и оборудования для сетей много.'],
  ['zh1', '华为发布新手机', '据报道，中国华为公司今天发布了新手机。这款手机支持5G网络。'],
  ['zh2', '手机市场', '手机市场竞争激烈，华为和小米都发布了新产品。'],
  ['fr1', 'L’Élysée et les États', 'Le Palais de l’Élysée a reçu les États membres — et Zoë.'],
  ['de1', 'Die Straße', 'Auf der Straße wurden Fußgänger befragt; die Straße ist lang.'],
  ['ar1', 'العربية', 'الاتصالات الْعَرَبِيَّة تتطور بسرعة، والعربية لغة جميلة.'],
  ['en1', 'Equipment networks', 'The equipment for networks; Zoe visited the Elysee.'],
].map(([id, title, text], i) => ({ id: id as string, title: title as string, text: text as string, source: i % 2 ? 'Сеть' : null, date: null }));

describe('sharded index vs lunr.Builder, in every script', () => {
  const reference = referenceIndex(WORLD);
  const local = buildLocalIndex(WORLD, 2, BASE);
  let world: SearchService;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-fidelity-world-'));
    world = new SearchService({ cacheDir: dir, workers: 2, workerUrl: await bundledSearchWorker() });
    await world.setCorpus(WORLD);
  });
  afterAll(async () => {
    await world.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['оборудования', 'сетей сеть', '手机 5g', '中国', 'elysee etats', 'strasse', 'العربية', 'equipment zoe', 'Élysée Zoë'])(
    'finds the same documents with the same scores: %s',
    (q) => {
      const expected = referenceSearch(q, reference);
      expect(expected.length, q).toBeGreaterThan(0);
      const r = local.search(q, 1000);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.total, q).toBe(expected.length);
      const byRef = new Map(expected.map((e) => [e.ref, e.score]));
      for (const h of r.value.hits) expect(h.score, `${q} ${h.id}`).toBeCloseTo(byRef.get(h.id) ?? NaN, 9);
    },
  );

  it('finds a word that segments into several (华为 → 华 为) where lunr finds its parts next to each other', async () => {
    // For us the word is a phrase (its parts in order); lunr only knows the parts.
    const r = await world.search('华为', 1000);
    expect(r.ok && r.value.hits.map((h) => h.id).sort()).toEqual(['zh1', 'zh2']);
    expect(referenceSearch('华为', reference).map((e) => e.ref).sort()).toEqual(['zh1', 'zh2']);
  });
});
