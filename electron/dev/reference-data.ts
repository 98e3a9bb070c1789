/**
 * Where the reference data lives for tests, e2e and the bench: the real seed articles
 * (corpus/seeds), the Cranfield collection (datasets/cranfield) and the REFI-QDA standard
 * (standards/refi-qda). It is never copied into the repository, so it sits in a `shared`
 * folder beside the checkout (`../shared`), which CI provides but a contributor's fresh clone
 * may not. Everything that reads it asks here, so that without it `npm test` still passes:
 * the tests that need it skip and say why, instead of failing on a missing file.
 *
 * Node only (tests, Playwright specs, bench scripts); the app itself never reads it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../server/paths.js';

/** Environment variable naming another reference folder (used instead of `../shared`). */
export const REFERENCE_DIR_ENV = 'WARRANT_REFERENCE_DIR';

/**
 * The reference folder's root: `$WARRANT_REFERENCE_DIR` when set (so a checkout elsewhere, or
 * a test of the "absent" case, can point at any folder), else `../shared` beside the package
 * root. Resolved from the package root rather than the working directory so vitest, Playwright
 * and the bundled bench agree whichever folder they were started from.
 */
export function referenceRoot(): string {
  const fromEnv = process.env[REFERENCE_DIR_ENV];
  return fromEnv ? resolve(fromEnv) : join(packageRoot(), '..', 'shared');
}

/**
 * The reference data at `segments` under the reference root (e.g. `referenceDir('corpus',
 * 'seeds')`), or null when that folder or file does not exist. Callers skip on null; the
 * check is per item, since a partial copy (seeds but no Cranfield) should run what it can.
 */
export function referenceDir(...segments: string[]): string | null {
  const dir = join(referenceRoot(), ...segments);
  return existsSync(dir) ? dir : null;
}

/**
 * One sentence saying why tests needing the reference data `what` (a relative path such as
 * `corpus/seeds`) were skipped and how to provide it, for the test output.
 */
export function missingReason(what: string): string {
  const fromEnv = process.env[REFERENCE_DIR_ENV];
  const where = fromEnv ? join(resolve(fromEnv), what) : `../shared/${what}`;
  return fromEnv
    ? `skipped: the reference data ${where} does not exist (${REFERENCE_DIR_ENV}=${fromEnv}; unset it to use ../shared beside this checkout)`
    : `skipped: the reference data ${where} is not beside this checkout (set ${REFERENCE_DIR_ENV} to use another folder)`;
}
