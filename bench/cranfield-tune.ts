/**
 * The ranking calibration harness: scores ranking settings on both dev sets — Cranfield
 * (../shared/datasets/cranfield, when present) and Brown claims (bench/devsets/ranking-brown.ts)
 * — with the real build and search code run in this thread (electron/index/ranking-local.ts),
 * next to plain lunr on the same documents. docs/benchmark.md reports its table.
 *
 * Run: `node bench/build.mjs && node dist/bench/cranfield-tune.mjs [grid]`: without an
 * argument the shipped ranking only; `grid` the settings tried; or a JSON list of
 * `[label, {changes to the shipped ranking}]` pairs.
 */
import { LocalAnalysis } from '../electron/index/ranking-local.js';
import { RANKING, type RankingParams } from '../electron/index/ranking.js';
import { CRANFIELD_DIR, CRANFIELD_MISSING, loadCranfield, score, type Quality } from './cranfield.js';
import { brownClaims, type RankingDevset } from './devsets/ranking-brown.js';
import { buildPlainLunr, plainSearch } from './plain-lunr.js';

/** The dev sets available here: Brown claims always, Cranfield when the reference data is present. */
export function rankingDevsets(): RankingDevset[] {
  const sets: RankingDevset[] = [];
  if (CRANFIELD_DIR) sets.push({ name: 'Cranfield', ...loadCranfield() });
  sets.push(brownClaims());
  return sets;
}

/** Quality of `params` on `set` (analysis done once per set through `analysis`). */
export function evaluateRanking(set: RankingDevset, analysis: LocalAnalysis, params: RankingParams): Quality {
  const index = analysis.finish(params);
  const ranked = new Map<string, string[]>();
  for (const q of set.queries) {
    const r = index.search(q.text, 100);
    if (!r.ok) throw new Error(`${set.name} query ${q.id} (${q.text}): ${r.error.message}`);
    ranked.set(
      q.id,
      r.value.hits.map((h) => h.id),
    );
  }
  return score(ranked, set.qrels);
}

/** Plain lunr `idx.search` on the same set: Warrant's fields with title^3, and lunr's README configuration. */
export function evaluatePlain(set: RankingDevset, config: 'warrant' | 'readme'): Quality {
  const idx = buildPlainLunr(set.docs, config);
  return score(new Map(set.queries.map((q) => [q.id, plainSearch(idx, q.text).map((r) => r.ref)])), set.qrels);
}

/** Settings tried (one knob at a time around the shipped ranking, then a few combinations). */
export function tuningGrid(): [string, RankingParams][] {
  const lunrLike: RankingParams = { ...RANKING, fieldBoosts: [3, 1, 1], k1: 1.2, b: 0.75, proximity: 0 };
  const out: [string, RankingParams][] = [['lunr BM25 as before (title 3, k1 1.2, b 0.75, no proximity)', lunrLike]];
  for (const title of [1, 1.5, 2, 3]) out.push([`title ${title}, no proximity`, { ...lunrLike, fieldBoosts: [title, 1, 1] }]);
  for (const k1 of [0.9, 1.2, 1.6, 2]) out.push([`k1 ${k1}`, { ...RANKING, k1 }]);
  for (const b of [0.5, 0.75, 0.9]) out.push([`b ${b}`, { ...RANKING, b }]);
  for (const title of [1, 1.5, 2, 3]) out.push([`title ${title}`, { ...RANKING, fieldBoosts: [title, 1, 1] }]);
  for (const proximity of [0, 0.25, 0.5, 1, 2]) out.push([`proximity ${proximity}`, { ...RANKING, proximity }]);
  for (const window of [3, 5, 8]) out.push([`window ${window}`, { ...RANKING, window }]);
  for (const commonWords of [0, 0.1]) out.push([`common words ${commonWords}`, { ...RANKING, commonWords }]);
  return out;
}

function row(label: string, results: Quality[]): string {
  return `| ${label} | ${results.map((q) => `${q.ndcg10.toFixed(3)} / ${q.recall100.toFixed(3)}`).join(' | ')} |`;
}

// Run directly (bundled to dist/bench/cranfield-tune.mjs): print the table.
if (process.argv[1] && /cranfield-tune\.m?[jt]s$/.test(process.argv[1])) {
  if (!CRANFIELD_DIR) process.stdout.write(`Cranfield: not run: ${CRANFIELD_MISSING.replace(/^skipped: /, '')}\n`);
  const sets = rankingDevsets();
  const analyses = sets.map((s) => new LocalAnalysis(s.docs));
  const arg = process.argv[2];
  // `grid`, or a JSON list of [label, changes to the shipped ranking] pairs to try.
  const grid: [string, RankingParams][] =
    arg === 'grid'
      ? tuningGrid()
      : arg?.startsWith('[')
        ? (JSON.parse(arg) as [string, Partial<RankingParams>][]).map(([label, changes]) => [label, { ...RANKING, ...changes }])
        : [['shipped', RANKING]];
  process.stdout.write(`| setting | ${sets.map((s) => `${s.name} nDCG@10 / R@100`).join(' | ')} |\n|---|${sets.map(() => '---').join('|')}|\n`);
  process.stdout.write(`${row('plain lunr idx.search, title^3', sets.map((s) => evaluatePlain(s, 'warrant')))}\n`);
  process.stdout.write(`${row('plain lunr, README defaults', sets.map((s) => evaluatePlain(s, 'readme')))}\n`);
  for (const [label, params] of grid) {
    process.stdout.write(`${row(label, sets.map((s, i) => evaluateRanking(s, analyses[i] as LocalAnalysis, params)))}\n`);
  }
}
