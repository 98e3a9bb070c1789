import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { TokenAnalyzer, forEachRawToken, rawTokens, trimToWord } from './analyzer.js';

describe('tokenizing like lunr', () => {
  it('splits on whitespace and hyphens, as lunr.tokenizer does, with offsets into the original text', () => {
    const text = 'US-China\u00a0trade  war\n(Huawei), İstanbul';
    const spans: string[] = [];
    forEachRawToken(text, (s, e) => spans.push(text.slice(s, e)));
    expect(spans).toEqual(['US', 'China', 'trade', 'war', '(Huawei),', 'İstanbul']);
    expect(rawTokens(text).map((t) => t.toLowerCase())).toEqual(lunr.tokenizer(text).map((t) => t.toString()));
  });

  it('analyzes tokens exactly as lunr’s index pipeline does', () => {
    const a = new TokenAnalyzer();
    const pipeline = new lunr.Pipeline();
    pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
    for (const raw of ['Running', '(Huawei),', 'the', 'THE', 'governments', '...', 'constructor', "Huawei's", '5G']) {
      const expected = pipeline.run(lunr.tokenizer(raw)).map((t) => t.toString());
      const got = a.analyze(raw);
      if (got.kind === 'term') expect([got.term]).toEqual(expected);
      else if (got.kind === 'stop') expect(expected).toEqual([]);
      else expect(expected).toEqual(['']); // lunr keeps punctuation as the empty term
    }
  });

  it('narrows a marked token to its letters and digits', () => {
    const text = '(Huawei), café… «5G»';
    const [s1, e1] = trimToWord(text, 0, 9);
    expect(text.slice(s1, e1)).toBe('Huawei');
    expect(text.slice(...trimToWord(text, 10, 15))).toBe('café');
    expect(text.slice(...trimToWord(text, 16, 20))).toBe('5G');
    expect(trimToWord(text, 14, 15)).toEqual([14, 15]);
  });
});
