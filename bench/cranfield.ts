/**
 * Ranking quality on the Cranfield collection (../shared/datasets/cranfield) and on the
 * Brown claims dev set (bench/devsets/ranking-brown.ts): nDCG@10 and Recall@100 of Warrant's
 * engine against plain lunr `idx.search` (query syntax characters stripped), over the same
 * documents, in the same run.
 *
 * Run as a script: `node dist/bench/cranfield.mjs` after `node bench/build.mjs`, or through
 * the test (bench/cranfield.test.ts) which also asserts we are not worse than plain lunr.
 * The collection is reference data beside the checkout, not in the repository: without it the
 * script reports "not run" with the reason and the test skips, rather than either failing.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { missingReason, referenceDir } from '../electron/dev/reference-data.js';
import { SearchService, type IndexDoc } from '../electron/index/search-service.js';
import { buildPlainLunr, plainSearch } from './plain-lunr.js';
import { brownClaims } from './devsets/ranking-brown.js';

/** The Cranfield collection beside the checkout, or null when this clone does not have it. */
export const CRANFIELD_DIR: string | null = referenceDir('datasets', 'cranfield');

/** Why the Cranfield evaluation cannot run here (only meaningful when CRANFIELD_DIR is null). */
export const CRANFIELD_MISSING = missingReason('datasets/cranfield');

export interface Cranfield {
  docs: IndexDoc[];
  queries: { id: string; text: string }[];
  /** query id → doc id → graded relevance (1..4). */
  qrels: Map<string, Map<string, number>>;
}

function jsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function loadCranfield(dir = CRANFIELD_DIR): Cranfield {
  // Callers check CRANFIELD_DIR first; this is the clear message if one forgets.
  if (!dir) throw new Error(CRANFIELD_MISSING);
  const docs = jsonl<{ id: string; title: string; text: string }>(path.join(dir, 'corpus.jsonl')).map((d) => ({
    id: d.id,
    // Two documents have no title: the index needs a string, the UI would show the id.
    title: d.title,
    source: null,
    date: null,
    text: d.text,
  }));
  const queries = jsonl<{ id: string; text: string }>(path.join(dir, 'queries.jsonl'));
  const qrels = new Map<string, Map<string, number>>();
  for (const line of readFileSync(path.join(dir, 'qrels.tsv'), 'utf8').split('\n').slice(1)) {
    const [q, d, score] = line.trim().split('\t');
    if (!q || !d || !score || Number(score) <= 0) continue;
    if (!qrels.has(q)) qrels.set(q, new Map());
    qrels.get(q)?.set(d, Number(score));
  }
  return { docs, queries, qrels };
}

export interface Quality {
  ndcg10: number;
  recall100: number;
  queries: number;
}

/** nDCG@10 (linear gain, as trec_eval/BEIR) and Recall@100, averaged over all queries. */
export function score(ranked: Map<string, string[]>, qrels: Cranfield['qrels']): Quality {
  let ndcg = 0;
  let recall = 0;
  for (const [q, rel] of qrels) {
    const list = ranked.get(q) ?? [];
    let dcg = 0;
    list.slice(0, 10).forEach((id, i) => (dcg += (rel.get(id) ?? 0) / Math.log2(i + 2)));
    const ideal = [...rel.values()].sort((a, b) => b - a).slice(0, 10);
    let idcg = 0;
    ideal.forEach((g, i) => (idcg += g / Math.log2(i + 2)));
    ndcg += idcg > 0 ? dcg / idcg : 0;
    const top = new Set(list.slice(0, 100));
    let found = 0;
    for (const id of rel.keys()) if (top.has(id)) found++;
    recall += rel.size > 0 ? found / rel.size : 0;
  }
  return { ndcg10: ndcg / qrels.size, recall100: recall / qrels.size, queries: qrels.size };
}

/** Ours against plain lunr on one collection. */
export interface Comparison {
  name: string;
  docs: number;
  ours: Quality;
  plain: Quality;
  plainReadme: Quality;
}

/** Evaluates both engines on Cranfield; `workerUrl` is the bundled search worker (tests bundle their own). */
export async function evaluateCranfield(workerUrl?: URL): Promise<Comparison> {
  return evaluateCollection({ name: 'Cranfield', ...loadCranfield() }, workerUrl);
}

/**
 * Evaluates SearchService (worker shards, the shipped ranking) and plain lunr on a collection
 * with graded judgments (Cranfield, or a dev set of bench/devsets/).
 */
export async function evaluateCollection(c: Cranfield & { name: string }, workerUrl?: URL): Promise<Comparison> {
  const plainRun = (config: 'warrant' | 'readme') => {
    const idx = buildPlainLunr(c.docs, config);
    return new Map(c.queries.map((q) => [q.id, plainSearch(idx, q.text).map((r) => r.ref)]));
  };
  const plainRanked = plainRun('warrant');
  const readmeRanked = plainRun('readme');

  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'warrant-cranfield-'));
  const svc = new SearchService({ cacheDir, ...(workerUrl ? { workerUrl } : {}) });
  try {
    await svc.setCorpus(c.docs);
    const oursRanked = new Map<string, string[]>();
    for (const q of c.queries) {
      const r = await svc.search(q.text, 100);
      if (!r.ok) throw new Error(`${c.name} query ${q.id} (${q.text}): ${r.error.message}`);
      oursRanked.set(
        q.id,
        r.value.hits.map((h) => h.id),
      );
    }
    return {
      name: c.name,
      docs: c.docs.length,
      ours: score(oursRanked, c.qrels),
      plain: score(plainRanked, c.qrels),
      plainReadme: score(readmeRanked, c.qrels),
    };
  } finally {
    await svc.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** Formats the comparison for people. */
export function formatQuality(r: Comparison): string {
  const f = (q: Quality) => `nDCG@10 ${q.ndcg10.toFixed(3)}  Recall@100 ${q.recall100.toFixed(3)}`;
  return [
    `${r.name} (${r.ours.queries} queries, ${r.docs} documents)`,
    `  ours (SearchService, ranking.ts RANKING):                    ${f(r.ours)}`,
    `  plain lunr idx.search, title^3, text, source, syntax stripped: ${f(r.plain)}`,
    `  plain lunr, its defaults over title+text as in the README:    ${f(r.plainReadme)}`,
  ].join('\n');
}

// Run directly (bundled to dist/bench/cranfield.mjs): print the comparison.
if (process.argv[1] && /cranfield\.m?[jt]s$/.test(process.argv[1])) {
  // Without the collection there is nothing to measure: say so and succeed, so a bench run on
  // a clone without ../shared is not mistaken for a regression.
  if (!CRANFIELD_DIR) process.stdout.write(`Cranfield: not run: ${CRANFIELD_MISSING.replace(/^skipped: /, '')}\n`);
  // The second dev set (bench/devsets/ranking-brown.ts) is built from an npm package: always there.
  (async () => {
    if (CRANFIELD_DIR) process.stdout.write(`${formatQuality(await evaluateCranfield())}\n`);
    process.stdout.write(`${formatQuality(await evaluateCollection(brownClaims()))}\n`);
  })().catch((e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exit(1);
  });
}
