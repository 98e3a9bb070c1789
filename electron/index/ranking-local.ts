/**
 * The index built and searched in the calling thread, with any ranking parameters: for the
 * dev-set harness (bench/cranfield-tune.ts), which tries many settings on the same corpus,
 * and for tests that compare base scores with lunr's. The app always uses SearchService
 * (worker shards, the on-disk cache); this runs the very same build and search code.
 */
import type { SearchHit } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import { ok } from '../../shared/search/outcome.js';
import { RANKING, type RankingParams } from './ranking.js';
import { analyzeShard, finishShard, mergeVocabs, vocabOf, type ShardAnalysis, type ShardVocab } from './shard-build.js';
import type { IndexDoc } from './shard-data.js';
import { ShardSearcher } from './shard-searcher.js';

/** Analyses `docs` once; {@link LocalIndex.finish} can then score them with several settings. */
export class LocalAnalysis {
  readonly parts: IndexDoc[][];
  private readonly analyses: ShardAnalysis[];
  private readonly vocabs: ShardVocab[];

  /** `shardCount` contiguous shards, as SearchService splits a corpus. */
  constructor(docs: readonly IndexDoc[], shardCount = 1) {
    const size = Math.ceil(docs.length / shardCount);
    this.parts = Array.from({ length: shardCount }, (_, s) => docs.slice(s * size, (s + 1) * size));
    this.analyses = this.parts.map((p) => analyzeShard(p));
    this.vocabs = this.analyses.map(vocabOf);
  }

  /** Builds the shards with `params` (on a copy of the token ids, which finishShard rewrites). */
  finish(params: RankingParams = RANKING): LocalIndex {
    const stats = mergeVocabs(this.vocabs);
    const vocabIndex = new Map<string, number>();
    for (let i = 0; i < stats.vocab.length; i++) vocabIndex.set(stats.vocab[i] as string, i);
    const searchers = this.parts.map((docs, s) => {
      const a = this.analyses[s] as ShardAnalysis;
      const copy: ShardAnalysis = { ...a, streams: a.streams.map((st) => ({ ...st, ids: st.ids.slice() })) };
      return new ShardSearcher(finishShard(copy, stats, vocabIndex, params), docs, vocabIndex, params);
    });
    return new LocalIndex(searchers);
  }
}

/** Searchable shards, merged as SearchService merges them (score, then corpus order). */
export class LocalIndex {
  readonly searchers: ShardSearcher[];

  constructor(searchers: ShardSearcher[]) {
    this.searchers = searchers;
  }

  /** Best `limit` hits over every shard. */
  search(query: string, limit: number): Result<{ total: number; hits: SearchHit[] }> {
    const merged: { hit: SearchHit; at: number }[] = [];
    let total = 0;
    let base = 0;
    for (const s of this.searchers) {
      const r = s.search(query, limit);
      if (!r.ok) return r;
      total += r.value.total;
      for (const { ord, ...hit } of r.value.hits) merged.push({ hit, at: base + ord });
      base += s.docs.length;
    }
    merged.sort((a, b) => b.hit.score - a.hit.score || a.at - b.at);
    return ok({ total, hits: merged.slice(0, limit).map((m) => m.hit) });
  }
}

/** Builds a local index of `docs` in one go. */
export function buildLocalIndex(docs: readonly IndexDoc[], shardCount = 1, params: RankingParams = RANKING): LocalIndex {
  return new LocalAnalysis(docs, shardCount).finish(params);
}
