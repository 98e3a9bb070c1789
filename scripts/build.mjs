// Builds everything into dist/: the Node-side entry points and workers with esbuild, the
// Electron preload as a self-contained CommonJS file (sandboxed preloads cannot load modules),
// and the renderer with Vite.
import { basename, join } from 'node:path';
import { workerEntries } from './worker-entries.mjs';
import { build as esbuild } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const onlyNode = process.argv.includes('--node-only');

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  sourcemap: true,
  // Dependencies stay in node_modules (and are packaged by electron-builder from there).
  packages: 'external',
  logLevel: 'warning',
};

const entries = {
  'electron/cli': 'electron/cli-main.ts',
  'electron/main': 'electron/shell/main.ts',
  ...Object.fromEntries(workerEntries(join(root, 'electron')).map((f) => [`electron/${basename(f, '.ts')}`, f])),
};

await esbuild({ ...nodeCommon, absWorkingDir: root, entryPoints: entries, outdir: 'dist', outExtension: { '.js': '.mjs' } });

await esbuild({
  absWorkingDir: root,
  entryPoints: { 'electron/preload': 'electron/shell/preload.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  logLevel: 'warning',
});

if (!onlyNode) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
console.log('Built dist/.');
