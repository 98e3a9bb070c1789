/**
 * Test support: a real backend whose preferences, index cache and projects all live in one
 * temp folder, so tests never touch the user's own settings.
 */
import { join } from 'node:path';
import type { AnyEvent } from '../../shared/api.js';
import { createBackend, type Backend } from './backend.js';
import { createNodePrefs } from './prefs/store.js';

/** Creates a backend rooted in `dir`; `sampleDir` defaults to a folder that does not exist. */
export function createTestBackend(dir: string, emit: (e: AnyEvent) => void = () => undefined, sampleDir = join(dir, 'no-sample')): Backend {
  return createBackend({
    shell: 'browser',
    version: 'test',
    prefs: createNodePrefs(join(dir, 'config')),
    cacheDir: join(dir, 'cache'),
    sampleDir,
    defaultProjectDir: join(dir, 'projects'),
    emit,
  });
}
