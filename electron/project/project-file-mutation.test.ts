/**
 * The mutation property of `npm run torture`, small enough for every test run: a valid project
 * file, mutated (bytes flipped, cut, duplicated; fields deleted, duplicated, retyped, renamed;
 * huge numbers, deep nesting, odd Unicode; wrong format versions), either loads exactly what it
 * holds or is refused with a WarrantError that names the file and quotes none of its content,
 * no stack trace, no library internals. The long run (10,000 mutants) is torture/mutate-child.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMutation, loadMutant, mutationArb, original, violation, type Original } from '../../torture/mutations.js';
import { buildProject, SMALL } from '../../torture/sample-project.js';
import { serializeProject } from './serialize.js';

let dir: string;
let valid: Original;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-mutate-'));
  valid = original(serializeProject(buildProject(SMALL)));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mutated project files', () => {
  it('load exactly or are refused with a message that names the file and quotes nothing of it', async () => {
    const path = join(dir, 'mutant.warrant');
    const seen = { loaded: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mutationArb, async (m) => {
        const outcome = await loadMutant(path, applyMutation(valid, m));
        if (outcome.kind === 'loaded') seen.loaded += 1;
        if (outcome.kind === 'refused') seen.refused += 1;
        const broken = violation(outcome, path);
        if (broken) expect.fail(`${m.kind}: ${broken.detail}`);
      }),
      // A fixed seed: the same 200 mutants every run, so a failure is reproducible.
      { numRuns: 200, seed: 424242 },
    );
    // Both branches were exercised (a mutation can keep the file valid, e.g. a changed note).
    expect(seen.loaded).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
