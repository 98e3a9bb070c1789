/**
 * Compiles a query for one shard: parses it (shared/search/query-parser), analyzes its words
 * exactly like indexed text (tokenizer, trimmer, stop words, stemmer), expands wildcards and
 * fuzzy words against the vocabulary, and turns phrases into token-id sequences.
 *
 * Very common words (lunr's stop words: us, who, said, the) are not in lunr's index, but a
 * word the researcher typed is never refused: it becomes a one-word phrase, found on the
 * token streams (which keep stop words), as quoted phrases are. How it counts depends on
 * what else the query asks for:
 *  - required (`+us`, `us AND huawei`) or excluded: it filters, like any word;
 *  - optional, beside other words or phrases (`huawei us`): it only adds a little to the
 *    score of articles having it ({@link CompiledQuery.boosts}). Such a word is in most
 *    articles, so letting it bring in articles of its own would list nearly the whole corpus;
 *  - the query has nothing else (`US`, `who`, `title:wants`): articles having it are found
 *    by scanning the streams, with a low score that grows with its occurrences.
 * The index is unchanged: no stop word is added to lunr's inverted index.
 */
import type { Result } from '../../shared/result.js';
import { rawTokens, wildcardPattern } from '../../shared/search/analyzer.js';
import { ALL_STOP_WORD_IDS as STOP_WORD_IDS } from '../../shared/search/stemmers.js';
import { analyzeQueryWords, splitAlternatives } from './query-terms.js';
import { err, ok } from '../../shared/search/outcome.js';
import { parseQuery, type ParsedQuery, type Presence } from '../../shared/search/query-parser.js';
import { TokenSetStatic, type VocabularyTokenSet } from './lunr-index.js';
import { FIELD_ALIASES, FIELDS, STOP_ID_COUNT } from './shard-data.js';

/** A word clause after analysis. */
export interface CompiledTerm {
  fields: number[];
  presence: Presence;
  boost: number;
  /** What lunr looks up: a stem, or a lower-cased wildcard pattern. */
  lunrTerm: string;
  editDistance: number;
  /** Stream ids of every vocabulary term the clause matches (after wildcard/fuzzy expansion). */
  streamIds: Set<number>;
  /** Those terms as strings (to read lunr's match data). */
  terms: Set<string>;
}

/** A phrase clause after analysis. */
export interface CompiledPhrase {
  fields: number[];
  presence: Presence;
  boost: number;
  /** Stream ids of the phrase's words, in order; -1 = a word the corpus does not have. */
  seq: number[];
  /** Distinct indexed terms of the phrase (stop words are not indexed). */
  words: string[];
  /** Index in `seq` of the rarest word, where phrase matching starts looking. */
  pivot: number;
}

export interface CompiledQuery {
  terms: CompiledTerm[];
  phrases: CompiledPhrase[];
  /** Optional very common words beside other clauses: they raise a document's score a little, never match on their own. */
  boosts: CompiledPhrase[];
}

const ALL_FIELDS = FIELDS.map((_, i) => i);
/** How many compiled queries are remembered. */
const COMPILED_CACHE = 32;

export class QueryCompiler {
  /** Recently compiled queries: the reader asks for the hits of the query it just searched. */
  private readonly compiled = new Map<string, Result<CompiledQuery>>();

  private readonly vocabIndex: ReadonlyMap<string, number>;
  private readonly tokenSet: VocabularyTokenSet;

  constructor(vocabIndex: ReadonlyMap<string, number>, tokenSet: VocabularyTokenSet) {
    this.vocabIndex = vocabIndex;
    this.tokenSet = tokenSet;
  }

  /** Parses and compiles `query`; a bad query gives `bad-query` with a message for the researcher. */
  compile(query: string): Result<CompiledQuery> {
    let c = this.compiled.get(query);
    if (c) {
      // Most recently used last.
      this.compiled.delete(query);
    } else {
      const parsed = parseQuery(query, { fields: FIELDS, aliases: FIELD_ALIASES });
      c = parsed.ok ? this.compileParsed(parsed.value) : parsed;
      if (this.compiled.size >= COMPILED_CACHE) this.compiled.delete(this.compiled.keys().next().value as string);
    }
    this.compiled.set(query, c);
    return c;
  }

  private compileParsed(parsed: ParsedQuery): Result<CompiledQuery> {
    const terms: CompiledTerm[] = [];
    const phrases: CompiledPhrase[] = [];
    /** Optional stop words written as words (not quoted). */
    const common: CompiledPhrase[] = [];
    for (const c of parsed.clauses) {
      const fields = c.field === null ? ALL_FIELDS : [FIELDS.indexOf(c.field as (typeof FIELDS)[number])];
      if (c.kind === 'term' && c.wildcard) {
        // Folded as indexed terms are (accents, case, every script): `élys*`, `обору*`.
        const pattern = wildcardPattern(c.text);
        if (/[\s-]/.test(pattern)) {
          return err('bad-query', `“${c.text}”: a wildcard works within one word; search for the words separately or as a "phrase".`);
        }
        if (pattern.replace(/\*/g, '') === '') continue;
        terms.push(this.term(fields, c.presence, c.boost, pattern, 0));
        continue;
      }
      // Analysed in each language of the corpus (query-terms.ts): a word may have several forms.
      const has = (term: string) => this.vocabIndex.has(term);
      const words = analyzeQueryWords(rawTokens(c.text), has, c.kind === 'term' && c.editDistance > 0).filter((a) => a.kind !== 'empty');
      if (words.length === 0) continue;
      const only = words[0];
      if (words.length === 1 && only?.kind === 'term') {
        terms.push(this.term(fields, c.presence, c.boost, only.term, c.kind === 'term' ? c.editDistance : 0));
        continue;
      }
      // A quoted phrase, a word that tokenizes into several (e-mail, U.S.-China), or a stop
      // word on its own (see the module comment; fuzziness on a stop word is ignored, as
      // every word within an edit or two of "us" is a stop word or noise): adjacency.
      const seq = words.map((a) =>
        a.kind === 'stop' ? (STOP_WORD_IDS.get(a.word) ?? -1) : a.kind === 'term' ? this.streamId(a.term) : -1,
      );
      const indexed = new Set<string>();
      for (const a of words) if (a.kind === 'term') indexed.add(a.term);
      const phrase = { fields, presence: c.presence, boost: c.boost, seq, words: [...indexed], pivot: this.rarest(seq) };
      if (c.kind === 'term' && words.length === 1 && c.presence === 'optional') common.push(phrase);
      else phrases.push(phrase);
    }
    const positive = terms.some((t) => t.presence !== 'prohibited') || phrases.some((p) => p.presence !== 'prohibited');
    // Only common words asked for: they are what to find. Beside other words: they only weigh.
    if (!positive) return ok({ terms, phrases: [...phrases, ...common], boosts: [] });
    return ok({ terms, phrases, boosts: common });
  }

  /**
   * Index in `seq` of the phrase's rarest word: term ids follow corpus frequency (most
   * frequent first), so it is the highest id, the same in every shard. Stop words count as
   * the most common.
   */
  private rarest(seq: number[]): number {
    let best = 0;
    let bestId = -1;
    seq.forEach((id, i) => {
      if (id >= STOP_ID_COUNT && id > bestId) {
        best = i;
        bestId = id;
      }
    });
    return best;
  }

  private streamId(term: string): number {
    const t = this.vocabIndex.get(term);
    return t === undefined ? -1 : STOP_ID_COUNT + t;
  }

  private term(fields: number[], presence: Presence, boost: number, lunrTerm: string, editDistance: number): CompiledTerm {
    const terms = new Set<string>();
    if (editDistance > 0 || lunrTerm.includes('*')) {
      const clause = editDistance > 0 ? { term: lunrTerm, editDistance } : { term: lunrTerm };
      for (const t of this.tokenSet.full().intersect(TokenSetStatic.fromClause(clause)).toArray()) terms.add(t);
    } else {
      for (const t of splitAlternatives(lunrTerm)) if (this.vocabIndex.has(t)) terms.add(t);
    }
    const streamIds = new Set<number>();
    for (const t of terms) streamIds.add(this.streamId(t));
    return { fields, presence, boost, lunrTerm, editDistance, streamIds, terms };
  }
}
