/**
 * Suggested evidence must not rank worse than plain BM25 on whole documents, on every dev set
 * (bench/devsets/README.md), measured in the same run through the real search workers; and
 * its passages must hold the judged evidence. Sets built on reference data beside the
 * checkout skip, saying why, when it is absent.
 */
import { describe, expect, it } from 'vitest';
import { bundledSearchWorker } from '../electron/index/test-support.js';
import { CRANFIELD_MISSING } from './cranfield.js';
import { cranfieldClaims } from './devsets/claims-cranfield.js';
import { articleDevsets, SEEDS_DIR, SEEDS_MISSING } from './devsets/claims-load.js';
import { BASELINE, SHIPPED, VARIANTS, evaluateDevset, type ClaimDevset } from './suggest-quality.js';

const cranfield = cranfieldClaims();
if (!cranfield) console.warn(CRANFIELD_MISSING);
if (!SEEDS_DIR) console.warn(SEEDS_MISSING);

const TWO = { [BASELINE]: VARIANTS[BASELINE]!, [SHIPPED]: VARIANTS[SHIPPED]! };

async function check(set: ClaimDevset, minPassage: number | null): Promise<void> {
  const r = await evaluateDevset(set, TWO, await bundledSearchWorker());
  const base = r[BASELINE]!;
  const ours = r[SHIPPED]!;
  console.log(`${set.name}: nDCG@10 baseline ${base.ndcg10.toFixed(3)}, shipped ${ours.ndcg10.toFixed(3)}${ours.passage === null ? '' : `, passages ${(100 * ours.passage).toFixed(0)}%`}`);
  expect(ours.ndcg10).toBeGreaterThanOrEqual(base.ndcg10);
  if (minPassage !== null) expect(ours.passage).toBeGreaterThanOrEqual(minPassage);
}

describe('suggested evidence quality', () => {
  it.skipIf(!cranfield)('is not below plain BM25 on Cranfield (225 questions, 1,400 abstracts)', async () => {
    await check(cranfield as ClaimDevset, null);
  });

  it('is not below plain BM25 on the claims written against the sample corpus and the seed articles, and picks the evidence passage', async () => {
    const sets = await articleDevsets();
    expect(sets.length).toBe(SEEDS_DIR ? 2 : 1);
    for (const set of sets) {
      // The judgments name real passages: every phrase is in its article.
      for (const [claim, byArticle] of set.evidence ?? []) {
        for (const [articleId, phrases] of byArticle) {
          const text = set.docs.find((d) => d.id === articleId)?.text.replace(/\s+/g, ' ').toLowerCase() ?? '';
          expect(phrases.some((p) => text.includes(p.toLowerCase())), `${claim} → ${articleId}`).toBe(true);
        }
      }
      await check(set, 0.75);
    }
  });
});
