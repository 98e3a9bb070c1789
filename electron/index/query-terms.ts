/**
 * How a query word becomes index terms when the corpus holds several languages.
 *
 * Each article is analysed in its own language (shared/search/language-analyzer.ts), but a
 * query has no language: `réfugiés` must find the French articles (French stem `refugi`) and
 * `refugees` the English ones (`refuge`). So a query word is analysed once per analysis the
 * corpus uses (the default one — English and unknown languages — plus each language with a
 * stemmer present), and matches any of the resulting terms the vocabulary holds:
 *
 * * A word on its own: every distinct term found in the vocabulary, joined by
 *   {@link ALTERNATIVES} into one lunr term. lunr expands it like a wildcard
 *   (VocabularyTokenSet#intersect), so a required word is satisfied by any of its forms, an
 *   excluded word excludes every form, and snippets and the reader's marks cover every form.
 *   When no analysis gives a term the vocabulary has but one gives a stop word, the word is a
 *   stop word (found on the token streams, weighted low: never refused).
 * * A phrase or a word that splits into several (`"droits de l'homme"`, `e-mail`): the words
 *   are analysed in the one analysis that finds most of them in the corpus (ties: the default
 *   analysis, then the corpus's languages in order), since a phrase is written in one language.
 * * A fuzzy word (`colour~1`) takes the first analysis whose term the vocabulary has: lunr's
 *   fuzzy automaton is built from a single word.
 *
 * With only English and unknown-language articles the default analysis is the only one, and
 * queries compile exactly as before languages existed.
 *
 * The corpus's analyses are set per worker thread by the search worker (every shard of a
 * corpus gets the same list, so every shard compiles a query the same way and scores stay
 * comparable).
 */
import type { Analysis } from '../../shared/search/analyzer.js';
import { DEFAULT_ANALYSIS, LanguageAnalyzers, analysisKeyOf, type AnalysisKey } from '../../shared/search/language-analyzer.js';

/** Joins the alternative terms of one query word (terms never hold whitespace). */
export const ALTERNATIVES = '\n';

/** The alternative terms of a compiled word (one term when it has no alternatives). */
export function splitAlternatives(term: string): string[] {
  return term.includes(ALTERNATIVES) ? term.split(ALTERNATIVES) : [term];
}

const analyzers = new LanguageAnalyzers();
let corpusKeys: readonly AnalysisKey[] = [DEFAULT_ANALYSIS];

/**
 * Sets the languages of the corpus being searched (codes, any order, duplicates allowed):
 * the analyses a query word is tried in. Called by the search worker when it opens a corpus.
 */
export function setCorpusLanguages(codes: readonly string[]): void {
  const keys = new Set<AnalysisKey>([DEFAULT_ANALYSIS]);
  for (const c of [...codes].sort()) keys.add(analysisKeyOf(c));
  corpusKeys = [...keys];
}

/** The analyses queries are tried in (default first). */
export function corpusAnalyses(): readonly AnalysisKey[] {
  return corpusKeys;
}

/**
 * The analyses of a clause's raw tokens (see the module comment). `has(term)`: whether the
 * vocabulary holds a term. `single`: the clause needs one term (fuzzy).
 */
export function analyzeQueryWords(raws: readonly string[], has: (term: string) => boolean, single = false): Analysis[] {
  const keys = corpusKeys;
  if (keys.length === 1) return raws.map((r) => analyzers.default.analyze(r));
  const byKey = keys.map((k) => raws.map((r) => analyzers.get(k).analyze(r)).filter((a) => a.kind !== 'empty'));
  const first = byKey[0] as Analysis[];
  if (first.length === 1 && !single && byKey.every((words) => words.length === 1)) return [oneWord(byKey.map((w) => w[0] as Analysis), has)];
  // A phrase (or a fuzzy word): the single analysis that knows most of its words.
  let best = first;
  let bestFound = -1;
  for (const words of byKey) {
    const found = words.filter((a) => a.kind === 'stop' || (a.kind === 'term' && has(a.term))).length;
    if (found > bestFound) {
      best = words;
      bestFound = found;
    }
  }
  return best;
}

/** One query word analysed in every analysis of the corpus → one analysis. */
function oneWord(analyses: readonly Analysis[], has: (term: string) => boolean): Analysis {
  const terms: string[] = [];
  for (const a of analyses) if (a.kind === 'term' && has(a.term) && !terms.includes(a.term)) terms.push(a.term);
  if (terms.length > 0) return { kind: 'term', term: terms.join(ALTERNATIVES) };
  const stop = analyses.find((a) => a.kind === 'stop');
  return stop ?? (analyses[0] as Analysis);
}
