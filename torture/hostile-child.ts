/**
 * Imports one file through the real backend (createTestBackend, `import.run`) in a fresh
 * process, so the parent can time it, sample the process tree's memory and kill it if it hangs.
 * Prints `READY` once the backend and an empty project are up (the memory baseline), then
 * `RESULT <json>`.
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestBackend } from '../electron/server/test-backend.js';

const [file, home] = process.argv.slice(2);
if (!file || !home) throw new Error('usage: hostile-child <file> <home>');

const backend = createTestBackend(home);
await backend.handlers['prefs.setAuthorName']({ name: 'Ana' });
await backend.handlers['project.new']({ path: join(home, 'hostile.warrant') });
writeSync(1, 'READY\n');
const started = performance.now();
let result: unknown;
try {
  const summary = await backend.handlers['import.run']({ sources: [{ kind: 'path', path: file }] });
  result = { ms: performance.now() - started, summary };
} catch (e) {
  // The handler itself failing (rather than reporting the file as failed) is reported as is.
  result = { ms: performance.now() - started, thrown: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}
writeSync(1, `RESULT ${JSON.stringify(result)}\n`);
await backend.dispose({ force: true }).catch(() => undefined);
process.exit(0);
