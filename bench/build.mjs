// Bundles the bench (bench/bench.ts → dist/bench/bench.mjs) and, next to it, the search
// worker that SearchService starts (electron/index/search-worker.ts → dist/bench/search-worker.mjs);
// the merge and export benches (bench/merge.ts, bench/export.ts) and their workers likewise.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node24', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.mjs' }),
  build({ ...common, entryPoints: ['bench/cranfield.ts'], outfile: 'dist/bench/cranfield.mjs' }),
  build({ ...common, entryPoints: ['electron/index/search-worker.ts'], outfile: 'dist/bench/search-worker.mjs' }),
  // Project files are read with the app's own dependencies (write-file-atomic, zod) from node_modules.
  build({ ...common, packages: 'external', entryPoints: ['bench/merge.ts'], outfile: 'dist/bench/merge.mjs' }),
  build({ ...common, packages: 'external', entryPoints: ['electron/server/merge/merge-worker.ts'], outfile: 'dist/bench/merge-worker.mjs' }),
  build({ ...common, packages: 'external', entryPoints: ['bench/export.ts'], outfile: 'dist/bench/export.mjs' }),
  build({ ...common, packages: 'external', entryPoints: ['electron/server/export/export-worker.ts'], outfile: 'dist/bench/export-worker.mjs' }),
]);
