/**
 * Marks a claim's words in a suggested passage, the way search marks a query's words: both
 * go through the index's own analysis (shared/search/analyzer.ts: folding, English stop words,
 * stemming), so "tariffs" in a claim marks "tariff" in a passage, and "Élysée" marks "elysee".
 * Only marks: the passage itself is rendered as text (MarkedText), never as markup.
 */
import type { TextRange } from '../../shared/api.js';
import { forEachRawToken, TokenAnalyzer, trimToWord } from '../../shared/search/analyzer.js';
import { mergeRanges } from '../../shared/search/snippet.js';

// One analyzer for the window: it remembers each distinct word, and claims and passages
// repeat theirs.
const analyzer = new TokenAnalyzer();

/** The indexed terms of `text` (stop words and punctuation left out). */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  forEachRawToken(text, (s, e) => {
    const a = analyzer.analyze(text.slice(s, e));
    if (a.kind === 'term') terms.add(a.term);
  });
  return terms;
}

/**
 * Where the words of `claim` occur in `passage`: one [start, end) per word, trimmed of the
 * punctuation around it, adjacent words kept apart (each is its own mark). Empty when the
 * claim has no indexed word.
 */
export function claimWordMarks(claim: string | ReadonlySet<string>, passage: string): TextRange[] {
  const terms = typeof claim === 'string' ? termsOf(claim) : claim;
  if (terms.size === 0) return [];
  const marks: TextRange[] = [];
  forEachRawToken(passage, (s, e) => {
    const a = analyzer.analyze(passage.slice(s, e));
    if (a.kind === 'term' && terms.has(a.term)) marks.push(trimToWord(passage, s, e));
  });
  return mergeRanges(marks);
}
