import { describe, expect, it } from 'vitest';
import { bundledSearchWorker } from '../electron/index/test-support.js';
import { CRANFIELD_DIR, CRANFIELD_MISSING, evaluateCranfield, formatQuality } from './cranfield.js';

// The collection is reference data beside the checkout: without it, say why this skips.
if (!CRANFIELD_DIR) console.warn(CRANFIELD_MISSING);

describe.skipIf(!CRANFIELD_DIR)('ranking quality on Cranfield', () => {
  it('is not worse than plain lunr idx.search (same documents, same run)', async () => {
    const r = await evaluateCranfield(await bundledSearchWorker());
    console.log(formatQuality(r));
    expect(r.ours.queries).toBe(225);
    expect(r.ours.ndcg10).toBeGreaterThanOrEqual(r.plain.ndcg10);
    expect(r.ours.recall100).toBeGreaterThanOrEqual(r.plain.recall100 - 0.01);
  });
});
