/**
 * Text reuse: which articles copy or rewrite another's text, as newspapers rewrite wire copy.
 *
 * 1. Words are compared by key (tokenize: lower case, plural folded). Words inside a direct
 *    quotation of a third party (quotation marks, with a speech verb near and no news outlet
 *    named) are masked: a witness's words every reporter heard are not another article's text.
 * 2. Candidates, never all pairs: MinHash signatures of word-trigram shingles with LSH banding
 *    (near-whole rewrites), plus consistently sampled shingles (hash mod 4) in an inverted index,
 *    which also finds partial reuse of a long text (containment, where Jaccard is low).
 * 3. Each candidate pair is aligned by greedy string tiling (maximal common word runs of at
 *    least `MIN_TILE` words, longest first, no word used twice); tiles close on both sides are
 *    joined into shared passages, so light rewording between them does not break a passage.
 */
import { findAttributions, type Attribution } from './attribution.js';
import { quotations, sentences, STOPWORDS, tokenize, type Span, type Token } from './text.js';

/** Shortest run of shared words that counts (shorter runs are common phrases: "the US government"). */
export const MIN_TILE = 5;
/** Words between two tiles that still make one passage (light rewording). */
const PASSAGE_GAP = 8;
/** A passage shown as a reason spans at least this many words. */
const MIN_PASSAGE = 8;
const BANDS = 24;
const ROWS = 2;
const SAMPLE_MOD = 4;

/** An article prepared for reuse detection. */
export interface ReuseText {
  tokens: Token[];
  /** Word ids; a masked word (third-party quotation) gets a negative id of its own, which never matches. */
  ids: Int32Array;
  /** Spans of the third-party quotations found (masked). */
  quotes: Span[];
  /** Unmasked words: what coverage is measured against. */
  counted: number;
}

const SPEECH = /\b(?:said|says|say|told|tells|added|adds|stated|states|explained|explains|insisted|warned|claimed|asked|replied|recalled|testified|admitted|declared|announced|commented|continued|urged|according\s+to|describ(?:ed|es|ing))\b/i;

/** Interns word keys to small integers, shared by every text of one run. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let v = this.ids.get(key);
    if (v === undefined) this.ids.set(key, (v = this.ids.size + 1));
    return v;
  }
  has(key: string): boolean {
    return this.ids.has(key);
  }
}

/**
 * The third-party quotations of a text: quoted statements (six words or more, or shorter with a
 * speech verb close by: "…," she told reporters) with no news outlet credited within 120
 * characters (001 quotes The Verge's text: that is reuse, not a witness).
 */
export function thirdPartyQuotes(text: string, attributions?: readonly Attribution[]): Span[] {
  const out: Span[] = [];
  const found = quotations(text, sentences(text));
  if (found.length === 0) return out;
  // Outlets credited anywhere, found once per text (not once per quotation).
  const outlets = (attributions ?? findAttributions(text)).filter((a) => a.origin !== null);
  for (const q of found) {
    const from = Math.max(0, q.start - 120);
    const to = Math.min(text.length, q.end + 120);
    const before = text.slice(from, q.start);
    const after = text.slice(q.end, to);
    const context = `${before.slice(before.lastIndexOf('\n') + 1)} … ${after.slice(0, after.indexOf('\n') < 0 ? after.length : after.indexOf('\n'))}`;
    // A quoted statement of six words or more is someone's words in news copy even when the
    // speech verb is a paragraph away ("He told the court:" ¶ "…"); a shorter one (scare quotes,
    // a title) needs a speech verb beside it.
    const long = text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length >= 6;
    if (!long && !SPEECH.test(context) && !SPEECH.test(text.slice(q.sentence.start, q.sentence.end).replace(text.slice(q.start, q.end), ''))) continue;
    // Quoting an outlet ("…, according to the Verge") is quoting another article's text: reuse.
    if (outlets.some((a) => !a.quoted && a.at >= from && a.at < to)) continue;
    out.push({ start: q.start, end: q.end });
  }
  return out;
}

/** Tokenises and masks one text (`attributions`: the text's, when already found). */
export function prepareReuse(text: string, vocab: Vocabulary, attributions?: readonly Attribution[]): ReuseText {
  const tokens = tokenize(text);
  const quotes = thirdPartyQuotes(text, attributions);
  const ids = new Int32Array(tokens.length);
  let q = 0;
  let counted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    const masked = q < quotes.length && t.start >= quotes[q]!.start && t.end <= quotes[q]!.end;
    ids[i] = masked ? -(i + 1) : vocab.id(t.key);
    if (!masked) counted++;
  }
  return { tokens, ids, quotes, counted };
}

const gramHash = (a: number, b: number, c: number): number => {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
};

/** The word-trigram shingles of a text (no masked word, not three stopwords), as 32-bit hashes. */
export function shingles(t: ReuseText, isStop: (id: number) => boolean): Uint32Array {
  const set = new Set<number>();
  const ids = t.ids;
  for (let i = 0; i + 2 < ids.length; i++) {
    const a = ids[i]!, b = ids[i + 1]!, c = ids[i + 2]!;
    if (a < 0 || b < 0 || c < 0) continue;
    if (isStop(a) && isStop(b) && isStop(c)) continue;
    set.add(gramHash(a, b, c));
  }
  return Uint32Array.from(set);
}

/** A stopword test over a vocabulary's ids (ids are interned before use, so this is a set of ids). */
export function stopIds(vocab: Vocabulary): (id: number) => boolean {
  const ids = new Set<number>();
  for (const w of STOPWORDS) ids.add(vocab.id(w));
  return (id) => ids.has(id);
}

const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => [Math.imul(i + 1, 0x27d4eb2f) | 1, Math.imul(i + 7, 0x165667b1)] as const);

/** MinHash signature: per hash function, the smallest permuted shingle hash. */
export function minhash(sh: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const x of sh) {
    for (let k = 0; k < SEEDS.length; k++) {
      const [a, b] = SEEDS[k]!;
      let h = (Math.imul(x ^ b, a) + b) >>> 0;
      h ^= h >>> 16;
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/**
 * Candidate pairs (i < j) among the texts' shingle sets: same LSH bucket in some band, or
 * at least `minShared` sampled shingles in common. Shingles in more than `maxDf` texts
 * (boilerplate, set phrases) are not indexed.
 */
export function candidatePairs(sets: readonly Uint32Array[], options: { minShared?: number; maxDf?: number } = {}): Array<[number, number]> {
  const minShared = options.minShared ?? 2;
  const maxDf = options.maxDf ?? Math.max(50, Math.ceil(sets.length * 0.02));
  const pairs = new Map<number, number>();
  const n = sets.length;
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const strong = new Set<number>();
  // LSH banding: two texts whose signatures agree on a whole band are candidates.
  const buckets = new Map<string, number[]>();
  sets.forEach((s, doc) => {
    if (s.length === 0) return;
    const sig = minhash(s);
    for (let band = 0; band < BANDS; band++) {
      let k = `${band}`;
      for (let r = 0; r < ROWS; r++) k += `:${sig[band * ROWS + r]}`;
      const list = buckets.get(k);
      if (list) list.push(doc);
      else buckets.set(k, [doc]);
    }
  });
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > maxDf) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) strong.add(key(list[a]!, list[b]!));
  }
  // Sampled shingles: a shared passage shares its sampled shingles whatever else the texts hold.
  const index = new Map<number, number[]>();
  sets.forEach((s, doc) => {
    for (const h of s) {
      if (h % SAMPLE_MOD !== 0) continue;
      const list = index.get(h);
      if (list) list.push(doc);
      else index.set(h, [doc]);
    }
  });
  for (const list of index.values()) {
    if (list.length < 2 || list.length > maxDf) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
      const k = key(list[a]!, list[b]!);
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
    }
  }
  for (const [k, count] of pairs) if (count >= minShared) strong.add(k);
  return [...strong].map((k) => [Math.floor(k / n), k % n] as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** A passage two texts share: word index ranges in each, and the words matched inside. */
export interface SharedPassage {
  a: { from: number; to: number };
  b: { from: number; to: number };
  matched: number;
}

/** How much of two texts is shared. */
export interface ReuseMatch {
  /** Share of A's counted words inside shared tiles; likewise B. */
  coverA: number;
  coverB: number;
  /** Words inside shared tiles. */
  covered: number;
  /** Longest tile, in words. */
  longest: number;
  passages: SharedPassage[];
}

/**
 * Words of a run that are not capitalised names: "of the Royal College of Emergency Medicine"
 * is a name every report of the event must write, not shared prose.
 */
function ownWords(tokens: readonly Token[], from: number, len: number): number {
  let n = 0;
  for (let k = from; k < from + len; k++) if (!tokens[k]!.capital) n++;
  return n;
}

/** Aligns two texts by greedy string tiling and joins close tiles into passages. */
export function alignTexts(a: ReuseText, b: ReuseText): ReuseMatch {
  const A = a.ids;
  const B = b.ids;
  const at = new Map<number, number[]>();
  for (let i = 0; i + 2 < A.length; i++) {
    if (A[i]! < 0 || A[i + 1]! < 0 || A[i + 2]! < 0) continue;
    const h = gramHash(A[i]!, A[i + 1]!, A[i + 2]!);
    const list = at.get(h);
    if (list) {
      if (list.length < 32) list.push(i);
    } else at.set(h, [i]);
  }
  const tiles: Array<[number, number, number]> = [];
  for (let j = 0; j + 2 < B.length; j++) {
    if (B[j]! < 0) continue;
    const list = at.get(gramHash(B[j]!, B[j + 1]!, B[j + 2]!));
    if (!list) continue;
    for (const i of list) {
      // Maximal runs only: a run that extends backwards was found from its start.
      if (i > 0 && j > 0 && A[i - 1] === B[j - 1] && A[i - 1]! > 0) continue;
      let len = 0;
      while (i + len < A.length && j + len < B.length && A[i + len] === B[j + len] && A[i + len]! > 0) len++;
      if (len >= MIN_TILE && ownWords(b.tokens, j, len) >= MIN_TILE - 1) tiles.push([i, j, len]);
    }
  }
  tiles.sort((x, y) => y[2] - x[2] || x[1] - y[1]);
  const usedA = new Uint8Array(A.length);
  const usedB = new Uint8Array(B.length);
  const kept: Array<[number, number, number]> = [];
  for (const [i, j, len] of tiles) {
    let free = true;
    for (let k = 0; k < len && free; k++) if (usedA[i + k] || usedB[j + k]) free = false;
    if (!free) continue;
    for (let k = 0; k < len; k++) usedA[i + k] = usedB[j + k] = 1;
    kept.push([i, j, len]);
  }
  let covered = 0;
  let longest = 0;
  for (const [, , len] of kept) {
    covered += len;
    longest = Math.max(longest, len);
  }
  kept.sort((x, y) => x[1] - y[1]);
  const passages: SharedPassage[] = [];
  for (const [i, j, len] of kept) {
    const last = passages.at(-1);
    if (last && j - last.b.to <= PASSAGE_GAP && i >= last.a.to && i - last.a.to <= PASSAGE_GAP) {
      last.a.to = i + len;
      last.b.to = j + len;
      last.matched += len;
    } else passages.push({ a: { from: i, to: i + len }, b: { from: j, to: j + len }, matched: len });
  }
  return {
    coverA: a.counted ? covered / a.counted : 0,
    coverB: b.counted ? covered / b.counted : 0,
    covered,
    longest,
    passages: passages.filter((p) => p.b.to - p.b.from >= MIN_PASSAGE).sort((x, y) => y.matched - x.matched),
  };
}

/** Shared words below which even a high share of a short text is not enough (one set phrase in a brief). */
const MIN_SHARED_WORDS = 15;

/**
 * How strongly `match` says one text is derived from the other, 0–1: the share of the
 * more-covered side's words inside shared tiles (containment), counted double, so a rewrite
 * keeping half its source's runs scores 1 — scaled down when fewer than 15 words are shared
 * in all, so one legal phrase ("fraud by abuse of position") in two short items is not reuse.
 */
export function reuseStrength(match: ReuseMatch): number {
  return Math.min(1, 2 * Math.max(match.coverA, match.coverB)) * Math.min(1, match.covered / MIN_SHARED_WORDS);
}

/** Shared text at least this strong (≈ 14% of the shorter text in runs of 4+ words) ties two articles. */
export const REUSE_THRESHOLD = 0.28;
