import { describe, expect, it } from 'vitest';
import { bestMatch, fuzzyCandidates, scoreMatch, similarity, type QuotePattern } from './match-quote.js';

const TEXT =
  'At dawn the ferry left the harbour with forty passengers, and at noon it reached the island, ' +
  'where the harbour master counted the passengers again.';

/** The score of the best place for `pattern` in TEXT, acceptable or not. */
function bestScore(pattern: QuotePattern): number {
  const scores = fuzzyCandidates(TEXT, pattern, undefined, true).map((c) => scoreMatch(TEXT, pattern, c).score);
  return Math.max(...scores);
}

describe('similarity', () => {
  it('is 1 for equal strings and for no stored context, 0 against nothing', () => {
    expect(similarity('the harbour', 'the harbour')).toBe(1);
    expect(similarity('anything', '')).toBe(1);
    expect(similarity('', 'the harbour')).toBe(0);
  });

  it('falls as more characters differ', () => {
    const a = similarity('the harbour', 'the harbor');
    const b = similarity('the harbour', 'a harbor');
    const c = similarity('the harbour', 'an airport');
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(c);
  });
});

describe('scoring candidates (weights as in Hypothesis: quote 50, prefix 20, suffix 20, position 2)', () => {
  it('ranks places by how similar the quote is', () => {
    const quotes = ['reached the island', 'reachd the island', 'reached an island', 'neared an isle'];
    const scores = quotes.map((exact) => bestScore({ exact, prefix: '', suffix: '' }));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
  });

  it('ranks places by how similar the prefix and the suffix are', () => {
    const prefixes = ['passengers, and at noon it ', 'passengers, and at noon ', 'travellers, and by noon ', 'nothing alike'];
    const byPrefix = prefixes.map((prefix) => bestScore({ exact: 'reached the island', prefix, suffix: '' }));
    for (let i = 1; i < byPrefix.length; i++) expect(byPrefix[i]).toBeLessThan(byPrefix[i - 1]!);
    const suffixes = [', where the harbour master', ', where the harbor master', ', where a pilot', ' nothing alike'];
    const bySuffix = suffixes.map((suffix) => bestScore({ exact: 'reached the island', prefix: '', suffix }));
    for (let i = 1; i < bySuffix.length; i++) expect(bySuffix[i]).toBeLessThan(bySuffix[i - 1]!);
  });

  it('picks the occurrence whose context fits, and nearness only among equals', () => {
    const first = TEXT.indexOf('the harbour');
    const second = TEXT.indexOf('the harbour', first + 1);
    const candidates = [first, second].map((start) => ({ start, end: start + 11, errors: 0 }));
    const master: QuotePattern = { exact: 'the harbour', prefix: 'the island, where ', suffix: ' master counted' };
    expect(bestMatch(TEXT, master, candidates, first)?.start).toBe(second);
    const bare: QuotePattern = { exact: 'the harbour', prefix: '', suffix: '' };
    expect(bestMatch(TEXT, bare, candidates, second)?.start).toBe(second);
    expect(bestMatch(TEXT, bare, candidates, first)?.start).toBe(first);
  });
});
