/** Starts the search worker from TypeScript source (tests, development); see ts-resolve-hook.ts. */
import '../dev/ts-resolve-hook.ts';

await import('./search-worker.js');
