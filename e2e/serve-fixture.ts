/**
 * Test fixture: a real `warrant serve` process with its own HOME, config and cache folders,
 * and the URL (with token) it printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { missingReason, referenceDir } from '../electron/dev/reference-data.js';

export interface Served {
  url: string;
  /** A temp folder for this test's project files. */
  dir: string;
  /** Environment used by the server (for running the CLI against the same folders). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Folder with the five real seed articles (beside the checkout; never copied into the repo), or
 * null on a clone without it: tests that import them call `test.skip(!SEEDS, SEEDS_MISSING)`.
 */
export const SEEDS: string | null = referenceDir('corpus', 'seeds');

/** Why the seed-based tests are skipped when SEEDS is null, for the test report. */
export const SEEDS_MISSING = missingReason('corpus/seeds');
// The list reporter shows skipped tests without their reason: print it once, when Playwright
// collects the tests (worker processes, which have TEST_WORKER_INDEX, load this file again).
if (!SEEDS && process.env.TEST_WORKER_INDEX === undefined) console.warn(SEEDS_MISSING);

/** SEEDS, for code that runs only after the test skipped when it is absent. */
export function seedsDir(): string {
  if (!SEEDS) throw new Error(SEEDS_MISSING);
  return SEEDS;
}

/** Starts `warrant serve` with isolated folders. */
export async function startServe(dir: string, args: string[] = []): Promise<Served> {
  const home = join(dir, 'home');
  await mkdir(home, { recursive: true });
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    WARRANT_CONFIG_DIR: join(home, '.config', 'warrant'),
  };
  // The test's folder is where its projects live: the server may only use folders it is given.
  const child: ChildProcess = spawn(process.execPath, ['dist/electron/cli.mjs', 'serve', '--port', '0', '--allow', dir, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`warrant serve did not print its URL:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`warrant serve exited (${code}):\n${output}`)));
  });
  return {
    url,
    dir,
    env,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** `served`: a fresh server per test, stopped and cleaned up afterwards. */
export const test = base.extend<{ served: Served }>({
  // Playwright requires an object pattern here even when the fixture needs no other fixture.
  // eslint-disable-next-line no-empty-pattern
  served: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'warrant-e2e-'));
    const served = await startServe(dir);
    await use(served);
    await served.stop();
    await rm(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/**
 * Closes every toast before a screenshot, one at a time: closing one can retire another (one
 * message per problem), and a toast may time out on its own meanwhile.
 */
export async function closeToasts(page: Page): Promise<void> {
  const close = page.getByTestId('toast').getByRole('button', { name: 'Dismiss' });
  for (let i = 0; i < 20 && (await close.count()) > 0; i++) await close.first().click({ timeout: 2_000 }).catch(() => undefined);
}
