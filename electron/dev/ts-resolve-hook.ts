/**
 * Lets a worker thread run straight from TypeScript source (tests, development) without a build.
 *
 * Node runs .ts files itself by stripping types, but our sources import each other with
 * bundler-style `.js` specifiers (`./parse-job.js` for parse-job.ts), which Node cannot find.
 * This thread-local resolve hook retries such a relative `.js` import as `.ts`. Bundled builds
 * never load it: they start the `*-worker.mjs` bundles directly.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (e) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (relative && specifier.endsWith('.js') && (e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
        return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      }
      throw e;
    }
  },
});
