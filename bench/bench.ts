/**
 * `npm run bench`: Warrant's search engine against plain single-threaded lunr on the Brown
 * corpus replicated to ~50 MB of text (BENCH_MB overrides). Each contender's phase runs in
 * its own fresh Node process; this process orchestrates and prints the comparison.
 *
 *   1. import+index: SearchService.setCorpus (worker pool, empty cache) vs `lunr(function () {…})`
 *   2. reopen: parse the project file, then index ready + first search answered, vs parse the
 *      project file + `lunr.Index.load(JSON.parse(readFileSync(saved index)))` + `idx.search`
 *   3. query latency p50/p95 over a fixed query set, with snippets (plain: idx.search, no snippets)
 *   4. peak RSS per process, and memory retained by the index after building
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchPaths, oursBuild, oursReopen, percentile, plainBuild, plainReopen, prepare, type Measurements } from './phases.js';

const RESULT = 'BENCH_RESULT ';
const PHASES = {
  prepare: (dir: string) => prepare(benchPaths(dir), Number(process.env.BENCH_MB ?? 50) * 1e6),
  'plain-build': (dir: string) => plainBuild(benchPaths(dir)),
  'ours-build': (dir: string) => oursBuild(benchPaths(dir)),
  'plain-reopen': (dir: string) => plainReopen(benchPaths(dir)),
  'ours-reopen': (dir: string) => oursReopen(benchPaths(dir), true),
  'ours-reopen-cold': (dir: string) => oursReopen(benchPaths(dir), false),
} as const;
type Phase = keyof typeof PHASES;

/** Heap room for plain lunr, which needs several GB for 50 MB of text; the same for both. */
const HEAP_MB = 16_384;

function runPhase(phase: Phase, dir: string): Measurements {
  process.stderr.write(`  … ${phase}\n`);
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, self, '--phase', phase, '--dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith(RESULT));
  if (r.status !== 0 || !line) throw new Error(`bench phase ${phase} failed (exit ${r.status ?? r.signal})`);
  return JSON.parse(line.slice(RESULT.length)) as Measurements;
}

const REOPEN_RUNS = 3;

/** The run with the median total time. */
function median(runs: Measurements[]): Measurements {
  const sorted = [...runs].sort((a, b) => num(a, 'totalMs') - num(b, 'totalMs'));
  return sorted[Math.floor(sorted.length / 2)] as Measurements;
}

const num = (m: Measurements, k: string): number => {
  const v = m[k];
  if (typeof v !== 'number') throw new Error(`missing measurement ${k}`);
  return v;
};
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const pad = (s: string, n: number) => s.padEnd(n);

function row(label: string, ours: string, plain: string, ratio: string, target: string): string {
  return `${pad(label, 38)}${pad(ours, 22)}${pad(plain, 22)}${pad(ratio, 24)}${target}`;
}

async function orchestrate(): Promise<void> {
  const dir = path.resolve(process.env.BENCH_DIR ?? '.bench-cache');
  process.stderr.write(`Warrant search bench (working folder ${dir})\n`);
  const prep = runPhase('prepare', dir);
  const plainB = runPhase('plain-build', dir);
  const oursB = runPhase('ours-build', dir);
  // Reopening is short and this machine may be shared: each contender reopens 3 times
  // (alternating, fresh processes) and the median run by total time is reported.
  const plainRuns: Measurements[] = [];
  const oursRuns: Measurements[] = [];
  const coldRuns: Measurements[] = [];
  for (let i = 0; i < REOPEN_RUNS; i++) {
    plainRuns.push(runPhase('plain-reopen', dir));
    oursRuns.push(runPhase('ours-reopen', dir));
    coldRuns.push(runPhase('ours-reopen-cold', dir));
  }
  const plainR = median(plainRuns);
  const oursR = median(oursRuns);
  const oursCold = median(coldRuns);
  if (oursR.fromCache !== true || oursCold.fromCache !== true) throw new Error('the reopen phase did not load the index from the cache');

  // Latency: the samples of every warm reopen run, pooled.
  const pooled = oursRuns
    .flatMap((r) => String(r['latency.raw']).split(',').map(Number))
    .sort((a, b) => a - b);
  oursR['latency.p50'] = percentile(pooled, 50);
  oursR['latency.p95'] = percentile(pooled, 95);
  oursR['latency.max'] = pooled[pooled.length - 1] ?? NaN;
  oursR['latency.samples'] = pooled.length;
  const pooledCpu = oursRuns.flatMap((r) => String(r['latency.cpuRaw']).split(',').map(Number)).sort((a, b) => a - b);
  const plainCpu = String(plainB['latency.cpuRaw']).split(',').map(Number).sort((a, b) => a - b);
  const buildRatio = num(plainB, 'buildMs') / num(oursB, 'buildMs');
  const reopenRatio = num(oursR, 'totalMs') / num(plainR, 'totalMs');
  const p95 = num(oursR, 'latency.p95');
  const lines = [
    '',
    `Corpus: ${prep.docs} Brown-corpus texts, ${(num(prep, 'textChars') / 1e6).toFixed(1)} M characters of text, ` +
      `project file ${mb(num(prep, 'projectBytes'))}. Machine: ${os.availableParallelism()} cores, Node ${process.version}, ` +
      `${oursB.shards} index workers.`,
    '',
    row('', 'ours', 'plain lunr', 'ratio', 'target'),
    row(
      '1. import + index',
      sec(num(oursB, 'buildMs')),
      sec(num(plainB, 'buildMs')),
      `${buildRatio.toFixed(1)}× faster`,
      `≥ 2× faster: ${buildRatio >= 2 ? 'met' : 'NOT met'}`,
    ),
    row(
      '2. reopen → first search answered',
      sec(num(oursR, 'totalMs')),
      sec(num(plainR, 'totalMs')),
      `${reopenRatio.toFixed(3)} of plain`,
      `< 1/3 of plain: ${reopenRatio < 1 / 3 ? 'met' : 'NOT met'}`,
    ),
    row(
      '   same, cold (service created then)',
      sec(num(oursCold, 'totalMs')),
      sec(num(plainR, 'totalMs')),
      `${(num(oursCold, 'totalMs') / num(plainR, 'totalMs')).toFixed(3)} of plain`,
      'incl. starting the worker threads',
    ),
    row(
      '   all runs (total)',
      oursRuns.map((r) => sec(num(r, 'totalMs'))).join(' '),
      plainRuns.map((r) => sec(num(r, 'totalMs'))).join(' '),
      '',
      `cold: ${coldRuns.map((r) => sec(num(r, 'totalMs'))).join(' ')}`,
    ),
    row('   of which: parse project JSON', sec(num(oursR, 'parseProjectMs')), sec(num(plainR, 'parseProjectMs')), '', ''),
    row('   of which: load index', sec(num(oursR, 'loadMs')), sec(num(plainR, 'loadMs')), '', ''),
    row(
      '3. query latency p50',
      ms(num(oursR, 'latency.p50')),
      ms(num(plainB, 'latency.p50')),
      `${(num(oursR, 'latency.p50') / num(plainB, 'latency.p50')).toFixed(2)}× plain`,
      'ours with snippets; plain without',
    ),
    row(
      '   query latency p95',
      ms(p95),
      ms(num(plainB, 'latency.p95')),
      `${(p95 / num(plainB, 'latency.p95')).toFixed(2)}× plain`,
      `p95 < 20 ms: ${p95 < 20 ? 'met' : 'NOT met'}`,
    ),
    row(
      '   CPU per query p50 / p95',
      `${ms(percentile(pooledCpu, 50))} / ${ms(percentile(pooledCpu, 95))}`,
      `${ms(percentile(plainCpu, 50))} / ${ms(percentile(plainCpu, 95))}`,
      '',
      'ours: busiest worker (thread CPU)',
    ),
    row('   query latency max', ms(num(oursR, 'latency.max')), ms(num(plainB, 'latency.max')), '', `${oursR['latency.samples']} samples`),
    row(
      '4. peak RSS, building',
      mb(num(oursB, 'peakRss')),
      mb(num(plainB, 'peakRss')),
      `${(num(oursB, 'peakRss') / num(plainB, 'peakRss')).toFixed(2)}× plain`,
      'whole process, all threads',
    ),
    row(
      '   peak RSS, reopen + queries',
      mb(num(oursR, 'peakRss')),
      mb(num(plainR, 'peakRss')),
      `${(num(oursR, 'peakRss') / num(plainR, 'peakRss')).toFixed(2)}× plain`,
      '',
    ),
    row(
      '   index memory after build',
      mb(num(oursB, 'heapAfterBuild')),
      mb(num(plainB, 'heapAfterBuild')),
      `${(num(oursB, 'heapAfterBuild') / num(plainB, 'heapAfterBuild')).toFixed(2)}× plain`,
      'after GC: JS heaps + typed arrays',
    ),
    '',
    `Saved index: plain lunr JSON ${mb(num(plainB, 'indexBytes'))}. Ours waits ${sec(num(oursB, 'cacheWriteWaitMs'))} ` +
      'after setCorpus for its cache write to finish (done in the background).',
    `First search "${'jury'}": ours ${oursR.firstHits} hits (with snippets), plain ${plainR.firstHits}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const phase = args[args.indexOf('--phase') + 1] as Phase | undefined;
  if (args.includes('--phase') && phase && phase in PHASES) {
    const dir = args[args.indexOf('--dir') + 1] ?? '.bench-cache';
    const m = await PHASES[phase](dir);
    process.stdout.write(`${RESULT}${JSON.stringify(m)}\n`);
    return;
  }
  await orchestrate();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
