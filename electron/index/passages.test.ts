import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, SentenceCache, splitSentences } from './passages.js';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at . ! ? and line breaks, keeping closing quotes, trimming whitespace', () => {
    expect(texts('  Bills rose 9%. Did they? “Yes!” she said.\n\nA new paragraph\nand a line')).toEqual(['Bills rose 9%.', 'Did they?', '“Yes!”', 'she said.', 'A new paragraph', 'and a line']);
  });

  it('does not end a sentence after an abbreviation, an initial or inside a number', () => {
    expect(texts('Dr. Anand and J. R. Smith of the U.S. Navy met e.g. twice. It cost £3.1 million.')).toEqual([
      'Dr. Anand and J. R. Smith of the U.S. Navy met e.g. twice.',
      'It cost £3.1 million.',
    ]);
  });

  it('splits Chinese at its full stops and cuts a run without punctuation into readable pieces', () => {
    expect(texts('华为否认指控。美国施压盟友！')).toEqual(['华为否认指控。', '美国施压盟友！']);
    const long = 'word '.repeat(400);
    const parts = splitSentences(long);
    expect(parts.length).toBeGreaterThan(4);
    for (const p of parts) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(long.slice(p.start, p.end)).toMatch(/^word( word)*$/);
    }
  });

  it('answers nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

describe('SentenceCache', () => {
  it('keeps the latest articles only', () => {
    const cache = new SentenceCache(2);
    const a = cache.get(1, 'One. Two.');
    expect(cache.get(1, 'ignored, cached')).toBe(a);
    cache.get(2, 'B.');
    cache.get(3, 'C.');
    expect(cache.get(1, 'Changed.')).toEqual([{ start: 0, end: 8 }]);
  });
});
