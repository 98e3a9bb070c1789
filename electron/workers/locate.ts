/**
 * The one way to find a worker's code. Callers name the entry point's TypeScript source beside
 * them — `new URL('./search-worker.ts', import.meta.url)` — and get what to start:
 *
 * - bundled (the app, `warrant serve`, the bench): every module of a bundle shares the bundle's
 *   `import.meta.url`, so that URL points beside the bundle, where scripts/build.mjs puts each
 *   `*-worker.ts` as `*-worker.mjs`; the extension is swapped.
 * - from source (vitest, development): Node runs TypeScript by stripping types, but our `.js`
 *   import specifiers name `.ts` files, so the worker starts through dev-entry.ts, which
 *   installs a resolve hook and then imports the source.
 *
 * A URL that is not TypeScript (a worker a test bundled itself) is started as it is.
 */

/** How to start a worker thread: the script, and the workerData it needs. */
export interface WorkerScript {
  url: URL;
  workerData?: { source: string };
}

const TYPESCRIPT = /\.[cm]?ts$/;

/** True when this module runs from its TypeScript source rather than from a bundle. */
const FROM_SOURCE = TYPESCRIPT.test(new URL(import.meta.url).pathname);

/** Where to start the worker whose entry point is `entry` (see the module comment). */
export function workerScript(entry: URL): WorkerScript {
  if (!TYPESCRIPT.test(entry.pathname)) return { url: entry };
  if (FROM_SOURCE) return { url: new URL('./dev-entry.ts', import.meta.url), workerData: { source: entry.href } };
  const bundled = new URL(entry.href);
  bundled.pathname = entry.pathname.replace(TYPESCRIPT, '.mjs');
  return { url: bundled };
}
