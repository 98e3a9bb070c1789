/**
 * Test support: the hooks that give tests a real backend in a temp folder of its own (see
 * test-backend.ts) and remove both afterwards, so each test file does not repeat them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { AnyEvent } from '../../shared/api.js';
import type { Backend } from './backend.js';
import { createTestBackend } from './test-backend.js';

/** The current test's backend, its temp folder, and the events it emitted (read them per test). */
export interface TestBackend {
  readonly dir: string;
  readonly backend: Backend;
  /** Every event emitted since the backend was made; empty it to watch what follows. */
  readonly events: AnyEvent[];
}

/** Options of `setupTestBackend`. */
export interface TestBackendOptions {
  /** The sample corpus folder (default: one that does not exist). */
  sampleDir?: string;
  /** One backend for every test of the file (or describe block) instead of a fresh one for each. */
  shared?: boolean;
}

/**
 * Registers hooks that make a backend in a new temp folder `warrant-<name>-…` before each test
 * (or once, `shared`) and afterwards dispose of it (forced: a failed save still fails the hook)
 * and remove the folder. Call it at the top of a test file or a describe block.
 */
export function setupTestBackend(name: string, options: TestBackendOptions = {}): TestBackend {
  const current = { dir: '', backend: null as unknown as Backend, events: [] as AnyEvent[] };
  const setUp = async () => {
    current.dir = await mkdtemp(join(tmpdir(), `warrant-${name}-`));
    current.events = [];
    current.backend = createTestBackend(current.dir, (e) => current.events.push(e), options.sampleDir);
  };
  const tearDown = async () => {
    await current.backend.dispose({ force: true });
    await rm(current.dir, { recursive: true, force: true });
  };
  if (options.shared) {
    beforeAll(setUp);
    afterAll(tearDown);
  } else {
    beforeEach(setUp);
    afterEach(tearDown);
  }
  return current;
}
