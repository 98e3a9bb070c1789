// Bundles the bench (bench/bench.ts → dist/bench/bench.mjs) and, next to it, the search
// worker that SearchService starts (electron/index/search-worker.ts → dist/bench/search-worker.mjs).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node24', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.mjs' }),
  build({ ...common, entryPoints: ['bench/cranfield.ts'], outfile: 'dist/bench/cranfield.mjs' }),
  build({ ...common, entryPoints: ['electron/index/search-worker.ts'], outfile: 'dist/bench/search-worker.mjs' }),
]);
