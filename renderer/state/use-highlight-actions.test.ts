import { describe, expect, it } from 'vitest';
import { claimTextFrom } from './use-highlight-actions.js';

describe('claimTextFrom', () => {
  it('proposes the passage’s first sentence, whitespace folded', () => {
    expect(claimTextFrom('The average household bill will rise by 9 per cent.\n  The plant cost £52m.')).toBe('The average household bill will rise by 9 per cent.');
    expect(claimTextFrom('  Bills rose   14%, not 9%  ')).toBe('Bills rose 14%, not 9%');
  });

  it('keeps abbreviations and numbers inside the sentence, and reads other scripts', () => {
    expect(claimTextFrom('Output is 6.8 million litres a day. It was meant to be 10.')).toBe('Output is 6.8 million litres a day.');
    expect(claimTextFrom('المحطة كلفت ٥٢ مليوناً. وهذا كثير.')).toBe('المحطة كلفت ٥٢ مليوناً.');
  });

  it('cuts a long sentence to the limit', () => {
    expect(claimTextFrom('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
