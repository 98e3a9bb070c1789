/**
 * `npm run bench`, suggestions phase: suggested evidence (electron/index/suggest-*.ts).
 *
 *   1. quality: document-level nDCG@10 on the claim dev sets (bench/devsets/claims-*.ts), the
 *      baseline (plain BM25 on whole documents) and each idea in the same run;
 *   2. speed: time per claim on the Brown corpus replicated to ~50 MB (BENCH_MB overrides),
 *      in the search workers as the app runs it (target ≤ 300 ms per claim).
 *
 * Run: `node bench/build.mjs && node dist/bench/suggest.mjs` (SUGGEST_BENCH=quality|speed for one part).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SearchService, type IndexDoc } from '../electron/index/search-service.js';
import { brownCorpus } from './brown-corpus.js';
import { CRANFIELD_MISSING } from './cranfield.js';
import { cranfieldClaims } from './devsets/claims-cranfield.js';
import { articleDevsets, SEEDS_DIR, SEEDS_MISSING } from './devsets/claims-load.js';
import { percentile } from './phases.js';
import { evaluateDevset, formatDevsetTable, type DevsetQuality } from './suggest-quality.js';

/** Claims timed on the big corpus. */
const CLAIMS = 60;
/** The budget per claim (issue 10). */
const TARGET_MS = 300;

/**
 * Claim-like sentences from the corpus itself (8–30 words), spread over it: what a researcher
 * types is a sentence, not a keyword query, and these have real matches at every frequency.
 */
export function claimSentences(docs: readonly IndexDoc[], n: number): string[] {
  const out: string[] = [];
  const step = Math.max(1, Math.floor(docs.length / n));
  for (let i = 0; out.length < n && i < docs.length; i += step) {
    const sentences = (docs[i] as IndexDoc).text.split(/(?<=[.!?])\s+/);
    const s = sentences.find((x, k) => k > 0 && x.split(/\s+/).length >= 8 && x.split(/\s+/).length <= 30);
    if (s) out.push(s);
  }
  return out;
}

async function quality(): Promise<void> {
  const sets = [cranfieldClaims(), ...(await articleDevsets())].filter((s) => s !== null);
  if (!cranfieldClaims()) console.log(`Cranfield: ${CRANFIELD_MISSING}`);
  if (!SEEDS_DIR) console.log(`Seed articles: ${SEEDS_MISSING}`);
  const results: Record<string, Record<string, DevsetQuality>> = {};
  for (const set of sets) results[`${set.name} (${set.claims.length} claims, ${set.docs.length} articles)`] = await evaluateDevset(set);
  console.log('\nSuggested evidence: document-level nDCG@10 (passage: share of judged suggestions whose passage holds the evidence)\n');
  console.log(formatDevsetTable(results));
}

async function speed(): Promise<void> {
  const mb = Number(process.env.BENCH_MB ?? 50);
  const docs = brownCorpus(mb * 1e6);
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'warrant-bench-suggest-'));
  const svc = new SearchService({ cacheDir });
  try {
    const t0 = performance.now();
    await svc.setCorpus(docs);
    console.log(`\nSuggestions on ${docs.length} articles, ${(chars / 1e6).toFixed(1)} MB of text (index built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const claims = claimSentences(docs, CLAIMS);
    // One claim first, untimed, as the app's first suggestion follows the index build.
    await svc.suggestPassages(claims[0] as string, { limit: 10 });
    const times: number[] = [];
    const cpu: number[] = [];
    let found = 0;
    for (const c of claims) {
      const t = performance.now();
      const r = await svc.suggestPassages(c, { limit: 10 });
      times.push(performance.now() - t);
      cpu.push(svc.lastSuggestCpuMs() ?? NaN);
      if (!r.ok) throw new Error(r.error.message);
      found += r.value.length;
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const f = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`  ${claims.length} claims, ${(found / claims.length).toFixed(1)} passages each`);
    console.log(`  per claim: p50 ${f(percentile(times, 50))}  p95 ${f(percentile(times, 95))}  max ${f(times.at(-1) ?? 0)}  (target ≤ ${TARGET_MS} ms)`);
    // CPU time is what the machine's load does not change (the wall clock waits for other processes too).
    console.log(`  CPU per claim (busiest shard per round): p50 ${f(percentile(cpu, 50))}  p95 ${f(percentile(cpu, 95))}  max ${f(cpu.at(-1) ?? 0)}  (load average ${os.loadavg()[0]?.toFixed(1)})`);
    if (percentile(times, 95) > TARGET_MS) console.log(`  ! p95 is above the ${TARGET_MS} ms target`);
  } finally {
    await svc.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}

const part = process.env.SUGGEST_BENCH;
if (part !== 'speed') await quality();
if (part !== 'quality') await speed();
