// Bundles the bench (bench/bench.ts → dist/bench/bench.mjs) and, next to it, the search
// worker that SearchService starts (electron/index/search-worker.ts → dist/bench/search-worker.mjs);
// the merge and export benches (bench/merge.ts, bench/export.ts) and their workers likewise.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node24', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.mjs' }),
  build({ ...common, entryPoints: ['bench/cranfield.ts'], outfile: 'dist/bench/cranfield.mjs' }),
  build({ ...common, entryPoints: ['bench/cranfield-tune.ts'], outfile: 'dist/bench/cranfield-tune.mjs' }),
  build({ ...common, entryPoints: ['electron/index/search-worker.ts'], outfile: 'dist/bench/search-worker.mjs' }),
  // Project files are read with the app's own dependencies (write-file-atomic, zod) from node_modules.
  build({ ...common, packages: 'external', entryPoints: ['bench/merge.ts'], outfile: 'dist/bench/merge.mjs' }),
  build({ ...common, packages: 'external', entryPoints: ['electron/server/merge/merge-worker.ts'], outfile: 'dist/bench/merge-worker.mjs' }),
  build({ ...common, packages: 'external', entryPoints: ['bench/export.ts'], outfile: 'dist/bench/export.mjs' }),
  // Suggested evidence (quality on the claim dev sets, speed on the big corpus); the importer reads the dev-set articles.
  build({ ...common, packages: 'external', entryPoints: ['bench/suggest.ts'], outfile: 'dist/bench/suggest.mjs' }),
  build({ ...common, packages: 'external', entryPoints: ['electron/server/export/export-worker.ts'], outfile: 'dist/bench/export-worker.mjs' }),
  // Origin detection on 5,000 articles through its worker, and the dev set's scores (bench/origins.ts).
  build({ ...common, packages: 'external', entryPoints: ['bench/origins.ts'], outfile: 'dist/bench/origins.mjs' }),
  build({ ...common, packages: 'external', entryPoints: ['electron/origins/origins-worker.ts'], outfile: 'dist/bench/origins-worker.mjs' }),
  // The reader with big articles, in Chromium against warrant serve (bench/reader.ts; needs `npm run build`).
  build({ ...common, packages: 'external', entryPoints: ['bench/reader.ts'], outfile: 'dist/bench/reader.mjs' }),
]);
