/**
 * Test support: bundles the search worker with esbuild, so that tests run it as it ships (and
 * each of the many workers they start loads one file instead of type-stripping dozens). The
 * production build does the same (entry `electron/index/search-worker.ts` →
 * `search-worker.mjs` beside the bundle that uses SearchService).
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

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
