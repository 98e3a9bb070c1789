/**
 * Starts a worker from its TypeScript source (tests, development), as locate.ts arranges:
 * installs the `.js` → `.ts` resolve hook, then imports the worker's source — named by
 * `workerData.source` in a worker thread, or by the first argument in a worker process
 * (process-client.ts). Bundled builds never load it.
 */
import '../dev/ts-resolve-hook.ts';
import { workerData } from 'node:worker_threads';

const source = (workerData as { source?: unknown } | null)?.source ?? process.argv[2];
if (typeof source !== 'string') throw new Error('dev-entry.ts needs the URL of the worker to start (workerData.source, or its first argument).');
await import(source);
