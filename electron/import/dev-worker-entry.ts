/** Starts the import worker from TypeScript source (tests, development); see ts-resolve-hook.ts. */
import '../dev/ts-resolve-hook.ts';

await import('./import-worker.js');
