/**
 * The compact, typed-array form of one shard of the search index. It is what workers build,
 * what the on-disk cache stores, and what {@link ShardSearcher} exposes to lunr as a
 * `lunr.Index`. Plain data only, so it loads without creating millions of objects.
 */
import { ALL_STOP_WORDS } from '../../shared/search/stemmers.js';
import { RANKING } from './ranking.js';

/** One article as the index sees it. */
export interface IndexDoc {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  text: string;
  /**
   * sha256 (hex) of `text` as UTF-8, i.e. Article.contentHash. Optional: when every document
   * has one, opening a saved index need not hash the whole corpus first (the texts are
   * still checked against it in the background, and a mismatch rebuilds the index).
   */
  contentHash?: string;
  /**
   * The article's language (Article.language): its words are analysed in it
   * (shared/search/language-analyzer.ts); code `und`: unknown (analysed as English). Absent:
   * not detected yet; the search worker detects it from the text (doc-language.ts).
   */
  language?: { code: string; source: 'detected' | 'researcher' };
}

/** Indexed fields, in lunr field order. Field numbers below are indexes into this. */
export const FIELDS = ['title', 'text', 'source'] as const;
export type FieldName = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;
export const TEXT_FIELD = 1;
/** lunr field boosts (title, text, source), calibrated in ranking.ts ({@link RANKING}). */
export const FIELD_BOOSTS: readonly number[] = RANKING.fieldBoosts;
/** Names accepted in queries besides {@link FIELDS}. */
export const FIELD_ALIASES: Readonly<Record<string, FieldName>> = { body: 'text' };
/** The BM25 parameters the index is built with (ranking.ts). */
export const BM25_K1 = RANKING.k1;
export const BM25_B = RANKING.b;

/**
 * Token streams hold one id per word of a field, in order: ids below STOP_ID_COUNT are stop
 * words of any language (index into ALL_STOP_WORDS), `STOP_ID_COUNT + t` is vocabulary term t. Tokens that are
 * only punctuation are left out, so phrase adjacency skips them.
 */
export const STOP_ID_COUNT = ALL_STOP_WORDS.length;

/** Reads a field of a document as a string ('' when absent). */
export function fieldText(doc: IndexDoc, field: number): string {
  return (field === 0 ? doc.title : field === 1 ? doc.text : doc.source) ?? '';
}

/** 16-bit when every value fits (most vocabularies, most article lengths): half the memory and disk. */
export type Compact = Uint16Array | Uint32Array;

/** `a` as a Uint16Array when all its values are below 2^16, else `a` itself. */
export function compact(a: Uint32Array): Compact {
  for (let i = 0; i < a.length; i++) if ((a[i] as number) > 0xffff) return a;
  return Uint16Array.from(a);
}

/** Every word of one field across the shard's documents. */
export interface TokenStream {
  /** Token ids, document after document. */
  ids: Compact;
  /** Offset of each token's first character in its field text. */
  starts: Compact;
  /** Document d's tokens are ids[docOffsets[d] .. docOffsets[d + 1]). Length docCount + 1. */
  docOffsets: Uint32Array;
}

export interface ShardData {
  docCount: number;
  /** Documents in the whole corpus (every shard). */
  corpusDocs: number;
  /** The global vocabulary (all shards): term id → term, most frequent first (see mergeVocabs). */
  vocab: string[];
  /** Global document frequency of each term: (document, field) pairs holding it, as lunr counts. */
  df: Uint32Array;
  /**
   * lunr field vectors: entry pairs [termId, weight] of document d, field f are
   * vecData[2 * vecOffsets[d * F + f] .. 2 * vecOffsets[d * F + f + 1]), sorted by term id.
   */
  vecOffsets: Uint32Array;
  vecData: Float64Array;
  /** Postings: documents containing term t in field f are postDocs[postOffsets[t * F + f] .. [t * F + f + 1]). */
  postOffsets: Uint32Array;
  postDocs: Uint32Array;
  /** One stream per field. */
  streams: TokenStream[];
  /** Field length of document d, field f (tokens lunr counts) at d * FIELD_COUNT + f: phrase and proximity scoring normalise by it. */
  fieldLengths: Compact;
  /** Per field: the corpus's robust average length (ranking.ts robustAverage), the same in every shard. */
  avgFieldLength: Float64Array;
}

/**
 * Checks that `data` is internally consistent and fits `docs`, so that a damaged or foreign
 * cache can never crash a search or mark the wrong words. Returns why it is not, or null.
 */
export function validateShard(data: ShardData, docs: readonly IndexDoc[]): string | null {
  const F = FIELD_COUNT;
  const n = data.docCount;
  if (n !== docs.length) return `has ${n} documents, expected ${docs.length}`;
  if (!Number.isSafeInteger(data.corpusDocs) || data.corpusDocs < n) return 'has a bad corpus size';
  const V = data.vocab.length;
  for (let t = 0; t < V; t++) {
    const term = data.vocab[t];
    if (typeof term !== 'string' || term === '' || /\s/.test(term)) return 'has a malformed term';
  }
  if (new Set(data.vocab).size !== V) return 'has a term twice';
  if (data.df.length !== V) return 'document frequencies are truncated';
  for (let t = 1; t < V; t++) if ((data.df[t] as number) > (data.df[t - 1] as number)) return 'vocabulary is out of order';
  const vo = data.vecOffsets;
  const vd = data.vecData;
  if (vo.length !== n * F + 1 || vo[0] !== 0 || vo[n * F] !== vd.length / 2) return 'field vectors are truncated';
  // Tight loops over the typed arrays: this runs on every cache load.
  for (let k = 0; k < n * F; k++) {
    const a = vo[k] as number;
    const b = vo[k + 1] as number;
    if (b < a) return 'field vector offsets go backwards';
    let prev = -1;
    for (let e = 2 * a; e < 2 * b; e += 2) {
      const term = vd[e] as number;
      // `term > prev` also rejects NaN; `(term | 0) === term` rejects fractions.
      if (!(term > prev) || term >= V || (term | 0) !== term || !Number.isFinite(vd[e + 1] as number)) return 'has a bad field vector';
      prev = term;
    }
  }
  const po = data.postOffsets;
  const pd = data.postDocs;
  if (po.length !== V * F + 1 || po[0] !== 0 || po[V * F] !== pd.length) return 'postings are truncated';
  for (let k = 0; k < V * F; k++) {
    const a = po[k] as number;
    const b = po[k + 1] as number;
    if (b < a) return 'posting offsets go backwards';
    let prev = -1;
    for (let e = a; e < b; e++) {
      const d = pd[e] as number;
      if (d <= prev || d >= n) return 'has a bad posting';
      prev = d;
    }
  }
  if (data.fieldLengths.length !== n * F) return 'field lengths are truncated';
  if (data.avgFieldLength.length !== F || !data.avgFieldLength.every((a) => Number.isFinite(a) && a >= 0)) return 'has bad average lengths';
  if (data.streams.length !== F) return 'token streams are missing';
  // Token ids are not range-checked: an unknown id can only fail to match a query word.
  for (let f = 0; f < F; f++) {
    const { ids, starts, docOffsets } = data.streams[f] as TokenStream;
    if (docOffsets.length !== n + 1 || docOffsets[0] !== 0 || docOffsets[n] !== ids.length || starts.length !== ids.length) {
      return 'token streams are truncated';
    }
    for (let d = 0; d < n; d++) {
      const a = docOffsets[d] as number;
      const b = docOffsets[d + 1] as number;
      if (b < a) return 'token stream offsets go backwards';
      if (b === a) continue;
      // Token starts increase within a document, and the last one lies inside the text.
      if ((starts[b - 1] as number) >= fieldText(docs[d] as IndexDoc, f).length) return 'token stream does not fit the text';
      for (let k = a + 1; k < b; k++) if ((starts[k] as number) <= (starts[k - 1] as number)) return 'token stream is out of order';
    }
  }
  return null;
}
