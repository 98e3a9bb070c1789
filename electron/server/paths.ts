/**
 * Where things live on disk for the Node-side entry points (CLI, serve). The Electron shell
 * passes its own locations (userData, resources) instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Warrant's package.json. Found by walking up from this module, so it works
 * from the TypeScript sources (tests) and from the bundle in dist/ alike.
 */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if ((JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'warrant') return dir;
      } catch {
        // Not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find Warrant’s package folder.');
    dir = parent;
  }
}

/** Warrant's version from package.json. */
export function appVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The built-in sample articles. */
export function sampleDir(): string {
  return join(packageRoot(), 'sample', 'articles');
}

/** The built renderer served by `warrant serve`. */
export function rendererDir(): string {
  return join(packageRoot(), 'dist', 'renderer');
}

/** Folder proposed for new projects: ~/Documents/Warrant where a Documents folder exists. */
export function defaultProjectDir(): string {
  const docs = join(homedir(), 'Documents');
  return join(existsSync(docs) ? docs : homedir(), 'Warrant');
}

/** Cache folder for search indexes (XDG on Linux; WARRANT_CACHE_DIR overrides). */
export function indexCacheDir(): string {
  if (process.env.WARRANT_CACHE_DIR) return process.env.WARRANT_CACHE_DIR;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'Warrant', 'index');
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Warrant', 'Cache', 'index');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'warrant', 'index');
}
