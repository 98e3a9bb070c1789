import { describe, expect, it } from 'vitest';
import { bundledSearchWorker } from '../electron/index/test-support.js';
import { CRANFIELD_DIR, CRANFIELD_MISSING, evaluateCollection, evaluateCranfield, formatQuality, type Comparison } from './cranfield.js';
import { brownClaims } from './devsets/ranking-brown.js';

// The collection is reference data beside the checkout: without it, say why this skips.
if (!CRANFIELD_DIR) console.warn(CRANFIELD_MISSING);

/** Ours must rank at least as well as plain lunr, in either configuration (Warrant's old fields and boost, or lunr's defaults). */
function expectNotWorse(r: Comparison): void {
  expect(r.ours.ndcg10).toBeGreaterThanOrEqual(r.plain.ndcg10);
  expect(r.ours.ndcg10).toBeGreaterThanOrEqual(r.plainReadme.ndcg10);
  expect(r.ours.recall100).toBeGreaterThanOrEqual(Math.max(r.plain.recall100, r.plainReadme.recall100) - 0.01);
}

describe.skipIf(!CRANFIELD_DIR)('ranking quality on Cranfield', () => {
  it('is not worse than plain lunr idx.search (same documents, same run)', async () => {
    const r = await evaluateCranfield(await bundledSearchWorker());
    console.log(formatQuality(r));
    expect(r.ours.queries).toBe(225);
    expectNotWorse(r);
  });
});

describe('ranking quality on the Brown claims dev set', () => {
  it('is not worse than plain lunr idx.search (same documents, same run)', async () => {
    const r = await evaluateCollection(brownClaims(), await bundledSearchWorker());
    console.log(formatQuality(r));
    expect(r.ours.queries).toBe(300);
    expectNotWorse(r);
  }, 300_000);
});
