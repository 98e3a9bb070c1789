import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs.js';

const texts = (text: string) => splitParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    const text = 'Title\n\nFirst line\nsecond line\n\nLast';
    expect(texts(text)).toEqual(['Title', 'First line\nsecond line', 'Last']);
  });

  it('returns offsets that index the original text exactly', () => {
    const text = 'One\n\n\nTwo \n \nThree';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 10 },
      { start: 13, end: 18 },
    ]);
  });

  it('drops empty and whitespace-only paragraphs', () => {
    expect(texts('\n\nA\n\n  \n\n')).toEqual(['A']);
    expect(splitParagraphs('')).toEqual([]);
  });

  it('makes each line a paragraph in a text without any blank line (web text saved as .txt)', () => {
    expect(splitParagraphs('first para\nsecond para')).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 22 },
    ]);
  });
});
