/**
 * The methods and events of a search shard worker (search-worker.ts), called by
 * {@link SearchService} over the shared worker protocol (electron/workers/): every call is
 * answered exactly once; workers handle calls one at a time, in order.
 */
import type { TextRange } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import type { ShardVocab } from './shard-build.js';
import type { ShardSearchResult } from './shard-searcher.js';
import type { IndexDoc } from './shard-data.js';
import type { SuggestionCandidate } from './suggestions.js';
import type { ShardSuggestArgs, ShardSuggestResult } from './suggest-types.js';

export interface SearchMethods {
  /** Start reading the cache file named by `nameKey` (sent ahead of `open`, whose big message takes a while to arrive). */
  prefetch: { args: { nameKey: string; cacheDir: string; shardIndex: number; shardCount: number }; result: null };
  /**
   * Take the shard's documents, hash them, and try the on-disk cache (file named by
   * `nameKey`). Answers the content hash and, when a valid file was found and loaded, the
   * corpus key recorded in it (the service checks it against every shard's hash).
   */
  open: {
    args: { docs: IndexDoc[]; shardIndex: number; shardCount: number; nameKey: string; cacheDir: string };
    /** `languages`: the distinct languages of the shard's documents, once those lacking one are detected (doc-language.ts). */
    result: { hash: string; corpusKey: string | null; reason: string | null; languages: string[] };
  };
  /** The languages of the whole corpus (every shard's): the analyses a query word is tried in (query-terms.ts). */
  languages: { args: { codes: string[] }; result: null };
  /** Tokenize the shard; answer its vocabulary. Progress: documents newly analyzed. */
  analyze: { args: Record<string, never>; result: ShardVocab; progress: number };
  /** Build the shard with every shard's vocabulary (in shard order), then write it to the cache. */
  finish: { args: { vocabs: ShardVocab[]; nameKey: string; corpusKey: string; cacheDir: string }; result: { threadId: number } };
  search: { args: { query: string; limit: number }; result: Result<ShardSearchResult> };
  hits: { args: { ord: number; query: string }; result: Result<TextRange[]> };
  /** Vocabulary terms close to the query's unknown words, for "did you mean" (asked when a search found nothing). */
  suggest: { args: { query: string }; result: SuggestionCandidate[] };
  /** Suggested evidence: this shard's best articles for a claim's weighted terms, each with its best passage (suggest-engine.ts). */
  suggestPassages: { args: ShardSuggestArgs; result: ShardSuggestResult };
  /** Memory held by this worker's isolate: JS heap, and typed arrays outside it. */
  stats: { args: Record<string, never>; result: { heapUsed: number; arrayBuffers: number } };
  /** Finish pending cache writes; the worker can then be terminated. */
  close: { args: Record<string, never>; result: null };
}
/** What a shard worker reports on its own. */
export interface SearchEvents {
  /** A document's text does not match the contentHash it came with: the index must be rebuilt. */
  stale: { docId: string };
}
