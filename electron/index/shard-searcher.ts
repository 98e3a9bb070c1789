/**
 * Searches one shard: runs a compiled query through lunr, verifies phrases on the token
 * streams, and finds the match ranges for snippets and for the reader's next/previous marks.
 */
import lunr from 'lunr';
import type { TextRange, SearchHit } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import { ok } from '../../shared/search/outcome.js';
import { tokenRange } from '../../shared/search/analyzer.js';
import type { Presence } from '../../shared/search/query-parser.js';
import { headlineEnd, makeSnippet, mergeRanges, SNIPPET_WIDTH } from '../../shared/search/snippet.js';
import { VocabularyTokenSet, createLunrIndex, runLunrQuery, type LunrClause } from './lunr-index.js';
import { QueryCompiler, type CompiledPhrase, type CompiledQuery, type CompiledTerm } from './query-compiler.js';
import { RANKING, type RankingParams } from './ranking.js';
import { Rescorer, squaredNorm } from './ranking-rescore.js';
import {
  FIELDS,
  fieldText,
  STOP_ID_COUNT,
  TEXT_FIELD,
  type Compact,
  type IndexDoc,
  type ShardData,
  type TokenStream,
} from './shard-data.js';
import { shardCandidates, spellsTerm, type SuggestionCandidate } from './suggestions.js';

/** One ranked hit of a shard, before merging with the other shards. */
export interface ShardHit extends SearchHit {
  /** Position of the document in this shard (ties between equal scores break on corpus order). */
  ord: number;
}

export interface ShardSearchResult {
  total: number;
  hits: ShardHit[];
  /** CPU time this shard spent on the query, in ms (diagnostics). */
  cpuMs?: number;
}

const PRESENCE = { optional: 1, required: 2, prohibited: 3 } as const;
/** Share of the corpus's documents above which a phrase word is too common to score (see evaluate). */
const COMMON_WORD_SHARE = 0.25;

/** Phrase occurrences counted per field: BM25 saturation makes more of them worth nothing. */
const PHRASE_COUNT_CAP = 10_000;

/** Score of a document found only by a phrase made of stop words (lunr has no score for it). */
function phraseOnlyScore(occurrences: number): number {
  return 0.1 * Math.log1p(occurrences);
}

export class ShardSearcher {
  readonly index: lunr.Index;
  private readonly vocabIndex: Map<string, number>;
  private readonly tokenSet: VocabularyTokenSet;
  private readonly compiler: QueryCompiler;
  /** Scratch membership table indexed by stream id (see positions). */
  private readonly member: Uint8Array;
  /** Document frequency above which a phrase word does not take part in scoring. */
  private readonly commonWordDf: number;
  private readonly params: RankingParams;
  private readonly rescorer: Rescorer;

  readonly data: ShardData;
  readonly docs: readonly IndexDoc[];

  /** `params` must be those the shard was built with (the shipped {@link RANKING} outside the dev-set harness). */
  constructor(data: ShardData, docs: readonly IndexDoc[], vocabIndex?: Map<string, number>, params: RankingParams = RANKING) {
    this.data = data;
    this.docs = docs;
    this.params = params;
    this.rescorer = new Rescorer(data, params);
    if (vocabIndex) this.vocabIndex = vocabIndex;
    else {
      this.vocabIndex = new Map();
      for (let i = 0; i < data.vocab.length; i++) this.vocabIndex.set(data.vocab[i] as string, i);
    }
    this.tokenSet = new VocabularyTokenSet(data.vocab, this.vocabIndex);
    this.index = createLunrIndex(data, this.tokenSet, this.vocabIndex);
    this.compiler = new QueryCompiler(this.vocabIndex, this.tokenSet);
    this.member = new Uint8Array(STOP_ID_COUNT + data.vocab.length);
    this.commonWordDf = data.corpusDocs * COMMON_WORD_SHARE;
  }

  /** Builds what wildcard and fuzzy queries need ahead of time (otherwise the first one does). */
  warm(): void {
    this.tokenSet.warm();
  }

  /** Runs a query; hits come best first, at most `limit` of them, with snippets. */
  search(query: string, limit: number): Result<ShardSearchResult> {
    const compiled = this.compiler.compile(query);
    if (!compiled.ok) return compiled;
    const q = compiled.value;
    const scored = this.evaluate(q);
    if (q.boosts.length > 0 && this.params.commonWords > 0) this.addBoosts(q.boosts, scored);
    const byScore = (a: { ord: number; score: number }, b: { ord: number; score: number }) => b.score - a.score || a.ord - b.ord;
    scored.sort(byScore);
    // Re-scored documents only gain, and all scored at least as high as the rest: only they move.
    const rescored = this.addProximity(q, scored, limit);
    if (rescored > 0) scored.splice(0, rescored, ...scored.slice(0, rescored).sort(byScore));
    const hits: ShardHit[] = [];
    for (const { ord, score } of scored.slice(0, limit)) {
      const doc = this.docs[ord] as IndexDoc;
      hits.push({
        ord,
        id: doc.id,
        title: doc.title,
        source: doc.source,
        date: doc.date,
        score,
        snippet: makeSnippet(doc.text, this.ranges(q, ord), SNIPPET_WIDTH, { skip: headlineEnd(doc.text, doc.title) }),
      });
    }
    return ok({ total: scored.length, hits });
  }

  /** Vocabulary terms close to the words of `query` the index lacks (see suggestions.ts). */
  suggest(query: string): SuggestionCandidate[] {
    const { vocabIndex, tokenSet } = this;
    return shardCandidates(query, { vocabIndex, tokenSet, df: this.data.df, surface: (id) => this.surface(id) });
  }

  /**
   * How term `id` is written in this shard's articles (lower case): the shortest of its first
   * few occurrences that searches for it again ("huawei" rather than "huawei's"); null when
   * the shard lacks it. Looked up on the token streams only when a search found nothing.
   */
  private surface(id: number): string | null {
    const term = this.data.vocab[id] as string;
    let best: string | null = null;
    for (const f of [TEXT_FIELD, ...FIELDS.keys()]) {
      const s = this.data.streams[f] as TokenStream;
      let seen = 0;
      for (let k = s.ids.indexOf(STOP_ID_COUNT + id); k !== -1 && seen < 20; k = s.ids.indexOf(STOP_ID_COUNT + id, k + 1), seen++) {
        // The document holding token k: the last one starting at or before it.
        let lo = 0;
        let hi = this.docs.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((s.docOffsets[mid] as number) <= k) lo = mid;
          else hi = mid - 1;
        }
        const text = fieldText(this.docs[lo] as IndexDoc, f);
        const [a, b] = tokenRange(text, s.starts[k] as number);
        const written = text.slice(a, b).toLowerCase();
        if ((best === null || written.length < best.length) && spellsTerm(written, term)) best = written;
      }
      if (best !== null) return best;
    }
    return best;
  }

  /** Adds a little to the score of documents holding optional very common words (see query-compiler.ts). */
  private addBoosts(boosts: readonly CompiledPhrase[], scored: { ord: number; score: number }[]): void {
    for (const hit of scored) {
      for (const p of boosts) hit.score += p.boost * this.params.commonWords * Math.log1p(this.countPhrase(hit.ord, p, 100));
    }
  }

  /**
   * Re-scores the best candidates (sorted) of a query with two or more words for how near its
   * words are to each other (ranking-rescore.ts). Returns how many were re-scored. Twice the
   * results asked for, at least `depth`: what a shard's split changes (which documents of
   * middling lunr score were re-scored) then lies far below the results returned.
   */
  private addProximity(q: CompiledQuery, scored: { ord: number; score: number }[], limit: number): number {
    const weight = this.params.proximity;
    // Beyond 64 words (a pasted paragraph), the first 64 are enough to tell near from far.
    // A word typed twice ("flow … flow") is one word here.
    const seen = new Set<string>();
    const terms = q.terms
      .filter((t) => {
        const key = [...t.streamIds].sort((a, b) => a - b).join(' ');
        if (t.presence === 'prohibited' || t.streamIds.size === 0 || seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, 64);
    if (weight <= 0 || terms.length < 2 || scored.length === 0) return 0;
    // A wildcard's idf is that of its most common expansion: the pair weight must not reward a rare variant.
    const idfs = terms.map((t) => Math.min(...[...t.terms].map((w) => this.rescorer.idf(w, this.vocabIndex))));
    const scale = weight / Math.sqrt(squaredNorm(q.terms, q.phrases));
    const depth = Math.min(scored.length, Math.max(this.params.depth, 2 * limit));
    for (let i = 0; i < depth; i++) {
      const hit = scored[i] as { ord: number; score: number };
      hit.score += scale * this.rescorer.proximity(hit.ord, terms, idfs);
    }
    return depth;
  }

  /** Every match of `query` in the text of document `ord`, in order. */
  hits(ord: number, query: string): Result<TextRange[]> {
    const compiled = this.compiler.compile(query);
    if (!compiled.ok) return compiled;
    return ok(this.ranges(compiled.value, ord));
  }

  /** Finds every matching document with its score. */
  private evaluate(q: CompiledQuery): { ord: number; score: number }[] {
    const fieldNames = (fields: number[]) => fields.map((f) => FIELDS[f] as string);
    const clauses: LunrClause[] = [];
    const clause = (term: string, fields: number[], boost: number, presence: Presence, editDistance = 0): void => {
      const c: LunrClause = {
        term,
        fields: fieldNames(fields),
        boost,
        presence: PRESENCE[presence],
        usePipeline: false,
        wildcard: lunr.Query.wildcard.NONE,
      };
      if (editDistance > 0) c.editDistance = editDistance;
      clauses.push(c);
    };
    for (const t of q.terms) {
      const expanded = t.editDistance > 0 || t.lunrTerm.includes('*');
      if (expanded && t.presence !== 'required') {
        // Already expanded: one clause per matching term gives lunr the same query vector
        // and the same optional/prohibited semantics, without expanding a second time.
        for (const term of t.terms) clause(term, t.fields, t.boost, t.presence);
      } else {
        clause(t.lunrTerm, t.fields, t.boost, t.presence, t.editDistance);
      }
    }
    for (const p of q.phrases) {
      if (p.presence === 'prohibited') continue; // checked on the streams: its words alone are fine
      // For a required phrase only its rarest word is required from lunr (the others only
      // add to the score): cheaper for lunr, and phrase verification checks them all anyway.
      // Rarity is global (term ids follow corpus frequency), so every shard builds the same query.
      const rarestId = p.seq[p.pivot] as number;
      const rarest = rarestId >= STOP_ID_COUNT ? this.data.vocab[rarestId - STOP_ID_COUNT] : undefined;
      for (const w of p.words) {
        // Words found in most of the corpus ("new" in "new york") add almost nothing to a
        // score (low idf) but make lunr visit most documents: they are left to verification.
        if (w !== rarest && (this.data.df[this.vocabIndex.get(w) ?? 0] as number) > this.commonWordDf) continue;
        // Boost 0: lunr only finds the candidates; the phrase is scored by its occurrences (`consider` below).
        clause(w, p.fields, 0, p.presence === 'required' && w === rarest ? 'required' : 'optional');
      }
    }
    const positiveLunr = clauses.some((c) => c.presence !== PRESENCE.prohibited);
    const requiredTerms = q.terms.some((t) => t.presence === 'required');
    const requiredPhrases = q.phrases.filter((p) => p.presence === 'required');
    const prohibitedPhrases = q.phrases.filter((p) => p.presence === 'prohibited');
    const optionalPhrases = q.phrases.filter((p) => p.presence === 'optional');
    const anyRequired = requiredTerms || requiredPhrases.length > 0;
    const optionalTerms = q.terms.filter((t) => t.presence === 'optional');

    const lunrScores = new Map<number, lunr.Index.Result>();
    if (positiveLunr) {
      for (const r of runLunrQuery(this.index, clauses)) lunrScores.set(Number(r.ref), r);
    }
    // Phrases made only of stop words have no indexed word: lunr cannot find their documents.
    // A document lunr must find (a required clause) needs no scan.
    const stopOnly = (p: CompiledPhrase) => p.words.length === 0;
    const scanAll =
      (optionalPhrases.some(stopOnly) || requiredPhrases.some(stopOnly)) && !clauses.some((c) => c.presence === PRESENCE.required);
    if (!positiveLunr && !scanAll) return [];

    const out: { ord: number; score: number }[] = [];
    if (q.phrases.length === 0) {
      // Words only: lunr's own required/prohibited/optional semantics are the answer.
      for (const [ord, r] of lunrScores) out.push({ ord, score: r.score });
      return out;
    }
    // lunr divided its score by the norm of the words it scored; phrases join on the same scale.
    const lunrSq = squaredNorm(q.terms, []);
    const allSq = squaredNorm(q.terms, q.phrases);
    const lunrScale = allSq > 0 ? Math.sqrt(lunrSq / allSq) : 1;
    const phraseScale = allSq > 0 ? 1 / Math.sqrt(allSq) : 0;
    const scoredPhrases = [...requiredPhrases, ...optionalPhrases].map((p) => ({
      p,
      idfSum: p.words.reduce((sum, w) => sum + this.rescorer.idf(w, this.vocabIndex), 0),
    }));
    const consider = (ord: number, result: lunr.Index.Result | undefined) => {
      if (!result) {
        // Not found by lunr: only possible through a stop-word phrase, so lunr's checks are ours to do.
        if (requiredTerms) return;
        for (const t of q.terms) if (t.presence === 'prohibited' && this.containsAny(ord, t)) return;
      }
      for (const p of prohibitedPhrases) if (this.countPhrase(ord, p, 1) > 0) return;
      let score = (result?.score ?? 0) * lunrScale;
      let phraseMatched = false;
      for (const { p, idfSum } of scoredPhrases) {
        const counts = this.phraseCounts(ord, p);
        const occ = counts.reduce((a, b) => a + b, 0);
        if (occ === 0) {
          if (p.presence === 'required') return;
          continue;
        }
        if (p.presence === 'optional') phraseMatched = true;
        if (p.words.length > 0) score += phraseScale * this.rescorer.phrase(ord, p, idfSum, counts);
        // A phrase of stop words only has no idf: the low score of a common word, when lunr found nothing.
        else if (!result) score += phraseOnlyScore(occ);
      }
      // lunr OR semantics: at least one optional word or phrase must really match (a doc
      // holding a phrase's words apart matched in lunr but not in the query).
      if (!anyRequired && !phraseMatched && !(result !== undefined && optionalTerms.some((t) => this.lunrMatched(result, t)))) return;
      out.push({ ord, score });
    };
    if (scanAll) {
      for (let ord = 0; ord < this.docs.length; ord++) consider(ord, lunrScores.get(ord));
    } else {
      for (const [ord, r] of lunrScores) consider(ord, r);
    }
    return out;
  }

  private lunrMatched(result: lunr.Index.Result, t: CompiledTerm): boolean {
    const meta = result.matchData.metadata as Record<string, Record<string, unknown> | undefined>;
    for (const term of t.terms) {
      const byField = meta[term];
      if (byField && t.fields.some((f) => (FIELDS[f] as string) in byField)) return true;
    }
    return false;
  }

  private stream(f: number, ord: number): [TokenStream, number, number] {
    const s = this.data.streams[f] as TokenStream;
    return [s, s.docOffsets[ord] as number, s.docOffsets[ord + 1] as number];
  }

  private containsAny(ord: number, t: CompiledTerm): boolean {
    for (const f of t.fields) {
      const [s, from, to] = this.stream(f, ord);
      if (this.positions(s.ids, from, to, t.streamIds).length > 0) return true;
    }
    return false;
  }

  /** Occurrences of `p` in each field of document `ord` (at most PHRASE_COUNT_CAP per field). */
  private phraseCounts(ord: number, p: CompiledPhrase): number[] {
    const counts = new Array<number>(FIELDS.length).fill(0);
    if (p.seq.includes(-1)) return counts;
    for (const f of p.fields) {
      const [s, from, to] = this.stream(f, ord);
      let c = 0;
      this.forEachPhrase(s.ids, from, to, p, () => ++c < PHRASE_COUNT_CAP);
      counts[f] = c;
    }
    return counts;
  }

  /** Counts occurrences of `p` in document `ord` (stops at `max`). */
  private countPhrase(ord: number, p: CompiledPhrase, max: number): number {
    if (p.seq.includes(-1)) return 0;
    let count = 0;
    for (const f of p.fields) {
      const [s, from, to] = this.stream(f, ord);
      this.forEachPhrase(s.ids, from, to, p, () => {
        count++;
        return count < max;
      });
      if (count >= max) break;
    }
    return count;
  }

  /**
   * Calls `fn(position)` for each occurrence of phrase `p` in ids[from, to); `fn` returns
   * false to stop. Jumps between occurrences of the phrase's rarest word with the native
   * TypedArray#indexOf instead of comparing every token.
   */
  private forEachPhrase(ids: Compact, from: number, to: number, p: CompiledPhrase, fn: (k: number) => boolean): void {
    const seq = p.seq;
    const m = seq.length;
    const pivot = p.pivot;
    const doc = ids.subarray(from, to);
    const target = seq[pivot] as number;
    for (let k = doc.indexOf(target, pivot); k !== -1; k = doc.indexOf(target, k + 1)) {
      const start = k - pivot;
      if (start + m > doc.length) break;
      let j = 0;
      while (j < m && doc[start + j] === seq[j]) j++;
      if (j === m && !fn(from + start)) return;
    }
  }

  /** Positions in ids[from, to) holding one of `wanted` (stream ids), in order. */
  private positions(ids: Compact, from: number, to: number, wanted: ReadonlySet<number>): number[] {
    const out: number[] = [];
    if (wanted.size <= 4) {
      const doc = ids.subarray(from, to);
      for (const id of wanted) for (let k = doc.indexOf(id); k !== -1; k = doc.indexOf(id, k + 1)) out.push(from + k);
      return out.sort((a, b) => a - b);
    }
    const member = this.member;
    for (const id of wanted) if (id >= 0) member[id] = 1;
    for (let k = from; k < to; k++) if (member[ids[k] as number] === 1) out.push(k);
    for (const id of wanted) if (id >= 0) member[id] = 0;
    return out;
  }

  /** Match ranges in document `ord`'s text: positive words and whole phrases, merged, in order. */
  private ranges(q: CompiledQuery, ord: number): TextRange[] {
    const text = (this.docs[ord] as IndexDoc).text;
    const [s, from, to] = this.stream(TEXT_FIELD, ord);
    // Streams keep token starts only; the token (segmented run or not) is found again from its start.
    const word = (k: number): TextRange => tokenRange(text, s.starts[k] as number);
    const ranges: TextRange[] = [];
    const ids = new Set<number>();
    for (const t of q.terms) {
      if (t.presence === 'prohibited' || !t.fields.includes(TEXT_FIELD)) continue;
      for (const id of t.streamIds) ids.add(id);
    }
    if (ids.size > 0) for (const k of this.positions(s.ids, from, to, ids)) ranges.push(word(k));
    for (const p of q.phrases) {
      if (p.presence === 'prohibited' || !p.fields.includes(TEXT_FIELD) || p.seq.includes(-1)) continue;
      this.forEachPhrase(s.ids, from, to, p, (k) => {
        ranges.push([word(k)[0], word(k + p.seq.length - 1)[1]]);
        return true;
      });
    }
    return mergeRanges(ranges);
  }
}
