/**
 * Warrant's full-text search: a lunr index over title (boosted 3×), text and source, split
 * into shards held by worker threads so that building, loading and searching use every core
 * and never block the caller (Electron's main process or the `serve` HTTP server).
 *
 * Shards score exactly like one lunr index over the whole corpus: after tokenizing, workers
 * exchange vocabularies and weight terms with the global statistics. A built index is saved
 * to `cacheDir` under a key hashed from the corpus content, and reused when the same corpus
 * is set again (e.g. when a saved project is reopened).
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import type { IndexStatus, TextRange, SearchHit, SearchResponse } from '../../shared/api.js';
import { LIMITS } from '../../shared/limits.js';
import { err, ok, toAppError, WarrantError, type Result } from '../../shared/result.js';
import { parseQuery } from '../../shared/search/query-parser.js';
import { WorkerClient } from '../workers/client.js';
import type { SearchEvents, SearchMethods } from './protocol.js';
import { INDEX_KEY_VERSION, OUTDATED } from './shard-cache.js';
import { FIELD_ALIASES, FIELDS, type IndexDoc } from './shard-data.js';
import { languageMark } from './doc-language.js';
import type { ShardSearchResult } from './shard-searcher.js';
import { correctedQueries } from './suggestions.js';
import { suggestAcrossShards, type ShardPort, type SuggestOptions, type SuggestedPassage } from './suggest-query.js';

export type { IndexDoc } from './shard-data.js';

export interface SearchServiceOptions {
  /** Folder for the on-disk index cache (created when needed). */
  cacheDir: string;
  /** Worker threads (shards); defaults to the number of cores, at most 4. */
  workers?: number;
  /** Called whenever {@link SearchService.status} changes. */
  onStatus?: (s: IndexStatus) => void;
  /**
   * The worker's entry point. Defaults to search-worker.ts, found as electron/workers/locate.ts
   * says (bundled: `search-worker.mjs` beside this module's bundle); tests pass one they bundled.
   */
  workerUrl?: URL;
}

/** Results per search unless the caller asks otherwise. */
const DEFAULT_LIMIT = 50;
/** Progress events at most this often while building (ms). */
const PROGRESS_INTERVAL = 100;
/** Delay before starting new idle workers after a build (ms). */
const REPLENISH_DELAY = 2000;

/** The caller's handle on one shard worker. */
type ShardWorker = WorkerClient<SearchMethods, SearchEvents>;

function startShardWorker(url: URL): ShardWorker {
  return new WorkerClient<SearchMethods, SearchEvents>(url, { name: 'the search worker' });
}

/** Lets a worker answer what it was asked and finish writing its cache, then stops it. */
async function closeShardWorker(worker: ShardWorker): Promise<void> {
  try {
    await worker.call('close', {});
  } catch {
    // Already dead: nothing to wait for.
  }
  await worker.terminate();
}

interface Engine {
  workers: ShardWorker[];
  /** The corpus it indexes (to rebuild it if a contentHash turns out wrong). */
  docs: IndexDoc[];
  /** Corpus position of each shard's first document (ties in score break on corpus order). */
  bases: number[];
  /** Article id → [shard, position in shard]. */
  where: Map<string, [number, number]>;
  fromCache: boolean;
  threadIds: number[];
}

interface Build {
  gen: number;
  engine: Engine;
  /** Settles (never rejects) when this build is ready, failed or superseded. */
  settled: Promise<void>;
}

/** Splits docs into `n` contiguous runs of about equal text length. */
function partition(docs: readonly IndexDoc[], n: number): IndexDoc[][] {
  let total = 0;
  for (const d of docs) total += d.text.length + d.title.length + 1;
  const out: IndexDoc[][] = [];
  let acc = 0;
  let current: IndexDoc[] = [];
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i] as IndexDoc;
    current.push(d);
    acc += d.text.length + d.title.length + 1;
    const remainingDocs = docs.length - i - 1;
    const remainingShards = n - out.length - 1;
    if (remainingShards > 0 && (acc >= (total * (out.length + 1)) / n || remainingDocs === remainingShards)) {
      out.push(current);
      current = [];
    }
  }
  out.push(current);
  return out;
}

export class SearchService {
  private readonly cacheDir: string;
  private readonly maxWorkers: number;
  private readonly onStatus: (s: IndexStatus) => void;
  private readonly workerUrl: URL;
  private serving: Engine | null = null;
  private building: Build | null = null;
  private gen = 0;
  private closed = false;
  private current: IndexStatus = { state: 'empty', done: 0, total: 0, fromCache: false, message: null };
  private lastProgressAt = 0;
  private lastCpuMs: number | null = null;
  private lastSuggestCpu: number | null = null;
  /** Started, idle workers: a thread takes ~0.1 s to start, so the next corpus need not wait for it. */
  private spares: ShardWorker[] = [];
  private replenishTimer: NodeJS.Timeout | null = null;
  /** The documents of the latest setCorpus call. */
  private latestDocs: IndexDoc[] | null = null;
  /** The languages of the corpus last opened (every shard's; see query-terms.ts). */
  private corpusLanguages: string[] = [];

  constructor(opts: SearchServiceOptions) {
    this.cacheDir = opts.cacheDir;
    this.maxWorkers = Math.max(1, Math.floor(opts.workers ?? Math.min(4, os.availableParallelism())));
    this.onStatus = opts.onStatus ?? (() => undefined);
    this.workerUrl = opts.workerUrl ?? new URL('./search-worker.ts', import.meta.url);
    this.replenish();
  }

  /** Starts idle workers up to the pool size. */
  private replenish(): void {
    this.replenishTimer = null;
    if (this.closed) return;
    while (this.spares.length < this.maxWorkers) {
      const w = startShardWorker(this.workerUrl);
      w.onDeath = () => {
        this.spares = this.spares.filter((x) => x !== w);
      };
      this.spares.push(w);
    }
  }

  /** Replenishes the idle workers a little later, so that starting them does not slow the first searches. */
  private replenishSoon(): void {
    if (this.closed || this.replenishTimer) return;
    this.replenishTimer = setTimeout(() => this.replenish(), REPLENISH_DELAY);
    this.replenishTimer.unref();
  }

  private takeWorkers(n: number): ShardWorker[] {
    const out = this.spares.splice(0, n);
    while (out.length < n) out.push(startShardWorker(this.workerUrl));
    for (const w of out) w.onDeath = () => undefined;
    return out;
  }

  /** The language codes of the articles of the corpus last opened (detected ones included). */
  languages(): string[] {
    return [...this.corpusLanguages];
  }

  /** Where the index is: empty, building (with progress), ready or failed. */
  status(): IndexStatus {
    return { ...this.current };
  }

  /**
   * CPU time of the busiest worker during the last successful search, in ms (diagnostics:
   * unlike wall time, it does not grow when other programs compete for the cores).
   */
  lastSearchCpuMs(): number | null {
    return this.lastCpuMs;
  }

  /** CPU time of the last suggestPassages (per round the busiest shard's, summed), in ms. */
  lastSuggestCpuMs(): number | null {
    return this.lastSuggestCpu;
  }

  /** Thread ids of the workers holding the current index (diagnostics; never the caller's). */
  workerThreadIds(): number[] {
    return this.serving ? [...this.serving.threadIds] : [];
  }

  /** Memory held by the index workers (JS heaps, and typed arrays outside them), in bytes. */
  async workerMemory(): Promise<{ heapUsed: number; arrayBuffers: number }> {
    const all = await Promise.all((this.serving?.workers ?? []).map((w) => w.call('stats', {})));
    return all.reduce((a, b) => ({ heapUsed: a.heapUsed + b.heapUsed, arrayBuffers: a.arrayBuffers + b.arrayBuffers }), {
      heapUsed: 0,
      arrayBuffers: 0,
    });
  }

  private setStatus(s: IndexStatus): void {
    this.current = s;
    this.onStatus({ ...s });
  }

  /**
   * Replaces the corpus: loads the index from the cache when the same corpus was indexed
   * before, else builds it. Resolves when searches use the new corpus. When called again
   * before finishing, the earlier call stops and resolves without effect: the latest wins.
   */
  async setCorpus(docs: IndexDoc[]): Promise<void> {
    if (this.closed) throw new WarrantError('internal', 'The search service has been closed.');
    // Check the input before touching any state: a rejected corpus leaves the current one.
    const where = new Map<string, [number, number]>();
    const n = Math.max(1, Math.min(this.maxWorkers, docs.length));
    const shards = partition(docs, n);
    const bases: number[] = [];
    let base = 0;
    shards.forEach((list, s) => {
      bases.push(base);
      base += list.length;
      list.forEach((d, ord) => {
        if (where.has(d.id)) throw new WarrantError('bad-args', `Two articles have the same id “${d.id}”: ids must be unique.`);
        where.set(d.id, [s, ord]);
      });
    });

    const gen = ++this.gen;
    this.latestDocs = docs;
    const previous = this.building;
    this.building = null;
    if (previous) void Promise.all(previous.engine.workers.map((w) => w.terminate()));
    const workers = this.takeWorkers(shards.length);
    const engine: Engine = { workers, docs, bases, where, fromCache: false, threadIds: workers.map((w) => w.threadId) };
    for (const w of workers) w.events.stale = ({ docId }) => this.stale(engine, docId);
    let settle = () => undefined as void;
    const build: Build = { gen, engine, settled: new Promise<void>((r) => (settle = r)) };
    this.building = build;
    this.setStatus({ state: 'building', done: 0, total: docs.length, fromCache: false, message: null });

    try {
      await this.build(build, shards, docs.length);
      if (gen !== this.gen) return;
      const old = this.serving;
      this.serving = engine;
      this.building = null;
      for (const w of workers) w.onDeath = (e) => this.workerDied(engine, e);
      if (old) void Promise.all(old.workers.map(closeShardWorker));
      this.setStatus({ state: 'ready', done: docs.length, total: docs.length, fromCache: engine.fromCache, message: null });
    } catch (e) {
      void Promise.all(workers.map((w) => w.terminate()));
      if (gen !== this.gen) return; // superseded: a newer corpus is being indexed
      this.building = null;
      const message = `The search index could not be built: ${toAppError(e).message}`;
      this.setStatus({ state: 'failed', done: 0, total: docs.length, fromCache: false, message });
      throw new WarrantError('internal', message);
    } finally {
      settle();
      this.replenishSoon();
    }
  }

  private async build(build: Build, shards: IndexDoc[][], total: number): Promise<void> {
    const { engine, gen } = build;
    const { workers } = engine;
    const superseded = () => gen !== this.gen;
    // Cheap key from metadata names the cache files; content hashes (computed by the
    // workers while their file loads) decide whether the files are valid.
    const meta = createHash('sha256').update(`warrant-index ${INDEX_KEY_VERSION} ${workers.length}\n`);
    for (const list of shards) {
      for (const d of list) meta.update(JSON.stringify([d.id, d.title, d.source, d.date, d.text.length, languageMark(d)]));
      meta.update('\n');
    }
    const nameKey = meta.digest('hex');
    workers.forEach((w, i) => {
      w.call('prefetch', { nameKey, cacheDir: this.cacheDir, shardIndex: i, shardCount: workers.length }).catch(() => undefined);
    });
    const opened = await Promise.all(
      workers.map((w, i) =>
        w.call('open', { docs: shards[i] as IndexDoc[], shardIndex: i, shardCount: workers.length, nameKey, cacheDir: this.cacheDir }),
      ),
    );
    if (superseded()) return;
    // Every shard compiles queries for the languages of the whole corpus (query-terms.ts).
    const codes = [...new Set(opened.flatMap((o) => o.languages))];
    await Promise.all(workers.map((w) => w.call('languages', { codes })));
    this.corpusLanguages = codes;
    if (superseded()) return;
    const corpusKey = createHash('sha256')
      .update(`warrant-index ${INDEX_KEY_VERSION} ${workers.length}\n${opened.map((o) => o.hash).join('\n')}`)
      .digest('hex');
    if (opened.every((o) => o.corpusKey === corpusKey)) {
      engine.fromCache = true;
      return;
    }
    const damaged = opened.find((o) => o.reason !== null && o.reason !== 'no cache yet' && o.reason !== OUTDATED);
    let done = 0;
    const message = damaged ? `Rebuilding the index: the saved index could not be used (${damaged.reason}).` : null;
    this.setStatus({ state: 'building', done, total, fromCache: false, message });
    const onProgress = (n: number) => {
      done += n;
      const now = Date.now();
      if (gen === this.gen && (now - this.lastProgressAt >= PROGRESS_INTERVAL || done === total)) {
        this.lastProgressAt = now;
        this.setStatus({ state: 'building', done, total, fromCache: false, message });
      }
    };
    const vocabs = await Promise.all(workers.map((w) => w.call('analyze', {}, { onProgress })));
    if (superseded()) return;
    await Promise.all(workers.map((w) => w.call('finish', { vocabs, nameKey, corpusKey, cacheDir: this.cacheDir })));
  }

  /**
   * A text did not match the contentHash the index was opened with: rebuild from the texts
   * themselves (without the hashes), unless a newer corpus has been set meanwhile.
   */
  private stale(engine: Engine, docId: string): void {
    if (engine.docs !== this.latestDocs || this.closed) return;
    const docs = engine.docs.map(({ contentHash: _ignored, ...d }) => d);
    this.setCorpus(docs)
      .then(() => {
        this.setStatus({
          ...this.current,
          message: `The index was rebuilt: the text of article “${docId}” did not match its recorded content hash.`,
        });
      })
      .catch(() => undefined);
  }

  private workerDied(engine: Engine, e: Error): void {
    if (this.serving !== engine) return;
    this.setStatus({
      ...this.current,
      state: 'failed',
      message: `The search index stopped working (${e.message}). Reopen the project to rebuild it.`,
    });
  }

  /** The index to search: the current one, or the one being built when there is none yet. */
  private async engine(): Promise<Engine | null> {
    for (;;) {
      if (this.serving) return this.serving;
      const b = this.building;
      if (!b) return null;
      await b.settled;
    }
  }

  /**
   * Searches the corpus. Hits come best first with a snippet; `total` counts every matching
   * article. A malformed query gives `bad-query` with a message saying what to fix.
   */
  async search(query: string, limit = DEFAULT_LIMIT): Promise<Result<SearchResponse>> {
    try {
      const max = Math.min(LIMITS.maxSearchResults, Math.max(1, Math.floor(Number.isFinite(limit) ? limit : DEFAULT_LIMIT)));
      const engine = await this.engine();
      if (!engine && this.current.state === 'failed') return err('internal', this.current.message ?? 'The index failed.');
      if (!engine) {
        // Nothing indexed yet: still tell the researcher about a malformed query.
        const parsed = parseQuery(query, { fields: FIELDS, aliases: FIELD_ALIASES });
        return parsed.ok ? ok({ query, total: 0, hits: [] }) : parsed;
      }
      const results = await Promise.all(engine.workers.map((w) => w.call('search', { query, limit: max })));
      const merged: { hit: SearchHit; at: number }[] = [];
      let total = 0;
      let cpu = 0;
      for (let s = 0; s < results.length; s++) {
        const r = results[s] as Result<ShardSearchResult>;
        if (!r.ok) return r;
        total += r.value.total;
        cpu = Math.max(cpu, r.value.cpuMs ?? 0);
        for (const { ord, ...hit } of r.value.hits) merged.push({ hit, at: (engine.bases[s] as number) + ord });
      }
      this.lastCpuMs = cpu;
      merged.sort((a, b) => b.hit.score - a.hit.score || a.at - b.at);
      const response: SearchResponse = { query, total, hits: merged.slice(0, max).map((m) => m.hit) };
      if (total === 0) {
        // Only now: every shard proposes close terms, and only some know how they are written.
        const candidates = await Promise.all(engine.workers.map((w) => w.call('suggest', { query })));
        const suggestions = correctedQueries(query, candidates);
        if (suggestions.length > 0) response.suggestions = suggestions;
      }
      return ok(response);
    } catch (e) {
      return err('internal', `Search failed: ${toAppError(e).message}`);
    }
  }

  /** Every match of `query` in the text of article `id`, in order (for the reader's next/previous). */
  async hits(id: string, query: string): Promise<Result<TextRange[]>> {
    try {
      const engine = await this.engine();
      const at = engine?.where.get(id);
      if (!engine || !at) return err('not-found', `The article “${id}” is not in the search index.`);
      return await (engine.workers[at[0]] as ShardWorker).call('hits', { ord: at[1], query });
    } catch (e) {
      return err('internal', `Finding matches failed: ${toAppError(e).message}`);
    }
  }

  /**
   * Suggested evidence: the passages that likely bear on `text` (a claim as typed, never read
   * as query syntax), at most one per article, best first (suggest-query.ts).
   */
  async suggestPassages(text: string, opts: SuggestOptions): Promise<Result<SuggestedPassage[]>> {
    try {
      const engine = await this.engine();
      if (!engine) return this.current.state === 'failed' ? err('internal', this.current.message ?? 'The index failed.') : ok([]);
      const ports = engine.workers.map((w): ShardPort => (args) => w.call('suggestPassages', args));
      const hits = await suggestAcrossShards(ports, text, { ...opts, onCpu: (ms) => (this.lastSuggestCpu = ms) });
      return ok(hits.map((h) => ({ articleId: h.articleId, start: h.start, end: h.end, score: h.score, text: (engine.docs[(engine.bases[h.shard] as number) + h.ord] as IndexDoc).text.slice(h.start, h.end) })));
    } catch (e) {
      return err('internal', `Suggesting evidence failed: ${toAppError(e).message}`);
    }
  }

  /** Stops the workers (after they finish writing the cache). The service cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    this.gen++;
    const b = this.building;
    const s = this.serving;
    this.building = null;
    this.serving = null;
    if (this.replenishTimer) clearTimeout(this.replenishTimer);
    const spares = this.spares.splice(0);
    await Promise.all([
      ...spares.map((w) => w.terminate()),
      ...(b?.engine.workers.map((w) => w.terminate()) ?? []),
      ...(s?.workers.map(closeShardWorker) ?? []),
    ]);
  }
}
