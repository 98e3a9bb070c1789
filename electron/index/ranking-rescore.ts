/**
 * The evidence Warrant adds to lunr's per-word BM25, computed on the token streams with the
 * same BM25 saturation and length normalisation (ranking.ts), so that neither can be won by a
 * huge document's raw counts:
 *
 * - **Phrases** (`"financial aid"`) are scored by their *occurrences*, as if the phrase were
 *   one term: Σ over its words of idf · saturate(phrase count). lunr only finds candidates
 *   for them (their words go to lunr with boost 0). Before, a phrase scored its words' counts
 *   wherever they were, so a 6 MB document holding the words thousands of times and the
 *   phrase once beat a 3 KB article holding the phrase twice.
 * - **Proximity** of the words of a multi-word query (`financial aid`, a claim typed as
 *   written): every pair of different query words at most `window` tokens apart adds 1/d²
 *   (an exact adjacency in the query's order adds 1, reversed 1/2), saturated per word
 *   pair like a term frequency (BM25TP, Rasolofo & Savoy 2003), weighted by the pair's
 *   lower idf. Only a shard's best candidates (by the score without proximity) are
 *   re-scored (ShardSearcher).
 *
 * Both are divided by the query's norm (as lunr divides by its query vector's magnitude), so
 * they add to lunr's score on its scale.
 */
import type { CompiledPhrase, CompiledTerm } from './query-compiler.js';
import { lunrIdf, saturate, type RankingParams } from './ranking.js';
import { FIELD_COUNT, STOP_ID_COUNT, type Compact, type ShardData, type TokenStream } from './shard-data.js';

/** The squared norm of a query's scoring words (lunr's query vector magnitude², fields merged). */
export function squaredNorm(terms: readonly CompiledTerm[], phrases: readonly CompiledPhrase[]): number {
  let sum = 0;
  for (const t of terms) if (t.presence !== 'prohibited') sum += Math.max(1, t.terms.size) * t.boost * t.boost;
  for (const p of phrases) if (p.presence !== 'prohibited') sum += p.words.length * p.boost * p.boost;
  return sum;
}

/** Weight of a pair of query words found in the reverse of the query's order. */
const REVERSED = 0.5;
/** Occurrences are coded position · GROUPS + word index: a query has fewer words than this. */
const GROUPS = 1024;

export class Rescorer {
  private readonly data: ShardData;
  private readonly params: RankingParams;
  /** Scratch table: stream id → 1 + index of the query word it belongs to (0 = none). */
  private readonly groupOf: Uint16Array;

  constructor(data: ShardData, params: RankingParams) {
    this.data = data;
    this.params = params;
    this.groupOf = new Uint16Array(STOP_ID_COUNT + data.vocab.length);
  }

  /** Global idf of vocabulary term `term` (0 when the corpus lacks it). */
  idf(term: string, vocabIndex: ReadonlyMap<string, number>): number {
    const t = vocabIndex.get(term);
    return t === undefined ? 0 : lunrIdf(this.data.df[t] as number, this.data.corpusDocs);
  }

  private saturate(evidence: number, ord: number, f: number): number {
    const length = this.data.fieldLengths[ord * FIELD_COUNT + f] as number;
    return saturate(evidence, length, this.data.avgFieldLength[f] as number, this.params);
  }

  /**
   * The phrase's score in document `ord` before the query norm: per field, field weight ×
   * Σ idf of its words × saturated occurrence count. `counts[f]`: occurrences in field f.
   */
  phrase(ord: number, p: CompiledPhrase, idfSum: number, counts: readonly number[]): number {
    let score = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const c = counts[f] ?? 0;
      if (c > 0) score += (this.params.fieldBoosts[f] as number) * idfSum * this.saturate(c, ord, f);
    }
    return score * p.boost;
  }

  /**
   * Proximity evidence of document `ord` for `terms` (at least two, each with its idf), before
   * the query norm and the proximity weight.
   */
  proximity(ord: number, terms: readonly CompiledTerm[], idfs: readonly number[]): number {
    const m = terms.length;
    let total = 0;
    const acc = new Float64Array(m * m);
    for (let f = 0; f < FIELD_COUNT; f++) {
      let inField = 0;
      for (const t of terms) if (t.fields.includes(f)) inField++;
      if (inField < 2) continue;
      const s = this.data.streams[f] as TokenStream;
      const from = s.docOffsets[ord] as number;
      const to = s.docOffsets[ord + 1] as number;
      const occurrences = this.occurrences(s.ids.subarray(from, to), terms, f);
      if (occurrences.length < 2) continue;
      this.accumulate(occurrences, m, acc);
      let field = 0;
      for (let a = 0; a < m; a++) {
        for (let b = a + 1; b < m; b++) {
          const e = acc[a * m + b] as number;
          if (e === 0) continue;
          const weight = Math.min(idfs[a] as number, idfs[b] as number) * Math.min((terms[a] as CompiledTerm).boost, (terms[b] as CompiledTerm).boost);
          field += weight * this.saturate(e, ord, f);
        }
      }
      total += (this.params.fieldBoosts[f] as number) * field;
      acc.fill(0);
    }
    return total;
  }

  /**
   * Where the query words of field `f` occur in `doc` (one document's field stream), sorted,
   * each coded as position · GROUPS + word index. A few ids are found with the native
   * TypedArray#indexOf; many (wildcards, long claims) with one pass over a lookup table.
   */
  private occurrences(doc: Compact, terms: readonly CompiledTerm[], f: number): Float64Array {
    const out: number[] = [];
    let ids = 0;
    for (const t of terms) if (t.fields.includes(f)) ids += t.streamIds.size;
    if (ids <= 8) {
      terms.forEach((t, g) => {
        if (!t.fields.includes(f)) return;
        for (const id of t.streamIds) for (let k = doc.indexOf(id); k !== -1; k = doc.indexOf(id, k + 1)) out.push(k * GROUPS + g);
      });
      return Float64Array.from(out).sort();
    }
    const groupOf = this.groupOf;
    terms.forEach((t, g) => {
      if (t.fields.includes(f)) for (const id of t.streamIds) if (id >= 0) groupOf[id] = g + 1;
    });
    for (let k = 0; k < doc.length; k++) {
      const g = groupOf[doc[k] as number] as number;
      if (g !== 0) out.push(k * GROUPS + g - 1);
    }
    for (const t of terms) for (const id of t.streamIds) if (id >= 0) groupOf[id] = 0;
    return Float64Array.from(out);
  }

  /**
   * Adds 1/d² to acc[a·m + b] (a < b) for every pair of different query words d ≤ window
   * apart (each word paired with the nearest occurrence of each other word before it).
   */
  private accumulate(occurrences: Float64Array, m: number, acc: Float64Array): void {
    const window = this.params.window;
    // The last position of each query word behind the current one.
    const last = new Float64Array(m).fill(-Infinity);
    for (const code of occurrences) {
      const here = code % GROUPS;
      const k = (code - here) / GROUPS;
      for (let other = 0; other < m; other++) {
        if (other === here) continue;
        const d = k - (last[other] as number);
        // d = 0: one token matching two query words (a wildcard and a word it expands to).
        if (d > window || d === 0) continue;
        // In the query's order (the earlier word first) counts fully, reversed half.
        const cell = other < here ? other * m + here : here * m + other;
        acc[cell]! += (other < here ? 1 : REVERSED) / (d * d);
      }
      last[here] = k;
    }
  }
}
