// Every `*-worker.ts` under a folder: the worker entry points a build bundles next to its
// callers (electron/workers/locate.ts finds them there). Shared by scripts/build.mjs and
// torture/build.mjs.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The paths of every `*-worker.ts` below `dir`. */
export function workerEntries(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...workerEntries(full));
    else if (name.endsWith('-worker.ts')) found.push(full);
  }
  return found;
}
