import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('turns Windows and old Mac line endings into \\n', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('composes decomposed characters (NFC) so quotes match', () => {
    const decomposed = 'cafe\u0301';
    expect(normalizeText(decomposed)).toBe('caf\u00e9');
  });

  it('collapses spaces and tabs, keeps paragraphs, drops invisible characters', () => {
    expect(normalizeText('\uFEFF  One\t\u00a0two  \n\n\n\nThree\u200B four  ')).toBe('One two\n\nThree four');
  });

  it('is idempotent', () => {
    const once = normalizeText(' x \r\n\r\n\r\n y\u00a0z ');
    expect(normalizeText(once)).toBe(once);
  });
});

describe('normalizeLine', () => {
  it('joins lines into one', () => {
    expect(normalizeLine('  A\n title\t here ')).toBe('A title here');
  });
});
