/**
 * Warrant's ranking on top of lunr's BM25: the parameters (field weights, k1, b, proximity),
 * the length statistics that keep one huge document from distorting every other document's
 * length normalisation, and the BM25 saturation used for phrase and proximity evidence.
 *
 * Why not lunr alone: lunr's BM25 divides each field length by the corpus *mean* length, so
 * a single 6 MB concatenation in a corpus of 3 KB articles makes every article look tiny
 * (all saturate after one occurrence) while the giant still piles up raw counts; and a
 * quoted phrase was scored by its words' counts, wherever they were. See
 * electron/index/README.md (Ranking) and docs/benchmark.md for the measurements behind
 * the values here.
 */

/**
 * Version of the ranking: part of the index cache key (shard-cache.ts), separate from the
 * analysis version. Bump when stored scores or stored ranking statistics change.
 * 1: lunr's BM25 with title boost 3 (no number was kept). 2: robust average lengths,
 * calibrated weights, stored field lengths for phrase and proximity scoring.
 */
export const RANKING_VERSION = 2;

/** The knobs of the ranking. One set ships ({@link RANKING}); the dev-set harness tries others. */
export interface RankingParams {
  /** Field weights in lunr field order (title, text, source). */
  fieldBoosts: readonly number[];
  /** BM25 term-frequency saturation. */
  k1: number;
  /** BM25 length normalisation (0 = none, 1 = full). */
  b: number;
  /** Weight of the proximity evidence of bare multi-word queries (0 = off). */
  proximity: number;
  /** Two query words at most this many tokens apart count as near (stop words count). */
  window: number;
  /** How many best candidates per shard are re-scored for proximity (at least twice the results asked for). */
  depth: number;
  /**
   * Weight of an optional very common word beside other words (`huawei us`): it adds
   * weight · ln(1 + occurrences) (query-compiler.ts). 0: such words only count for proximity.
   */
  commonWords: number;
}

/**
 * The shipped ranking, calibrated on two dev sets (Cranfield and the Brown claims set,
 * bench/devsets/): see docs/benchmark.md for the table of settings tried.
 */
export const RANKING: RankingParams = {
  fieldBoosts: [1.25, 1, 1],
  k1: 1.2,
  b: 0.75,
  proximity: 0.5,
  window: 5,
  depth: 100,
  commonWords: 0.1,
};

/** lunr.idf, for a term found in `documentsWithTerm` (document, field) pairs. */
export function lunrIdf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

/**
 * BM25's saturation of evidence `tf` (term, phrase or proximity counts) in a field of
 * `length` tokens, `avg` the corpus's robust average: at most k1 + 1, and a long field
 * needs proportionally more evidence.
 */
export function saturate(tf: number, length: number, avg: number, p: Pick<RankingParams, 'k1' | 'b'>): number {
  if (tf <= 0) return 0;
  const norm = avg > 0 ? length / avg : 1;
  return ((p.k1 + 1) * tf) / (p.k1 * (1 - p.b + p.b * norm) + tf);
}

/** Field lengths are counted in power-of-two buckets: bucket i holds lengths in [2^(i-1), 2^i). */
export const LENGTH_BUCKETS = 33;

/** The bucket of a field length. */
export function lengthBucket(length: number): number {
  return 32 - Math.clz32(length);
}

/**
 * Lengths of 2^(median bucket + CAP_OCTAVES - 1) or more — 16 to 32 times the median — count
 * as that cap in the average. Ordinary corpora have no such document (the average is then
 * exactly lunr's mean); a concatenated corpus no longer inflates it.
 */
const CAP_OCTAVES = 5;

/**
 * The average field length used for length normalisation: the mean with every length capped
 * at 16–32 times the median (a winsorized mean). Computed exactly from per-bucket counts and
 * sums, which shards can add up, so every shard gets the same value.
 * `counts`/`sums`: LENGTH_BUCKETS entries for one field.
 */
export function robustAverage(counts: ArrayLike<number>, sums: ArrayLike<number>, docCount: number): number {
  if (docCount <= 0) return 0;
  let seen = 0;
  let median = 0;
  for (let i = 0; i < LENGTH_BUCKETS; i++) {
    seen += counts[i] ?? 0;
    if (2 * seen >= docCount) {
      median = i;
      break;
    }
  }
  const capBucket = median + CAP_OCTAVES;
  const cap = 2 ** (capBucket - 1);
  let sum = 0;
  for (let i = 0; i < LENGTH_BUCKETS; i++) {
    // Buckets above capBucket hold only lengths ≥ 2^capBucket > cap; bucket capBucket holds [cap, 2·cap).
    if (i < capBucket) sum += sums[i] ?? 0;
    else sum += cap * (counts[i] ?? 0);
  }
  return sum / docCount;
}
