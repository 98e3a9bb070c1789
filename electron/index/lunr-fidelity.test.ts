import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lunr from 'lunr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenAnalyzer, rawTokens } from '../../shared/search/analyzer.js';
import { missingReason, referenceDir } from '../dev/reference-data.js';
import { SearchService, type IndexDoc } from './search-service.js';
import { bundledSearchWorker } from './test-support.js';

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

/** The index lunr itself builds, with Warrant's configuration. */
const reference = lunr(function () {
  this.ref('id');
  this.field('title', { boost: 3 });
  this.field('text');
  this.field('source');
  for (const d of docs) this.add(d);
});

/** The same query run on lunr's own index, words tokenized and stemmed like the indexed text. */
function referenceSearch(q: string): lunr.Index.Result[] {
  const analyzer = new TokenAnalyzer();
  return reference.query((query) => {
    for (const raw of rawTokens(q)) {
      const a = analyzer.analyze(raw);
      if (a.kind === 'term') query.term(a.term, { usePipeline: false });
    }
  });
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
  it('ranks phrases, wildcards, fuzzy words and exclusions identically whatever the sharding', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-fidelity-1-'));
    const single = new SearchService({ cacheDir: dir, workers: 1, workerUrl: await bundledSearchWorker() });
    try {
      await single.setCorpus(docs);
      const qs = ['"boundary layer"', 'flow "heat transfer" -supersonic', '+"shock waves" mach', 'bound* title:flutter', 'presure~1 wing^2', '"of the"'];
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

  it.each(queries)('finds the same documents with the same scores: %s', async (q) => {
    const expected = referenceSearch(q);
    const r = await service.search(q, 1000);
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
