/**
 * Suggested evidence, one shard's part (runs in the search worker): ranks the shard's articles
 * for a claim's weighted terms and picks each article's best passage (a window of one to three
 * sentences). The claim's words were analysed like indexed text and never read as query
 * syntax (suggest-query.ts); the service merges the shards and adds pseudo-relevance
 * feedback between two rounds.
 *
 * Two stages, so a 50 MB corpus answers in well under the 300 ms budget:
 * 1. candidates: the index's own BM25 field vectors, read through the postings of the claim's
 *    terms (title not boosted: a claim is not a title search);
 * 2. the best candidates re-scored on their token streams: BM25 over title + text with the
 *    parameters below, plus the score of the article's best passage, so that an article where
 *    the claim's words meet in one place ranks above one where they are scattered.
 */
import { STOP_ID_COUNT, TEXT_FIELD, FIELD_BOOSTS, FIELD_COUNT, type IndexDoc, type ShardData, type TokenStream } from './shard-data.js';
import { SentenceCache, type Span } from './passages.js';
import { claimTerms, type WeightedTerm } from './suggest-terms.js';
import { DEFAULT_SUGGEST_PARAMS, type ExcludedRange, type FeedbackDoc, type ShardSuggestArgs, type ShardSuggestHit, type ShardSuggestResult, type SuggestParams } from './suggest-types.js';


/** An article's stage-2 score, and the claim's words in its text (term index, offset; in order). */
interface DocScore {
  ord: number;
  score: number;
  matchTerm: number[];
  matchAt: number[];
}

/** Document frequency (as a share of the corpus's articles) above which a word does not pick candidates... */
const COMMON_SHARE = 0.5;
/** ...in a corpus of at least this many articles. */
const COMMON_MIN_DOCS = 1000;

/** A passage: its range, its score, and the share of the claim's (rarity-weighted) words it holds. */
interface Passage {
  start: number;
  end: number;
  score: number;
  coverage: number;
}

/** Farthest apart (in words) two claim words count as near each other (proximity). */
const PROXIMITY_SPAN = 5;

/** Articles per shard whose passages are scored (more when the caller wants more). */
const PASSAGE_POOL = 30;

/** Terms kept per feedback article (its most frequent ones). */
const FEEDBACK_TERMS = 80;

/** BM25 idf from the global document frequency. */
function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The weight of term `t` in the vector `[from, to)` of vecData (pairs sorted by term id), or 0. */
function vectorWeight(vec: Float64Array, from: number, to: number, t: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = vec[2 * mid] as number;
    if (id === t) return vec[2 * mid + 1] as number;
    if (id < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** A shard's suggestion engine; one per ShardSearcher (see {@link suggestEngineFor}). */
export class SuggestEngine {
  private vocabIndex: Map<string, number> | null = null;
  /** Words in the shard's titles and texts (for the average length). */
  private totals: { title: number; text: number } | null = null;
  private readonly sentences = new SentenceCache();
  /** Stream id → index of the claim term (or -1); reset after each call. */
  private readonly slot: Int32Array;
  private readonly byId: Map<string, number>;

  private readonly data: ShardData;
  private readonly docs: readonly IndexDoc[];

  constructor(data: ShardData, docs: readonly IndexDoc[]) {
    this.data = data;
    this.docs = docs;
    this.slot = new Int32Array(STOP_ID_COUNT + data.vocab.length).fill(-1);
    this.byId = new Map(docs.map((d, i) => [d.id, i]));
  }

  private termId(term: string): number | undefined {
    if (!this.vocabIndex) {
      this.vocabIndex = new Map();
      for (let i = 0; i < this.data.vocab.length; i++) this.vocabIndex.set(this.data.vocab[i] as string, i);
    }
    return this.vocabIndex.get(term);
  }

  /** Average words (title weighted, text; stop words included) per article of this shard. */
  private averageLength(titleWeight: number): number {
    if (this.totals === null) {
      const t = this.data.streams[0] as TokenStream;
      const x = this.data.streams[TEXT_FIELD] as TokenStream;
      this.totals = { title: t.ids.length, text: x.ids.length };
    }
    const n = this.data.docCount;
    return n > 0 ? (titleWeight * this.totals.title + this.totals.text) / n || 1 : 1;
  }

  /** Ranks this shard's articles for the weighted terms; best passage of each. */
  run(args: ShardSuggestArgs): ShardSuggestResult {
    const p = { ...DEFAULT_SUGGEST_PARAMS, ...args.params };
    const { data } = this;
    const terms = args.text === undefined ? args.terms : claimTerms(args.text, (t) => this.termId(t) !== undefined);
    const ids: number[] = [];
    const weights: number[] = [];
    const own = args.passageTerms ? new Set(args.passageTerms) : null;
    const passageWeights: number[] = [];
    for (const { term, weight } of terms) {
      const id = this.termId(term);
      if (id === undefined || weight <= 0) continue;
      ids.push(id);
      weights.push(weight * idf(data.df[id] as number, data.corpusDocs));
      passageWeights.push(!own || own.has(term) ? (weights.at(-1) as number) : 0);
    }
    if (ids.length === 0) return { hits: [], feedback: [], terms };

    const banned = new Set<number>();
    for (const a of args.excludeArticles) {
      const d = this.byId.get(a);
      if (d !== undefined) banned.add(d);
    }
    const candidates = this.candidates(ids, terms, p, banned);
    const excluded = new Map<number, ExcludedRange[]>();
    for (const r of args.exclude) {
      const d = this.byId.get(r.articleId);
      if (d !== undefined) excluded.set(d, [...(excluded.get(d) ?? []), r]);
    }
    const scored = this.scoreAll(candidates, ids, weights, passageWeights, p);
    scored.sort((a, b) => b.score - a.score || a.ord - b.ord);
    const feedback = scored.slice(0, args.feedbackDocs).map((h) => this.feedbackDoc(h.ord, h.score));
    if (args.limit <= 0) return { hits: [], feedback, terms };
    // Passages only for the best articles: they add at most passageWeight × a few words' weight,
    // so an article far down cannot climb into the list, and segmenting every candidate's text
    // into sentences is what would cost most on a large corpus.
    const hits: ShardSuggestHit[] = [];
    for (const h of scored.slice(0, Math.max(PASSAGE_POOL, 2 * args.limit + excluded.size))) {
      const passage = this.bestPassage(h.ord, h.matchTerm, h.matchAt, passageWeights, p, excluded.get(h.ord) ?? []);
      if (passage && passage.coverage >= (args.minCoverage ?? 0)) hits.push({ ord: h.ord, articleId: (this.docs[h.ord] as IndexDoc).id, score: h.score + p.passageWeight * passage.score, start: passage.start, end: passage.end });
    }
    hits.sort((a, b) => b.score - a.score || a.ord - b.ord);
    return { hits: hits.slice(0, args.limit), feedback, terms };
  }

  /** Stage 2 for every candidate, with the claim's terms marked in the slot table only meanwhile. */
  private scoreAll(candidates: number[], ids: number[], weights: number[], pairWeights: number[], p: SuggestParams): DocScore[] {
    for (let j = 0; j < ids.length; j++) this.slot[STOP_ID_COUNT + (ids[j] as number)] = j;
    try {
      return candidates.map((d) => this.docScore(d, weights, pairWeights, p));
    } finally {
      for (const id of ids) this.slot[STOP_ID_COUNT + id] = -1;
    }
  }

  /** Stage 1: the articles with the best BM25 from the index's field vectors. */
  private candidates(ids: number[], terms: WeightedTerm[], p: SuggestParams, banned: Set<number>): number[] {
    const { data } = this;
    const F = FIELD_COUNT;
    const score = new Float64Array(data.docCount);
    const seen = new Uint8Array(data.docCount);
    const touched: number[] = [];
    const weightOf = new Map(terms.map((t) => [this.termId(t.term), t.weight]));
    // On a large corpus, words in most articles (feedback adds some) only pick candidates that
    // rarer words pick anyway, and their postings are the longest: stage 2 still scores them.
    const common = data.corpusDocs >= COMMON_MIN_DOCS ? COMMON_SHARE * data.corpusDocs : Infinity;
    const rare = ids.filter((t) => (data.df[t] as number) <= common);
    for (const t of rare.length > 0 ? rare : ids) {
      const qw = weightOf.get(t) ?? 0;
      for (const f of [0, TEXT_FIELD]) {
        // The vectors carry lunr's field boost: undo it, apply ours.
        const fw = f === 0 ? p.titleWeight / (FIELD_BOOSTS[0] as number) : 1;
        for (let k = data.postOffsets[t * F + f] as number; k < (data.postOffsets[t * F + f + 1] as number); k++) {
          const d = data.postDocs[k] as number;
          if (!seen[d]) {
            seen[d] = 1;
            touched.push(d);
          }
          score[d] = (score[d] as number) + qw * fw * vectorWeight(data.vecData, data.vecOffsets[d * F + f] as number, data.vecOffsets[d * F + f + 1] as number, t);
        }
      }
    }
    const list = touched.filter((d) => !banned.has(d));
    list.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
    return list.slice(0, p.candidates);
  }

  /** Stage 2: BM25 over the article's title and text streams, and where the claim's words are in the text. */
  private docScore(d: number, weights: number[], pairWeights: number[], p: SuggestParams): DocScore {
    const title = this.data.streams[0] as TokenStream;
    const body = this.data.streams[TEXT_FIELD] as TokenStream;
    const n = weights.length;
    const tf = new Float64Array(n);
    const t0 = title.docOffsets[d] as number;
    const t1 = title.docOffsets[d + 1] as number;
    for (let k = t0; k < t1; k++) {
      const j = this.slot[title.ids[k] as number] as number;
      if (j >= 0) tf[j] = (tf[j] as number) + p.titleWeight;
    }
    const b0 = body.docOffsets[d] as number;
    const b1 = body.docOffsets[d + 1] as number;
    // Matches in the text: claim-term index and character offset, in text order.
    const matchTerm: number[] = [];
    const matchAt: number[] = [];
    const matchPos: number[] = [];
    for (let k = b0; k < b1; k++) {
      const j = this.slot[body.ids[k] as number] as number;
      if (j >= 0) {
        tf[j] = (tf[j] as number) + 1;
        matchTerm.push(j);
        matchAt.push(body.starts[k] as number);
        matchPos.push(k);
      }
    }
    const length = p.titleWeight * (t1 - t0) + (b1 - b0);
    const norm = p.k1 * (1 - p.b + (p.b * length) / this.averageLength(p.titleWeight));
    let score = 0;
    for (let j = 0; j < n; j++) {
      const f = tf[j] as number;
      if (f > 0) score += ((weights[j] as number) * f * (p.k1 + 1)) / (f + norm);
    }
    if (p.proximityWeight > 0) score += p.proximityWeight * this.proximity(matchTerm, matchPos, pairWeights, p, norm);
    return { ord: d, score, matchTerm, matchAt };
  }

  /**
   * Term proximity (BM25TP, Rasolofo & Savoy 2003): two different words of the claim (its own,
   * not feedback words) d ≤ PROXIMITY_SPAN words apart in the text add 1/d² to their pair, and
   * each pair counts like a BM25 term weighted by the rarer-weighted of its two words — an
   * article where the claim's words stand together ranks above one where they are scattered.
   */
  private proximity(matchTerm: number[], matchPos: number[], weights: number[], p: SuggestParams, norm: number): number {
    const n = weights.length;
    const acc = new Map<number, number>();
    for (let m = 0; m < matchPos.length; m++) {
      const a = matchTerm[m] as number;
      if ((weights[a] as number) <= 0) continue;
      for (let k = m + 1; k < matchPos.length; k++) {
        const dist = (matchPos[k] as number) - (matchPos[m] as number);
        if (dist > PROXIMITY_SPAN) break;
        const b = matchTerm[k] as number;
        if (b === a || (weights[b] as number) <= 0) continue;
        const key = a < b ? a * n + b : b * n + a;
        acc.set(key, (acc.get(key) ?? 0) + 1 / (dist * dist));
      }
    }
    let score = 0;
    for (const [key, f] of acc) {
      const w = Math.min(weights[Math.floor(key / n)] as number, weights[key % n] as number);
      score += (w * f * (p.k1 + 1)) / (f + norm);
    }
    return score;
  }

  /**
   * The best window of one to `maxSentences` sentences: the claim's words it holds, each
   * saturating, rarer words counting more, discounted per extra sentence. Windows overlapping
   * an excluded range are skipped; when an excluded range is involved and no other window
   * holds a claim word, the article is not suggested (null).
   */
  private bestPassage(
    d: number,
    matchTerm: number[],
    matchAt: number[],
    weights: number[],
    p: SuggestParams,
    excluded: ExcludedRange[],
  ): Passage | null {
    const sentences = this.sentences.get(d, (this.docs[d] as IndexDoc).text);
    if (sentences.length === 0) return excluded.length > 0 ? null : { start: 0, end: 0, score: 0, coverage: 0 };
    const total = weights.reduce((a, b) => a + b, 0);
    // Sentence index of each match (both in text order).
    const sentenceOf = new Int32Array(matchAt.length);
    let s = 0;
    for (let m = 0; m < matchAt.length; m++) {
      const at = matchAt[m] as number;
      while (s < sentences.length - 1 && at >= (sentences[s] as Span).end) s++;
      sentenceOf[m] = s;
    }
    const counts = new Float64Array(weights.length);
    let best: Passage | null = null;
    // Only windows starting at a sentence with a match can beat one starting later.
    const starts = new Set<number>(sentenceOf);
    if (starts.size === 0) starts.add(0);
    let firstMatch = 0;
    for (const first of [...starts].sort((a, b) => a - b)) {
      while (firstMatch < matchAt.length && (sentenceOf[firstMatch] as number) < first) firstMatch++;
      counts.fill(0);
      let m = firstMatch;
      for (let w = 1; w <= p.maxSentences && first + w - 1 < sentences.length; w++) {
        const last = first + w - 1;
        while (m < matchAt.length && (sentenceOf[m] as number) === last) {
          const j = matchTerm[m] as number;
          counts[j] = (counts[j] as number) + 1;
          m++;
        }
        const start = (sentences[first] as Span).start;
        const end = (sentences[last] as Span).end;
        if (excluded.some((r) => r.start < end && start < r.end)) break;
        let raw = 0;
        let have = 0;
        for (let j = 0; j < counts.length; j++) {
          const c = counts[j] as number;
          if (c <= 0) continue;
          raw += ((weights[j] as number) * c * (p.passageK1 + 1)) / (c + p.passageK1);
          have += weights[j] as number;
        }
        const score = raw / (1 + p.windowPenalty * (w - 1));
        if (!best || score > best.score) best = { start, end, score, coverage: total > 0 ? have / total : 0 };
      }
    }
    if (excluded.length > 0 && (!best || best.score <= 0)) return null;
    return best ?? { start: (sentences[0] as Span).start, end: (sentences[0] as Span).end, score: 0, coverage: 0 };
  }

  /** The article's most frequent terms (stop words left out), for feedback. */
  private feedbackDoc(d: number, score: number): FeedbackDoc {
    const counts = new Map<number, number>();
    let length = 0;
    for (const f of [0, TEXT_FIELD]) {
      const s = this.data.streams[f] as TokenStream;
      for (let k = s.docOffsets[d] as number; k < (s.docOffsets[d + 1] as number); k++) {
        const id = s.ids[k] as number;
        length++;
        if (id < STOP_ID_COUNT) continue;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, FEEDBACK_TERMS);
    return { score, length, terms: top.map(([id]) => this.data.vocab[id - STOP_ID_COUNT] as string), counts: top.map(([, c]) => c) };
  }
}

const engines = new WeakMap<object, SuggestEngine>();

/** The engine for a shard (made once per shard, kept as long as it is). */
export function suggestEngineFor(data: ShardData, docs: readonly IndexDoc[]): SuggestEngine {
  let e = engines.get(data);
  if (!e) {
    e = new SuggestEngine(data, docs);
    engines.set(data, e);
  }
  return e;
}
