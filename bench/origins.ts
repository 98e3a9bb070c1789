/**
 * `node dist/bench/origins.mjs` (built by bench/build.mjs): origin detection on 5,000 articles
 * through the origins worker, as the app runs it, against the target (under a minute
 * on this machine); then the cached answer; then the dev set's derived-vs-independent scores
 * against the word-trigram-containment baseline (bench/origins-devset.ts).
 *
 * The corpus: the 500 Brown texts cut into 4 articles each (2,000 originals of ~500 words),
 * plus 3,000 rewrites — each a random original with every sixth word dropped, two of every five
 * sentences left out and a sentence of its own added — so text reuse is found, aligned and
 * clustered at scale, not just skipped. Rewrites found in their original's cluster are counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClusters } from '../shared/origins/cluster.js';
import { OriginsService, type CorpusArticle } from '../electron/origins/origins-service.js';
import { loadBrown } from './brown-corpus.js';
import { evaluateDevSet } from './origins-devset.js';

const ARTICLES = Number(process.env.ORIGINS_ARTICLES ?? 5_000);
const TARGET_MS = 60_000;

/** A small deterministic generator, so every run measures the same corpus. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function corpus(): { articles: CorpusArticle[]; rewrites: Map<string, string> } {
  const texts = loadBrown();
  const originals: CorpusArticle[] = [];
  for (const t of texts) {
    const paragraphs = t.text.split(/\n\n/);
    const per = Math.ceil(paragraphs.length / 4);
    for (let k = 0; k < 4; k++) {
      const text = paragraphs.slice(k * per, (k + 1) * per).join('\n\n');
      if (text.length < 200) continue;
      const id = `${t.file}-${k}`;
      originals.push({ id, text, title: `${t.title} (${k + 1})`, source: `Brown corpus, ${t.category}`, date: null, contentHash: id.padEnd(64, '0') });
    }
  }
  const rand = prng(9);
  const rewrites = new Map<string, string>();
  const articles = originals.slice(0, Math.min(ARTICLES, originals.length));
  for (let i = 0; articles.length < ARTICLES; i++) {
    const from = originals[Math.floor(rand() * originals.length)]!;
    const sentences = from.text.split(/(?<=[.!?])\s+/).filter((_, k) => k % 5 !== 1 && k % 5 !== 3);
    const words = sentences.join(' ').split(' ').filter((_, k) => k % 6 !== 5);
    const text = `${words.join(' ')} A local reader added a comment of her own about rewrite number ${i}.`;
    const id = `rewrite-${i}`;
    rewrites.set(id, from.id);
    articles.push({ id, text, title: `Rewrite ${i}`, source: 'Bench rewrites', date: null, contentHash: id.padEnd(64, '0') });
  }
  return { articles, rewrites };
}

async function main(): Promise<void> {
  const { articles, rewrites } = corpus();
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'warrant-origins-bench-'));
  const service = new OriginsService({ cacheDir });
  try {
    const first = await service.detect(articles);
    const clusters = buildClusters(first.detected, []);
    const clusterOf = new Map<string, string>();
    for (const c of clusters) for (const a of c.articles) clusterOf.set(a, c.id);
    let found = 0;
    for (const [r, from] of rewrites) if (clusterOf.get(r) === clusterOf.get(from)) found++;
    const started = performance.now();
    const again = await new OriginsService({ cacheDir }).detect(articles);
    const cachedMs = Math.round(performance.now() - started);
    console.log(`Origins: ${articles.length} articles (${(words / 1e6).toFixed(2)}M words) in ${(first.ms / 1000).toFixed(1)} s (target < ${TARGET_MS / 1000} s: ${first.ms < TARGET_MS ? 'met' : 'MISSED'}); ${clusters.length} clusters; rewrites found with their original: ${found}/${rewrites.size}; from the cache file after a restart: ${cachedMs} ms (${again.fromCache ? 'cached' : 'NOT cached'})`);
  } finally {
    await service.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const devDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'devsets', 'origins-news');
  const dev = evaluateDevSet(devDir);
  const f = (x: number) => x.toFixed(2);
  console.log(`Dev set: ${dev.pairs} pairs (${dev.derived} derived)`);
  console.log(`  detector:                 accuracy ${f(dev.ours.accuracy)}  precision ${f(dev.ours.precision)}  recall ${f(dev.ours.recall)}  F1 ${f(dev.ours.f1)}  macro-F1 ${f(dev.ours.macroF1)}`);
  console.log(`  trigram containment ≥ ${f(dev.baseline.threshold)}: accuracy ${f(dev.baseline.accuracy)}  precision ${f(dev.baseline.precision)}  recall ${f(dev.baseline.recall)}  F1 ${f(dev.baseline.f1)}  macro-F1 ${f(dev.baseline.macroF1)}`);
  for (const e of dev.errors) console.log(`  wrong: ${e}`);
}

await main();
