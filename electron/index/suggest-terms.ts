/**
 * A claim, as a researcher typed it, as weighted index terms. Never parsed as query syntax:
 * `+1`, `-`, `AND`, quotes and colons are words or punctuation as in any sentence. Each word
 * is analysed like indexed text, in every language of the corpus (query-terms.ts: `réfugiés`
 * meets the French articles' stem and `refugees` the English ones); stop words are dropped,
 * and a word found twice counts twice.
 */
import { forEachRawToken } from '../../shared/search/analyzer.js';
import { analyzeQueryWords, splitAlternatives } from './query-terms.js';

/** An index term and how much it counts. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** The claim's terms; `has(term)`: whether the vocabulary holds it (terms it lacks are kept out). */
export function claimTerms(text: string, has: (term: string) => boolean): WeightedTerm[] {
  const counts = new Map<string, number>();
  forEachRawToken(text, (s, e) => {
    const [a] = analyzeQueryWords([text.slice(s, e)], has);
    if (a?.kind !== 'term') return;
    // A word with forms in several languages: each form the vocabulary has, sharing its weight.
    const forms = splitAlternatives(a.term).filter(has);
    for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1 / forms.length);
  });
  return [...counts].map(([term, weight]) => ({ term, weight }));
}
