/**
 * Worker thread entry point: holds one shard of the search index (its documents, the lunr
 * index over them, the token streams) and answers SearchService's calls (protocol.ts) through
 * the shared worker protocol. Bundled to `search-worker.mjs` next to the code that starts it.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import { serveWorker, type Handlers } from '../workers/serve.js';
import { analyzeShard, finishShard, mergeVocabs, vocabOf, type ShardAnalysis } from './shard-build.js';
import { INDEX_KEY_VERSION, decodeShard, encodeShard, pruneCache, readShardFile, writeShard } from './shard-cache.js';
import type { IndexDoc } from './shard-data.js';
import { ShardSearcher } from './shard-searcher.js';
import { settleLanguages } from './detected-languages.js';
import { languageMark } from './doc-language.js';
import { setCorpusLanguages } from './query-terms.js';
import type { SearchEvents, SearchMethods } from './protocol.js';
import { suggestEngineFor } from './suggest-engine.js';

let docs: IndexDoc[] = [];
let shard = { shardIndex: 0, shardCount: 1 };
let shardHash = '';
let analysis: ShardAnalysis | null = null;
let searcher: ShardSearcher | null = null;
let pendingWrite: Promise<void> = Promise.resolve();
/** Delay before building what wildcard/fuzzy queries need, once the index is ready (ms). */
const WARM_DELAY = 1500;

function ready(s: ShardSearcher): void {
  searcher = s;
  setTimeout(() => {
    if (searcher === s) s.warm();
  }, WARM_DELAY).unref();
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Content hash of the shard's documents: any change to any indexed field changes it. Uses
 * the documents' own contentHash when all have one (see IndexDoc), else hashes the texts.
 */
function hashDocs(list: readonly IndexDoc[]): { hash: string; trusted: boolean } {
  const trusted = list.length > 0 && list.every((d) => typeof d.contentHash === 'string' && HEX64.test(d.contentHash));
  const h = createHash('sha256');
  h.update(`warrant-index ${INDEX_KEY_VERSION} ${trusted ? 'content-hashes' : 'texts'}\n`);
  for (const d of list) {
    // Lengths first, so that no two different documents serialize the same way.
    h.update(JSON.stringify([d.id, d.title, d.source, d.date, d.text.length, trusted ? d.contentHash : null, languageMark(d)]));
    if (!trusted) h.update(d.text);
  }
  return { hash: h.digest('hex'), trusted };
}

/** Delay before checking texts against their contentHash once the index is open (ms). */
const VERIFY_DELAY = 2500;
/** Documents hashed per slice of that check, so searches are never held up for long. */
const VERIFY_SLICE = 100;

/**
 * Checks, in small slices while idle, that each text matches the contentHash it came with:
 * the index was opened on the strength of those hashes, and they are not trusted blindly.
 */
function verifyLater(list: readonly IndexDoc[]): void {
  let i = 0;
  const slice = () => {
    if (docs !== list) return; // the worker moved on
    for (const end = Math.min(list.length, i + VERIFY_SLICE); i < end; i++) {
      const d = list[i] as IndexDoc;
      if (createHash('sha256').update(d.text, 'utf8').digest('hex') !== d.contentHash) {
        served.emit('stale', { docId: d.id });
        return;
      }
    }
    if (i < list.length) setImmediate(slice).unref();
  };
  setTimeout(slice, VERIFY_DELAY).unref();
}

function needSearcher(): ShardSearcher {
  if (!searcher) throw new Error('the index is not ready in this worker');
  return searcher;
}

/** The cache file being read ahead of `open`, with what it was asked for. */
let prefetched: { key: string; file: Promise<Buffer | null | string> } | null = null;

function readCache(cacheDir: string, nameKey: string, shardIndex: number, shardCount: number): Promise<Buffer | null | string> {
  return readShardFile(cacheDir, { nameKey, shardIndex, shardCount }).catch((e: unknown) => String(e));
}

const handlers: Handlers<SearchMethods> = {
  prefetch({ nameKey, cacheDir, shardIndex, shardCount }) {
    prefetched = { key: `${cacheDir}\n${nameKey}\n${shardIndex}\n${shardCount}`, file: readCache(cacheDir, nameKey, shardIndex, shardCount) };
    return null;
  },
  async open(args) {
    docs = args.docs;
    shard = { shardIndex: args.shardIndex, shardCount: args.shardCount };
    // The read runs on the thread pool (started by `prefetch`) while this thread receives and hashes the documents.
    const key = `${args.cacheDir}\n${args.nameKey}\n${args.shardIndex}\n${args.shardCount}`;
    const file = prefetched?.key === key ? prefetched.file : readCache(args.cacheDir, args.nameKey, args.shardIndex, args.shardCount);
    prefetched = null;
    const { hash, trusted } = hashDocs(docs);
    shardHash = hash;
    if (trusted) verifyLater(docs);
    // After hashing (the keys record "detected", not the guess): see doc-language.ts.
    const { languages, remember } = await settleLanguages(docs, { cacheDir: args.cacheDir, ...shard, shardHash: hash });
    // Remembered while the index loads or builds; a failure only costs detecting again next time.
    if (remember) pendingWrite = pendingWrite.then(remember).catch(() => undefined);
    const buf = await file;
    if (buf === null) return { hash, corpusKey: null, reason: 'no cache yet', languages };
    if (typeof buf === 'string') return { hash, corpusKey: null, reason: `unreadable (${buf})`, languages };
    const r = decodeShard(buf, { nameKey: args.nameKey, shardHash: hash, ...shard }, docs);
    if (!r.ok) return { hash, corpusKey: null, reason: r.reason, languages };
    ready(new ShardSearcher(r.data, docs));
    return { hash, corpusKey: r.corpusKey, reason: null, languages };
  },
  analyze(_args, call) {
    let last = 0;
    analysis = analyzeShard(docs, (done) => {
      call.progress(done - last);
      last = done;
    });
    return vocabOf(analysis);
  },
  finish({ vocabs, nameKey, corpusKey, cacheDir }) {
    if (!analysis) throw new Error('finish before analyze');
    const stats = mergeVocabs(vocabs);
    const vocabIndex = new Map<string, number>();
    for (let i = 0; i < stats.vocab.length; i++) vocabIndex.set(stats.vocab[i] as string, i);
    const data = finishShard(analysis, stats, vocabIndex);
    analysis = null;
    ready(new ShardSearcher(data, docs, vocabIndex));
    const id = { nameKey, corpusKey, shardHash, ...shard };
    const ids = docs.map((d) => d.id);
    // Written after the reply (see below) so the index is searchable without waiting for the disk.
    setImmediate(() => {
      pendingWrite = (async () => {
        try {
          await mkdir(cacheDir, { recursive: true });
          await writeShard(cacheDir, id, data, ids);
          if (id.shardIndex === 0) await pruneCache(cacheDir, nameKey);
        } catch {
          // A cache that cannot be written only costs a rebuild next time.
        }
      })();
    });
    return { threadId };
  },
  search({ query, limit }) {
    const start = process.threadCpuUsage();
    const r = needSearcher().search(query, limit);
    const used = process.threadCpuUsage(start);
    if (r.ok) r.value.cpuMs = (used.user + used.system) / 1000;
    return r;
  },
  hits({ ord, query }) {
    return needSearcher().hits(ord, query);
  },
  languages({ codes }) {
    setCorpusLanguages(codes);
    return null;
  },
  suggest({ query }) {
    return needSearcher().suggest(query);
  },
  suggestPassages(args) {
    const s = needSearcher();
    const start = process.threadCpuUsage();
    const r = suggestEngineFor(s.data, s.docs).run(args);
    const used = process.threadCpuUsage(start);
    return { ...r, cpuMs: (used.user + used.system) / 1000 };
  },
  stats() {
    const m = process.memoryUsage();
    return { heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers };
  },
  async close() {
    await new Promise((r) => setImmediate(r));
    await pendingWrite;
    return null;
  },
};

/**
 * Runs every step of loading and searching once on a tiny corpus while the worker waits for
 * its first request (SearchService starts workers ahead of need), so that the first real
 * search after opening a project runs compiled code instead of the interpreter.
 */
function warmUp(): void {
  const sample: IndexDoc[] = [
    { id: 'a', title: 'Warm-up: US asks allies', source: 'Wire', date: null, text: 'The US government asks allies to ban equipment, says a report.' },
    { id: 'b', title: 'Financial aid', source: null, date: null, text: 'Financial aid for the countries that shun it (reportedly).' },
  ];
  const a = analyzeShard(sample);
  const stats = mergeVocabs([vocabOf(a)]);
  const index = new Map(stats.vocab.map((t, i) => [t, i] as const));
  const data = finishShard(a, stats, index);
  const id = { nameKey: 'warm-up', shardHash: 'warm-up', corpusKey: 'warm-up', shardIndex: 0, shardCount: 1 };
  const decoded = decodeShard(Buffer.concat(encodeShard(data, id, ['a', 'b'])), id, sample);
  if (!decoded.ok) return;
  const s = new ShardSearcher(decoded.data, sample);
  for (let i = 0; i < 20; i++) {
    for (const q of ['allies', 'us government ban', '"financial aid"', '+allies -ban', 'title:aid^2', 'report*', 'goverment~1']) {
      s.search(q, 10);
      s.hits(0, q);
    }
  }
  // Suggested evidence too (suggest-engine.ts), so a claim's first suggestions run compiled code.
  const suggester = suggestEngineFor(decoded.data, sample);
  for (let i = 0; i < 20; i++) suggester.run({ text: 'The US asks allies: financial aid?', terms: [], limit: 2, feedbackDocs: 1, exclude: [], excludeArticles: [] });
}

// Calls are handled strictly one after another, in arrival order; the warm-up goes first.
const served = serveWorker<SearchMethods, SearchEvents>(handlers, { warmUp });
