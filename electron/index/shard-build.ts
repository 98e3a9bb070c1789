/**
 * Builds one shard of the index in two steps, so that N workers can build N shards in
 * parallel and still score like one lunr index over the whole corpus:
 *
 * 1. {@link analyzeShard}: tokenize + analyze every field (shared/search/analyzer.ts) (memoized per distinct word), keep
 *    the token streams, count document frequencies. Workers exchange their vocabularies.
 * 2. {@link finishShard}: with the global statistics (document count, document frequency
 *    per term, average field lengths) compute exactly the field vectors lunr.Builder would
 *    (same BM25 formula, same rounding), the postings and the final token streams.
 */
import { isSeparator, skipElision } from '../../shared/search/analyzer.js';
import { DEFAULT_ANALYSIS, LanguageAnalyzers, analysisKeyOf, type WordAnalyzer } from '../../shared/search/language-analyzer.js';
import { ALL_STOP_WORD_IDS } from '../../shared/search/stemmers.js';
import { needsSegmenting, segmentRanges } from '../../shared/search/segment.js';
import { LENGTH_BUCKETS, RANKING, lengthBucket, lunrIdf, robustAverage, type RankingParams } from './ranking.js';
import {
  FIELD_COUNT,
  STOP_ID_COUNT,
  fieldText,
  compact,
  type IndexDoc,
  type ShardData,
} from './shard-data.js';

/** A token stream while building: always 32-bit. */
interface BuildStream {
  ids: Uint32Array;
  starts: Uint32Array;
  docOffsets: Uint32Array;
}

/** A growable Uint32Array. */
class U32Builder {
  buf: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.buf = new Uint32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  /** The filled part, trimmed to size. */
  done(): Uint32Array {
    return this.buf.slice(0, this.length);
  }
}

/** The result of step 1: streams in shard-local term ids (STOP_ID_COUNT + local id). */
export interface ShardAnalysis {
  docCount: number;
  /** Local term id → term. */
  terms: string[];
  /** Per local term: number of (document, field) pairs containing it (lunr's idf counts those). */
  df: Uint32Array;
  /** Per field: sum of field lengths (indexed terms) over the shard's documents. */
  lengthSums: number[];
  /** Per document * FIELD_COUNT + field: number of tokens lunr indexes (its field length). */
  fieldLengths: Uint32Array;
  streams: BuildStream[];
}

/** Vocabulary statistics of one shard, as exchanged between workers. */
export interface ShardVocab {
  /** Terms joined with "\n" (terms never contain whitespace): one string clones fast. */
  terms: string;
  df: Uint32Array;
  docCount: number;
  /**
   * Field lengths per field and power-of-two bucket (ranking.ts): counts at
   * f * LENGTH_BUCKETS + i, sums of lengths at (FIELD_COUNT + f) * LENGTH_BUCKETS + i. Shards
   * add them up, so the robust average length is exact and the same everywhere.
   */
  lengthHistogram: Float64Array;
}

/**
 * Step 1. `onProgress(done)` is called every few hundred documents.
 */
export function analyzeShard(docs: readonly IndexDoc[], onProgress?: (done: number) => void): ShardAnalysis {
  // Each document is analysed in its language (shared/search/language-analyzer.ts); the same
  // raw token can give another term in another language, so each analysis has its own map.
  const analyzers = new LanguageAnalyzers();
  let analysisKey = DEFAULT_ANALYSIS;
  let analyzer: WordAnalyzer = analyzers.default;
  // raw token → stream id, or -1 for punctuation-only tokens. One Map lookup per token.
  let rawToId = new Map<string, number>();
  const rawToIdByKey = new Map([[analysisKey, rawToId]]);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const df = new U32Builder(1 << 14);
  const seenIn = new U32Builder(1 << 14); // last (doc*F+field)+1 that counted the term
  const n = docs.length;
  const fieldLengths = new Uint32Array(n * FIELD_COUNT);
  const lengthSums = new Array<number>(FIELD_COUNT).fill(0);
  let textChars = 0;
  for (const d of docs) textChars += d.text.length;
  const streams: { ids: U32Builder; starts: U32Builder; docOffsets: Uint32Array }[] = [];
  for (let f = 0; f < FIELD_COUNT; f++) {
    const cap = f === 1 ? Math.ceil(textChars / 5) : n * 8;
    streams.push({ ids: new U32Builder(cap), starts: new U32Builder(cap), docOffsets: new Uint32Array(n + 1) });
  }

  const idFor = (raw: string): number => {
    const a = analyzer.analyze(raw);
    if (a.kind === 'empty') return -1;
    if (a.kind === 'stop') return ALL_STOP_WORD_IDS.get(a.word) ?? -1;
    let id = termIds.get(a.term);
    if (id === undefined) {
      id = terms.length;
      terms.push(a.term);
      termIds.set(a.term, id);
      df.push(0);
      seenIn.push(0);
    }
    return STOP_ID_COUNT + id;
  };

  for (let d = 0; d < n; d++) {
    const doc = docs[d] as IndexDoc;
    const key = analysisKeyOf(doc.language?.code);
    if (key !== analysisKey) {
      analysisKey = key;
      analyzer = analyzers.get(key);
      rawToId = rawToIdByKey.get(key) ?? new Map<string, number>();
      rawToIdByKey.set(key, rawToId);
    }
    for (let f = 0; f < FIELD_COUNT; f++) {
      const text = fieldText(doc, f);
      const stream = streams[f]!;
      const ids = stream.ids;
      const starts = stream.starts;
      const stamp = d * FIELD_COUNT + f + 1;
      let length = 0;
      // forEachRawToken (shared/search/analyzer.ts), inlined without a callback: this loop is
      // the build's hot path. Only a run holding a script written without spaces goes to the
      // segmenter; its words are then taken from `segs` in turn. Elisions (l’) are left in the
      // raw token: the analyzer drops them, once per distinct token.
      const len = text.length;
      let i = 0;
      while (i < len) {
        while (i < len && isSeparator(text.charCodeAt(i))) i++;
        if (i >= len) break;
        let start = i;
        let segment = false;
        for (; i < len; i++) {
          const c = text.charCodeAt(i);
          if (isSeparator(c)) break;
          if (c >= 0x0e00 && !segment) segment = needsSegmenting(c);
        }
        let end = i;
        let segs: number[] | null = null;
        let next = 0;
        if (segment) {
          segs = segmentRanges(text, skipElision(text, start, end), end);
          if (segs.length === 0) continue;
          start = segs[0] as number;
          end = segs[1] as number;
          next = 2;
        }
        for (;;) {
          const raw = text.slice(start, end);
          let id = rawToId.get(raw);
          if (id === undefined) {
            id = idFor(raw);
            rawToId.set(raw, id);
          }
          if (id < 0) {
            // lunr keeps punctuation-only tokens as the empty term "" (Pipeline#run compares the
            // Token, not its string, with ''), so they count in the field length; never searchable.
            length++;
          } else {
            ids.push(id);
            starts.push(start);
            if (id >= STOP_ID_COUNT) {
              length++;
              const local = id - STOP_ID_COUNT;
              if (seenIn.buf[local] !== stamp) {
                seenIn.buf[local] = stamp;
                df.buf[local]!++;
              }
            }
          }
          if (segs === null || next >= segs.length) break;
          start = segs[next] as number;
          end = segs[next + 1] as number;
          next += 2;
        }
      }
      fieldLengths[d * FIELD_COUNT + f] = length;
      lengthSums[f]! += length;
      stream.docOffsets[d + 1] = ids.length;
    }
    if (onProgress && (d + 1) % 250 === 0) onProgress(d + 1);
  }
  onProgress?.(n);
  return {
    docCount: n,
    terms,
    df: df.done(),
    lengthSums,
    fieldLengths,
    streams: streams.map((s) => ({ ids: s.ids.done(), starts: s.starts.done(), docOffsets: s.docOffsets })),
  };
}

/** What a shard sends to the others after step 1. */
export function vocabOf(a: ShardAnalysis): ShardVocab {
  const F = FIELD_COUNT;
  const lengthHistogram = new Float64Array(2 * F * LENGTH_BUCKETS);
  for (let d = 0; d < a.docCount; d++) {
    for (let f = 0; f < F; f++) {
      const length = a.fieldLengths[d * F + f] as number;
      const bucket = f * LENGTH_BUCKETS + lengthBucket(length);
      lengthHistogram[bucket]!++;
      lengthHistogram[F * LENGTH_BUCKETS + bucket]! += length;
    }
  }
  return { terms: a.terms.join('\n'), df: a.df, docCount: a.docCount, lengthHistogram };
}

/** Global statistics, identical in every worker because every worker merges the same inputs. */
export interface GlobalStats {
  /** Term id → term, most frequent first. */
  vocab: string[];
  df: Uint32Array;
  docCount: number;
  /** Robust average per field (ranking.ts robustAverage): lunr's mean unless a document is 16+ times the median. */
  averageFieldLength: number[];
}

/** Merges every shard's vocabulary (in shard order) into the global statistics. */
export function mergeVocabs(vocabs: readonly ShardVocab[]): GlobalStats {
  const dfByTerm = new Map<string, number>();
  let docCount = 0;
  const histogram = new Float64Array(2 * FIELD_COUNT * LENGTH_BUCKETS);
  for (const v of vocabs) {
    docCount += v.docCount;
    for (let i = 0; i < histogram.length; i++) histogram[i]! += v.lengthHistogram[i] ?? 0;
    if (v.terms === '') continue;
    const terms = v.terms.split('\n');
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i] as string;
      dfByTerm.set(t, (dfByTerm.get(t) ?? 0) + (v.df[i] as number));
    }
  }
  // Term ids in order of decreasing document frequency: lunr's Vector#dot walks a document's
  // vector up to the query's highest term id, so common terms (which match many documents)
  // get low ids and short walks. Scores do not depend on the numbering.
  const vocab = [...dfByTerm.keys()].sort((a, b) => (dfByTerm.get(b) as number) - (dfByTerm.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0));
  const df = new Uint32Array(vocab.length);
  for (let i = 0; i < vocab.length; i++) df[i] = dfByTerm.get(vocab[i] as string) as number;
  // lunr divides by the number of documents having the field, which is every document; a
  // document 16+ times the median length counts as that cap (see ranking.ts).
  const B = LENGTH_BUCKETS;
  const averageFieldLength = Array.from({ length: FIELD_COUNT }, (_, f) =>
    robustAverage(histogram.subarray(f * B, (f + 1) * B), histogram.subarray((FIELD_COUNT + f) * B, (FIELD_COUNT + f + 1) * B), docCount),
  );
  return { vocab, df, docCount, averageFieldLength };
}

/**
 * Step 2. Consumes `a` (its streams are rewritten in place to global term ids).
 * `vocabIndex` maps each global term to its id. `params`: the shipped ranking unless the
 * dev-set harness (bench/devsets/) tries another.
 */
export function finishShard(a: ShardAnalysis, g: GlobalStats, vocabIndex: ReadonlyMap<string, number>, params: RankingParams = RANKING): ShardData {
  const { k1, b: lengthNorm, fieldBoosts } = params;
  const F = FIELD_COUNT;
  const n = a.docCount;
  const V = g.vocab.length;
  const localToGlobal = new Uint32Array(a.terms.length);
  for (let i = 0; i < a.terms.length; i++) {
    const id = vocabIndex.get(a.terms[i] as string);
    if (id === undefined) throw new Error(`term "${a.terms[i]}" is missing from the merged vocabulary`);
    localToGlobal[i] = id;
  }
  for (const s of a.streams) {
    const ids = s.ids;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (id >= STOP_ID_COUNT) ids[k] = STOP_ID_COUNT + (localToGlobal[id - STOP_ID_COUNT] as number);
    }
  }

  const idf = new Float64Array(V);
  for (let t = 0; t < V; t++) idf[t] = lunrIdf(g.df[t] as number, g.docCount);

  let entries = 0;
  for (let i = 0; i < a.df.length; i++) entries += a.df[i] as number;
  const vecOffsets = new Uint32Array(n * F + 1);
  const vecData = new Float64Array(2 * entries);
  const tf = new Uint32Array(V);
  let touched = new Uint32Array(1024);
  let e = 0;
  for (let d = 0; d < n; d++) {
    for (let f = 0; f < F; f++) {
      const s = a.streams[f] as BuildStream;
      const from = s.docOffsets[d] as number;
      const to = s.docOffsets[d + 1] as number;
      if (to - from > touched.length) touched = new Uint32Array(to - from);
      let m = 0;
      for (let k = from; k < to; k++) {
        const id = s.ids[k] as number;
        if (id < STOP_ID_COUNT) continue;
        const t = id - STOP_ID_COUNT;
        if (tf[t] === 0) touched[m++] = t;
        tf[t] = (tf[t] as number) + 1;
      }
      const sorted = touched.subarray(0, m).sort();
      const fieldLength = a.fieldLengths[d * F + f] as number;
      const avg = g.averageFieldLength[f] as number;
      const boost = fieldBoosts[f] as number;
      for (let j = 0; j < m; j++) {
        const t = sorted[j] as number;
        const freq = tf[t] as number;
        tf[t] = 0;
        // Same expression, same order of operations and same rounding as lunr.Builder#createFieldVectors.
        let score = ((idf[t] as number) * ((k1 + 1) * freq)) / (k1 * (1 - lengthNorm + lengthNorm * (fieldLength / avg)) + freq);
        score *= boost;
        vecData[2 * e] = t;
        vecData[2 * e + 1] = Math.round(score * 1000) / 1000;
        e++;
      }
      vecOffsets[d * F + f + 1] = e;
    }
  }

  // Postings from the vectors: count per (term, field), prefix-sum, fill in document order.
  const postOffsets = new Uint32Array(V * F + 1);
  for (let d = 0; d < n; d++) {
    for (let f = 0; f < F; f++) {
      for (let k = vecOffsets[d * F + f] as number; k < (vecOffsets[d * F + f + 1] as number); k++) {
        postOffsets[(vecData[2 * k] as number) * F + f + 1]!++;
      }
    }
  }
  for (let k = 0; k < V * F; k++) postOffsets[k + 1]! += postOffsets[k] as number;
  const fill = postOffsets.slice(0, V * F);
  const postDocs = new Uint32Array(entries);
  for (let d = 0; d < n; d++) {
    for (let f = 0; f < F; f++) {
      for (let k = vecOffsets[d * F + f] as number; k < (vecOffsets[d * F + f + 1] as number); k++) {
        postDocs[fill[(vecData[2 * k] as number) * F + f]!++] = d;
      }
    }
  }
  const streams = a.streams.map((s) => ({ ids: compact(s.ids), starts: compact(s.starts), docOffsets: s.docOffsets }));
  const fieldLengths = compact(a.fieldLengths);
  const avgFieldLength = Float64Array.from(g.averageFieldLength);
  return { docCount: n, corpusDocs: g.docCount, vocab: g.vocab, df: g.df, vecOffsets, vecData, postOffsets, postDocs, streams, fieldLengths, avgFieldLength };
}
