/**
 * The bench phases. Each runs in a fresh Node process (so that timings start cold and peak
 * memory belongs to one contender) and prints one JSON line with its measurements.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import lunr from 'lunr';
import { SearchService } from '../electron/index/search-service.js';
import { brownCorpus } from './brown-corpus.js';
import { buildPlainLunr, plainSearch } from './plain-lunr.js';
import { readProjectDocs, writeProjectFile } from './project-file.js';
import { BENCH_QUERIES } from './queries.js';

export interface BenchPaths {
  dir: string;
  project: string;
  plainIndex: string;
  cacheDir: string;
}

export function benchPaths(dir: string): BenchPaths {
  return {
    dir,
    project: path.join(dir, 'bench.warrant'),
    plainIndex: path.join(dir, 'plain-lunr-index.json'),
    cacheDir: path.join(dir, 'index-cache'),
  };
}

/** The first search after opening a project. */
export const FIRST_QUERY = 'jury';
/** Pause between the first search and the latency passes (ms). */
const IDLE_BEFORE_QUERIES = 5000;
/** Measured passes over the query set (after one warm-up pass). */
const PASSES = 5;

export type Measurements = Record<string, number | string | boolean>;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Peak resident set size of this process so far (all its threads), in bytes. */
function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Runs `run` over the query set: one warm-up pass, then timed passes. `run` may return the
 * query's CPU time (ours: the busiest worker's), recorded beside the wall time.
 */
async function latencies(run: (q: string) => Promise<number | undefined> | number | undefined): Promise<Measurements> {
  for (const q of BENCH_QUERIES) await run(q);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const q of BENCH_QUERIES) {
      const t = performance.now();
      const c = await run(q);
      samples.push(performance.now() - t);
      if (c !== undefined) cpu.push(c);
    }
  }
  const raw = samples.map((v) => v.toFixed(2)).join(',');
  const cpuRaw = cpu.map((v) => v.toFixed(2)).join(',');
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1] ?? NaN, samples: samples.length, raw, cpuRaw };
}

/** Generates the corpus and writes the project file. */
export function prepare(p: BenchPaths, targetChars: number): Measurements {
  mkdirSync(p.dir, { recursive: true });
  const docs = brownCorpus(targetChars);
  const bytes = writeProjectFile(p.project, docs);
  let chars = 0;
  for (const d of docs) chars += d.text.length;
  return { docs: docs.length, textChars: chars, projectBytes: bytes };
}

/** Plain lunr: build, save its index as JSON, and time its searches. */
export async function plainBuild(p: BenchPaths): Promise<Measurements> {
  const docs = readProjectDocs(p.project);
  gc();
  const t = performance.now();
  const idx = buildPlainLunr(docs);
  const buildMs = performance.now() - t;
  gc();
  const heap = v8.getHeapStatistics().used_heap_size;
  const lat = await latencies((q) => {
    // Plain lunr runs on this thread: its CPU time is this thread's.
    const c = process.threadCpuUsage();
    plainSearch(idx, q);
    const u = process.threadCpuUsage(c);
    return (u.user + u.system) / 1000;
  });
  const t2 = performance.now();
  writeFileSync(p.plainIndex, JSON.stringify(idx));
  const saveMs = performance.now() - t2;
  return {
    buildMs,
    heapAfterBuild: heap,
    peakRss: peakRss(),
    saveMs,
    indexBytes: statSync(p.plainIndex).size,
    ...prefix('latency', lat),
  };
}

/** Plain lunr reopen: parse the project, load the saved index, answer one search. */
export function plainReopen(p: BenchPaths): Measurements {
  const t = performance.now();
  const docs = readProjectDocs(p.project);
  const parsedMs = performance.now() - t;
  const idx = lunr.Index.load(JSON.parse(readFileSync(p.plainIndex, 'utf8')));
  const loadedMs = performance.now() - t;
  const hits = idx.search(FIRST_QUERY).length;
  const totalMs = performance.now() - t;
  return { docs: docs.length, parseProjectMs: parsedMs, loadMs: loadedMs - parsedMs, totalMs, firstHits: hits, peakRss: peakRss() };
}

/** Ours: build from an empty cache (import + index), then wait for the cache to be written. */
export async function oursBuild(p: BenchPaths): Promise<Measurements> {
  if (existsSync(p.cacheDir)) rmSync(p.cacheDir, { recursive: true, force: true });
  const docs = readProjectDocs(p.project);
  gc();
  const t = performance.now();
  const svc = new SearchService({ cacheDir: p.cacheDir });
  await svc.setCorpus(docs);
  const buildMs = performance.now() - t;
  gc();
  const workers = await svc.workerMemory();
  const mainHeap = v8.getHeapStatistics().used_heap_size;
  const status = svc.status();
  const shards = svc.workerThreadIds().length;
  const t2 = performance.now();
  await svc.close();
  return {
    buildMs,
    fromCache: status.fromCache,
    shards,
    heapAfterBuild: mainHeap + workers.heapUsed + workers.arrayBuffers,
    workerHeap: workers.heapUsed,
    workerArrayBuffers: workers.arrayBuffers,
    peakRss: peakRss(),
    cacheWriteWaitMs: performance.now() - t2,
  };
}

/**
 * Ours reopen: parse the project, set the corpus (cache hit), answer one search; then the
 * latency passes. `warm`: the SearchService exists before the project is opened (as in the
 * app, which creates it at start-up) and has started its idle workers; otherwise it is
 * created inside the clock.
 */
export async function oursReopen(p: BenchPaths, warm: boolean): Promise<Measurements> {
  let svc: SearchService | null = null;
  if (warm) {
    svc = new SearchService({ cacheDir: p.cacheDir });
    await new Promise((r) => setTimeout(r, 1000));
  }
  const t = performance.now();
  const docs = readProjectDocs(p.project);
  const parsedMs = performance.now() - t;
  svc ??= new SearchService({ cacheDir: p.cacheDir });
  await svc.setCorpus(docs);
  const readyMs = performance.now() - t;
  const first = await svc.search(FIRST_QUERY);
  const totalMs = performance.now() - t;
  if (!first.ok) throw new Error(first.error.message);
  const status = svc.status();
  const service = svc;
  // A researcher reads the first results before typing the next query: let the service
  // finish its start-up chores (wildcard automaton, spare workers) before timing queries.
  if (warm) await new Promise((r) => setTimeout(r, IDLE_BEFORE_QUERIES));
  const lat = warm
    ? await latencies(async (q) => {
        const r = await service.search(q);
        if (!r.ok) throw new Error(`${q}: ${r.error.message}`);
        return service.lastSearchCpuMs() ?? undefined;
      })
    : {};
  const peak = peakRss();
  await svc.close();
  return {
    docs: docs.length,
    parseProjectMs: parsedMs,
    loadMs: readyMs - parsedMs,
    totalMs,
    firstHits: first.value.total,
    fromCache: status.fromCache,
    peakRss: peak,
    ...prefix('latency', lat),
  };
}

function prefix(name: string, m: Measurements): Measurements {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [`${name}.${k}`, v]));
}
