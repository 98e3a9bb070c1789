/**
 * "Did you mean …?": when a search finds nothing, close terms from the index's vocabulary
 * for each word the index does not have (`huawai` → `huawei`).
 *
 * Each shard proposes candidates ({@link shardCandidates}); the vocabulary and its document
 * frequencies are global, so every shard proposes the same terms, but only a shard holding a
 * term can say how it is written in an article (the vocabulary holds stems: "countri"). The
 * service merges them and writes the corrected queries ({@link correctedQueries}).
 */
import { TokenAnalyzer, rawTokens } from '../../shared/search/analyzer.js';
import { editDistance } from '../../shared/search/edit-distance.js';
import { parseQuery } from '../../shared/search/query-parser.js';
import { TokenSetStatic, type VocabularyTokenSet } from './lunr-index.js';
import { FIELD_ALIASES, FIELDS } from './shard-data.js';

/** A vocabulary term that could replace an unknown query word. */
export interface SuggestionCandidate {
  /** The query word it replaces, [start, end) in the query. */
  span: [number, number];
  /** The indexed term (a stem). */
  term: string;
  /** The term as written in an article (lower case), when this shard has one; else null. */
  surface: string | null;
  /** Edit distance between the query word's stem and the term. */
  distance: number;
  /** Global document frequency: (document, field) pairs holding the term. */
  df: number;
}

/** What a shard lends to the search for candidates. */
export interface SuggestionSource {
  vocabIndex: ReadonlyMap<string, number>;
  tokenSet: VocabularyTokenSet;
  df: Uint32Array;
  /** How term `id` is written in one of this shard's articles, or null. */
  surface(id: number): string | null;
}

/** Candidates kept per unknown word, and corrected queries offered. */
export const MAX_SUGGESTIONS = 3;
/** Shorter words get no suggestions: within an edit or two of "5g" lies half the vocabulary. */
const MIN_WORD_LENGTH = 3;

const analyzer = new TokenAnalyzer();


/**
 * Candidates for every word of `query` that the vocabulary lacks: wanted (not excluded),
 * not a wildcard, one indexed term after analysis. At most {@link MAX_SUGGESTIONS} per word,
 * closest first, then the most frequent. Up to 2 edits, 1 for words of 4 letters or fewer.
 */
export function shardCandidates(query: string, source: SuggestionSource): SuggestionCandidate[] {
  const parsed = parseQuery(query, { fields: FIELDS, aliases: FIELD_ALIASES });
  if (!parsed.ok) return [];
  const out: SuggestionCandidate[] = [];
  for (const c of parsed.value.clauses) {
    if (c.kind !== 'term' || c.wildcard || c.presence === 'prohibited') continue;
    const words = rawTokens(c.text).map((raw) => analyzer.analyze(raw));
    const only = words.length === 1 ? words[0] : undefined;
    if (only?.kind !== 'term' || source.vocabIndex.has(only.term) || only.term.length < MIN_WORD_LENGTH) continue;
    const max = only.term.length <= 4 ? 1 : 2;
    const found: SuggestionCandidate[] = [];
    const automaton = TokenSetStatic.fromClause({ term: only.term, editDistance: max });
    for (const term of source.tokenSet.full().intersect(automaton).toArray()) {
      const id = source.vocabIndex.get(term);
      const distance = editDistance(only.term, term, max);
      if (id === undefined || distance > max) continue;
      found.push({ span: c.span, term, surface: null, distance, df: source.df[id] as number });
    }
    found.sort(byCloseness);
    for (const f of found.slice(0, MAX_SUGGESTIONS)) {
      f.surface = source.surface(source.vocabIndex.get(f.term) as number);
      out.push(f);
    }
  }
  return out;
}

function byCloseness(a: SuggestionCandidate, b: SuggestionCandidate): number {
  return a.distance - b.distance || b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

/** Whether `surface` (as written in an article) searches for `term`: then it is what to suggest. */
export function spellsTerm(surface: string, term: string): boolean {
  const a = analyzer.analyze(surface);
  return a.kind === 'term' && a.term === term;
}

/**
 * Merges every shard's candidates and writes up to {@link MAX_SUGGESTIONS} corrected
 * queries: the first replaces each unknown word by its best candidate, the next ones by the
 * second and third. Words are replaced where they stand, so operators, fields and the other
 * words stay as typed.
 */
export function correctedQueries(query: string, perShard: readonly (readonly SuggestionCandidate[])[]): string[] {
  const bySpan = new Map<string, Map<string, SuggestionCandidate>>();
  for (const list of perShard) {
    for (const c of list) {
      const key = `${c.span[0]}:${c.span[1]}`;
      const terms = bySpan.get(key) ?? new Map<string, SuggestionCandidate>();
      bySpan.set(key, terms);
      const seen = terms.get(c.term);
      if (!seen) terms.set(c.term, { ...c });
      else if (seen.surface === null) seen.surface = c.surface;
    }
  }
  const words = [...bySpan.values()]
    .map((terms) => [...terms.values()].sort(byCloseness).slice(0, MAX_SUGGESTIONS))
    .filter((list) => list.length > 0)
    // Replace from the end, so the earlier spans stay where they are.
    .sort((a, b) => (b[0] as SuggestionCandidate).span[0] - (a[0] as SuggestionCandidate).span[0]);
  const longest = Math.max(0, ...words.map((w) => w.length));
  const out: string[] = [];
  for (let rank = 0; rank < longest; rank++) {
    let q = query;
    for (const list of words) {
      const c = list[Math.min(rank, list.length - 1)] as SuggestionCandidate;
      q = q.slice(0, c.span[0]) + (c.surface ?? c.term) + q.slice(c.span[1]);
    }
    if (q !== query && !out.includes(q)) out.push(q);
  }
  return out;
}
