// Bundles `npm run torture` into dist/torture/: the runner, the child processes it starts
// (kill-save, mutation, hostile import) and, beside them, every electron/**/*-worker.ts as
// <name>.mjs, where electron/workers/locate.ts looks for a bundle's workers. Shared code goes
// into chunks (splitting), so a child that is killed a thousand times loads only what it needs.
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { workerEntries } from '../scripts/worker-entries.mjs';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');

// Chunk names change with the code: start from an empty folder so old ones do not pile up.
rmSync(join(root, 'dist/torture'), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // Dependencies load from node_modules, as the app's own bundles do.
  packages: 'external',
  splitting: true,
  // Chunks sit beside the entries: a chunk's import.meta.url is where workers are looked for.
  chunkNames: '[name]-[hash]',
  outdir: 'dist/torture',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  entryPoints: {
    torture: 'torture/torture.ts',
    'kill-save-child': 'torture/kill-save-child.ts',
    'mutate-child': 'torture/mutate-child.ts',
    'hostile-child': 'torture/hostile-child.ts',
    ...Object.fromEntries(workerEntries(join(root, 'electron')).map((f) => [basename(f, '.ts'), f])),
  },
});
