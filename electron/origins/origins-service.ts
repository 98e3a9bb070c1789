/**
 * Runs origin detection in a worker thread and caches the result by corpus content, like the
 * search index: the same articles (ids, content hashes, sources, dates) give the same
 * clusters, so a result is reused from memory, or from a file in the cache folder after a
 * restart. The researcher's decisions are not part of it: they apply on top (cheap).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { OriginReason } from '../../shared/api-origins.js';
import type { DetectedOrigins, OriginArticle } from '../../shared/origins/cluster.js';
import { WorkerClient } from '../workers/client.js';
import type { DetectProgress, OriginsMethods } from './protocol.js';

/** Bump when detection changes, so cached results from an older detector are not reused. */
export const DETECTOR_VERSION = 1;

/** What the service needs of an article. */
export type CorpusArticle = OriginArticle & { contentHash: string };

/** A detection, and whether it came from the cache. */
export interface Detection {
  detected: DetectedOrigins;
  fromCache: boolean;
  ms: number;
}

const CachedFile = z.object({
  version: z.literal(DETECTOR_VERSION),
  key: z.string(),
  detected: z.object({
    clusters: z.array(z.object({ origin: z.string().nullable(), articles: z.array(z.string()), reasons: z.array(OriginReason), weak: z.boolean() })),
    labels: z.record(z.string(), z.string()),
  }),
});

/** The cache key of a corpus: everything detection reads, hashed. */
export function corpusKey(articles: readonly CorpusArticle[]): string {
  const h = createHash('sha256').update(`origins v${DETECTOR_VERSION}\n`);
  for (const a of articles) h.update(`${a.id}\0${a.contentHash}\0${a.source ?? ''}\0${a.date ?? ''}\0${a.title}\n`);
  return h.digest('hex');
}

/** Detection with a memory and a file cache; one worker thread, started on first use. */
export class OriginsService {
  private worker: WorkerClient<OriginsMethods> | null = null;
  private readonly memory = new Map<string, DetectedOrigins>();
  private readonly running = new Map<string, Promise<Detection>>();

  private readonly options: { cacheDir: string | null; onProgress?: (p: DetectProgress) => void };

  constructor(options: { cacheDir: string | null; onProgress?: (p: DetectProgress) => void }) {
    this.options = options;
  }

  /** The last detection of exactly these articles, without running one (null when there is none yet). */
  cached(articles: readonly CorpusArticle[]): DetectedOrigins | null {
    return this.memory.get(corpusKey(articles)) ?? null;
  }

  /** Detects (or recalls) the origins of `articles`. Concurrent calls for one corpus share one run. */
  detect(articles: readonly CorpusArticle[]): Promise<Detection> {
    const key = corpusKey(articles);
    const inMemory = this.memory.get(key);
    if (inMemory) return Promise.resolve({ detected: inMemory, fromCache: true, ms: 0 });
    const already = this.running.get(key);
    if (already) return already;
    const run = this.run(key, articles).finally(() => this.running.delete(key));
    this.running.set(key, run);
    return run;
  }

  private async run(key: string, articles: readonly CorpusArticle[]): Promise<Detection> {
    const fromFile = await this.readCache(key);
    if (fromFile) {
      this.remember(key, fromFile);
      return { detected: fromFile, fromCache: true, ms: 0 };
    }
    const started = performance.now();
    this.worker ??= new WorkerClient<OriginsMethods>(new URL('./origins-worker.ts', import.meta.url), { name: 'the origins worker' });
    const plain = articles.map(({ id, text, source, date, title }) => ({ id, text, source, date, title }));
    const detected = await this.worker.call('detect', { articles: plain }, { onProgress: (p) => this.options.onProgress?.(p) });
    const ms = Math.round(performance.now() - started);
    this.remember(key, detected);
    await this.writeCache(key, detected);
    return { detected, fromCache: false, ms };
  }

  private remember(key: string, detected: DetectedOrigins): void {
    // Two corpora are enough: the project as it is and as it was a moment ago (an undo).
    if (this.memory.size >= 2) this.memory.delete(this.memory.keys().next().value!);
    this.memory.set(key, detected);
  }

  private file(key: string): string | null {
    return this.options.cacheDir ? path.join(this.options.cacheDir, `origins-${key.slice(0, 40)}.json`) : null;
  }

  private async readCache(key: string): Promise<DetectedOrigins | null> {
    const file = this.file(key);
    if (!file) return null;
    try {
      const parsed = CachedFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
      // A damaged, foreign or outdated cache file is ignored: detection simply runs again.
      return parsed.success && parsed.data.key === key ? parsed.data.detected : null;
    } catch {
      return null;
    }
  }

  private async writeCache(key: string, detected: DetectedOrigins): Promise<void> {
    const file = this.file(key);
    if (!file) return;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ version: DETECTOR_VERSION, key, detected }));
    } catch {
      // The cache is an optimisation: a read-only or full disk only costs the next detection.
    }
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }
}
