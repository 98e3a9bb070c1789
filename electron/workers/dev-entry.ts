/**
 * Starts a worker from its TypeScript source (tests, development), as locate.ts arranges:
 * installs the `.js` → `.ts` resolve hook for this thread, then imports `workerData.source`.
 * Bundled builds never load it.
 */
import '../dev/ts-resolve-hook.ts';
import { workerData } from 'node:worker_threads';

const source = (workerData as { source?: unknown } | null)?.source;
if (typeof source !== 'string') throw new Error('dev-entry.ts needs workerData.source, the URL of the worker to start.');
await import(source);
