/**
 * Presents a {@link ShardData} to lunr as a real `lunr.Index`, so that queries run through
 * lunr's own `Index#query` (scoring, required/prohibited logic, wildcard and fuzzy expansion).
 *
 * lunr.Index only reads `invertedIndex[term]` and `fieldVectors[fieldRef]`; both are served
 * lazily from the typed arrays (a posting object is built the first time a term is searched),
 * so opening a saved index does not create millions of objects up front.
 */
import lunr from 'lunr';
import { FIELD_COUNT, FIELDS, type ShardData } from './shard-data.js';
import { ALTERNATIVES, splitAlternatives } from './query-terms.js';

/**
 * The parts of lunr 2.3.9 used here that @types/lunr describes wrongly or not at all
 * (TokenSet.fromArray/fromClause are static; Vector accepts any array-like of numbers).
 */
interface LunrTokenSetStatic {
  fromArray(arr: string[]): lunr.TokenSet;
  fromClause(clause: { term: string; editDistance?: number }): lunr.TokenSet;
}
export const TokenSetStatic = lunr.TokenSet as unknown as LunrTokenSetStatic;

/** lunr 2.3.9's query clause (@types/lunr lacks `presence` and makes `editDistance` mandatory). */
export interface LunrClause {
  term: string;
  fields: string[];
  boost: number;
  /** 1 optional, 2 required, 3 prohibited (lunr.Query.presence). */
  presence: 1 | 2 | 3;
  usePipeline: boolean;
  wildcard: number;
  editDistance?: number;
}

/** Runs lunr.Index#query with prepared clauses. */
export function runLunrQuery(index: lunr.Index, clauses: readonly LunrClause[]): lunr.Index.Result[] {
  return index.query((q) => {
    for (const c of clauses) q.clause({ ...c } as unknown as lunr.Query.Clause);
  });
}

/**
 * Stands in for the index's lunr.TokenSet (the automaton of every term, costly to build).
 * Exact words, the usual case, are answered from the vocabulary; the real automaton is
 * built the first time a wildcard or fuzzy query needs it (or by {@link warm}).
 */
export class VocabularyTokenSet {
  private real: lunr.TokenSet | null = null;

  private readonly vocab: string[];
  private readonly vocabIndex: ReadonlyMap<string, number>;

  constructor(vocab: string[], vocabIndex: ReadonlyMap<string, number>) {
    this.vocab = vocab;
    this.vocabIndex = vocabIndex;
  }

  /** The full automaton. */
  full(): lunr.TokenSet {
    // Sorted by UTF-16 code units, as lunr.TokenSet.Builder requires (and lunr itself sorts).
    this.real ??= TokenSetStatic.fromArray([...this.vocab].sort());
    return this.real;
  }

  /** Builds the automaton ahead of need. */
  warm(): void {
    this.full();
  }

  /** lunr.TokenSet#intersect: the only method lunr.Index calls on its token set. */
  intersect(b: lunr.TokenSet): lunr.TokenSet {
    const word = plainWord(b);
    if (word === null) return this.full().intersect(b);
    // A query word with one form per language of the corpus (query-terms.ts): each form the vocabulary has.
    if (word.includes(ALTERNATIVES)) return TokenSetStatic.fromArray([...new Set(splitAlternatives(word).filter((w) => this.vocabIndex.has(w)))].sort());
    return TokenSetStatic.fromArray(this.vocabIndex.has(word) ? [word] : []);
  }
}

interface TokenSetNode {
  final: boolean;
  edges: Record<string, TokenSetNode>;
}

/** The word a query token set stands for, if it is a plain chain (no wildcard, no fuzziness). */
function plainWord(set: lunr.TokenSet): string | null {
  let node = set as unknown as TokenSetNode;
  let word = '';
  for (;;) {
    const keys = Object.keys(node.edges);
    if (keys.length === 0) return node.final && word !== '' ? word : null;
    const key = keys[0] as string;
    if (keys.length !== 1 || node.final || key === '*') return null;
    word += key;
    node = node.edges[key] as TokenSetNode;
  }
}

/** Metadata is never stored (match positions come from the token streams); lunr only reads its keys. */
const NO_METADATA = Object.freeze(Object.create(null) as object);

/** How many materialized postings to keep before starting over (bounds memory on long sessions). */
const POSTING_CACHE_LIMIT = 20_000;

/** A lunr.Index over `data`, plus the term → id map it was built with. */
export function createLunrIndex(
  data: ShardData,
  tokenSet: VocabularyTokenSet,
  vocabIndex: ReadonlyMap<string, number>,
): lunr.Index {
  const F = FIELD_COUNT;
  const postings = new Map<string, object>();
  const posting = (term: string): object | undefined => {
    let p = postings.get(term);
    if (p) return p;
    const t = vocabIndex.get(term);
    if (t === undefined) return undefined;
    const out: Record<string, unknown> = Object.create(null);
    out._index = t;
    for (let f = 0; f < F; f++) {
      const docs: Record<number, object> = Object.create(null);
      for (let k = data.postOffsets[t * F + f] as number; k < (data.postOffsets[t * F + f + 1] as number); k++) {
        docs[data.postDocs[k] as number] = NO_METADATA;
      }
      out[FIELDS[f] as string] = docs;
    }
    if (postings.size >= POSTING_CACHE_LIMIT) postings.clear();
    postings.set(term, out);
    p = out;
    return p;
  };
  const invertedIndex = new Proxy(Object.create(null) as object, {
    get: (_target, key) => (typeof key === 'string' ? posting(key) : undefined),
  });

  const fieldNumber = new Map<string, number>(FIELDS.map((f, i) => [f, i]));
  const fieldVectors = new Proxy(Object.create(null) as object, {
    get: (_target, key) => {
      if (typeof key !== 'string') return undefined;
      // lunr.FieldRef strings are "field/docRef"; our docRefs are shard-local ordinals.
      const slash = key.indexOf('/');
      const f = fieldNumber.get(key.slice(0, slash));
      const d = Number(key.slice(slash + 1));
      if (f === undefined || !Number.isInteger(d) || d < 0 || d >= data.docCount) return undefined;
      const a = data.vecOffsets[d * F + f] as number;
      const b = data.vecOffsets[d * F + f + 1] as number;
      // lunr.Vector only indexes `elements` and reads its length: a typed-array view works and copies nothing.
      return new lunr.Vector(data.vecData.subarray(2 * a, 2 * b) as unknown as number[]);
    },
  });

  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.stemmer);
  // @types/lunr names the vectors `documentVectors`; lunr 2.3.9 reads `fieldVectors`.
  const attrs = { invertedIndex, fieldVectors, tokenSet, fields: [...FIELDS], pipeline };
  return new lunr.Index(attrs as unknown as lunr.Index.Attributes);
}
