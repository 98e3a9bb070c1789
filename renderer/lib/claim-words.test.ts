import { describe, expect, it } from 'vitest';
import { claimWordMarks, termsOf } from './claim-words.js';

const marked = (claim: string, passage: string) => claimWordMarks(claim, passage).map(([s, e]) => passage.slice(s, e));

describe('claimWordMarks', () => {
  it('marks the claim’s words in their other forms, as search would find them', () => {
    expect(marked('The water tariffs rose', 'A rise in the Water Tariff, said the council; tariffs rising.')).toEqual(['Water', 'Tariff', 'tariffs']);
  });

  it('leaves out stop words and the punctuation around a word', () => {
    expect(marked('It is not the plant', '“The plant,” it is not (plant).')).toEqual(['plant', 'plant']);
    expect(termsOf('it is the')).toEqual(new Set());
    expect(claimWordMarks('it is the', 'it is the plant')).toEqual([]);
  });

  it('matches across accents and scripts', () => {
    expect(marked('Élysée', 'L’Elysee a dit')).toEqual(['Elysee']);
    expect(marked('محطة التحلية', 'افتتحت محطة جديدة')).toEqual(['محطة']);
  });

  it('gives offsets into the passage itself (UTF-16)', () => {
    const passage = '😀 tariff';
    expect(claimWordMarks('tariff', passage)).toEqual([[3, 9]]);
  });
});
