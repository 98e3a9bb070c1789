/**
 * Test support: bundles the search worker with esbuild, so that tests run it as it ships (and
 * each of the many workers they start loads one file instead of type-stripping dozens). The
 * production build does the same (entry `electron/index/search-worker.ts` →
 * `search-worker.mjs` beside the bundle that uses SearchService).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import type { SearchHit } from '../../shared/api.js';
import { SearchService, type IndexDoc } from './search-service.js';

let bundled: Promise<URL> | null = null;

/** Bundles `search-worker.ts` into a temp folder once per process; returns its URL. */
export function bundledSearchWorker(): Promise<URL> {
  bundled ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-search-worker-'));
    const outfile = path.join(dir, 'search-worker.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./search-worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      outfile,
      logLevel: 'silent',
    });
    return pathToFileURL(outfile);
  })();
  return bundled;
}

/** The hits of `query` (at most 50), failing the test on a refused query. */
export async function searchHits(service: SearchService, query: string): Promise<SearchHit[]> {
  const r = await service.search(query, 50);
  if (!r.ok) throw new Error(`${query}: ${r.error.message}`);
  return r.value.hits;
}

/** The ids of the articles `query` finds, sorted. */
export async function hitIds(service: SearchService, query: string): Promise<string[]> {
  return (await searchHits(service, query)).map((h) => h.id).sort();
}

/** What the reader would mark in article `id` of `docs` for `query`. */
export async function markedWords(service: SearchService, docs: readonly IndexDoc[], id: string, query: string): Promise<string[]> {
  const r = await service.hits(id, query);
  if (!r.ok) throw new Error(`${query}: ${r.error.message}`);
  const text = (docs.find((d) => d.id === id) as IndexDoc).text;
  return r.value.map(([a, b]) => text.slice(a, b));
}

/**
 * A real SearchService over `docs` with two workers (so statistics are merged across shards),
 * started before the file's tests and closed after them; `get()` answers it.
 */
export function searchServiceFor(docs: readonly IndexDoc[], prefix: string): { get(): SearchService; cacheDir(): string } {
  let service: SearchService | null = null;
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    service = new SearchService({ cacheDir: dir, workers: 2, workerUrl: await bundledSearchWorker() });
    await service.setCorpus([...docs]);
  });
  afterAll(async () => {
    await service?.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { get: () => service as SearchService, cacheDir: () => dir };
}
