/**
 * Compiles a query for one shard: parses it (shared/search/query-parser), analyzes its words
 * exactly like indexed text (tokenizer, trimmer, stop words, stemmer), expands wildcards and
 * fuzzy words against the vocabulary, and turns phrases into token-id sequences.
 */
import type { Result } from '../../shared/result.js';
import { TokenAnalyzer, STOP_WORD_IDS, rawTokens } from '../../shared/search/analyzer.js';
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
}

const ALL_FIELDS = FIELDS.map((_, i) => i);
const WILDCARD_TRIM = /^[^\w*]+|[^\w*]+$/g;
/** How many compiled queries are remembered. */
const COMPILED_CACHE = 32;

export class QueryCompiler {
  private readonly analyzer = new TokenAnalyzer();
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
    const tooCommon: string[] = [];
    for (const c of parsed.clauses) {
      const fields = c.field === null ? ALL_FIELDS : [FIELDS.indexOf(c.field as (typeof FIELDS)[number])];
      if (c.kind === 'term' && c.wildcard) {
        const pattern = c.text.toLowerCase().replace(WILDCARD_TRIM, '');
        if (/[\s-]/.test(pattern)) {
          return err('bad-query', `“${c.text}”: a wildcard works within one word; search for the words separately or as a "phrase".`);
        }
        if (pattern.replace(/\*/g, '') === '') continue;
        terms.push(this.term(fields, c.presence, c.boost, pattern, 0));
        continue;
      }
      const words = rawTokens(c.text)
        .map((raw) => this.analyzer.analyze(raw))
        .filter((a) => a.kind !== 'empty');
      if (words.length === 0) continue;
      const only = words[0];
      if (words.length === 1 && only?.kind === 'term') {
        terms.push(this.term(fields, c.presence, c.boost, only.term, c.kind === 'term' ? c.editDistance : 0));
        continue;
      }
      if (words.length === 1 && only?.kind === 'stop' && c.kind === 'term') {
        // lunr does not index stop words; on its own such a word cannot be searched for.
        if (c.presence !== 'prohibited') tooCommon.push(only.word);
        continue;
      }
      // A quoted phrase, or a word that tokenizes into several (e-mail, U.S.-China): adjacency.
      const seq = words.map((a) =>
        a.kind === 'stop' ? (STOP_WORD_IDS.get(a.word) ?? -1) : a.kind === 'term' ? this.streamId(a.term) : -1,
      );
      const indexed = new Set<string>();
      for (const a of words) if (a.kind === 'term') indexed.add(a.term);
      phrases.push({ fields, presence: c.presence, boost: c.boost, seq, words: [...indexed], pivot: this.rarest(seq) });
    }
    const positive = terms.some((t) => t.presence !== 'prohibited') || phrases.some((p) => p.presence !== 'prohibited');
    if (!positive && tooCommon.length > 0) {
      const one = tooCommon.length === 1;
      const shown = tooCommon.map((w) => `“${w}”`).join(', ');
      return err(
        'bad-query',
        `${shown} ${one ? 'is a word' : 'are words'} too common to be indexed on ${one ? 'its' : 'their'} own. ` +
          `Add another word, or put it in quotes to find it anyway, e.g. "${tooCommon.join(' ')}".`,
      );
    }
    return ok({ terms, phrases });
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
    } else if (this.vocabIndex.has(lunrTerm)) {
      terms.add(lunrTerm);
    }
    const streamIds = new Set<number>();
    for (const t of terms) streamIds.add(this.streamId(t));
    return { fields, presence, boost, lunrTerm, editDistance, streamIds, terms };
  }
}
