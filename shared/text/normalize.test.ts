import { describe, expect, it } from 'vitest';
import { isDroppedByNormalization, normalizeLine, normalizeText } from './normalize.js';

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

  it('drops soft hyphens and word joiners, so a quote typed without them matches', () => {
    expect(normalizeText('manip\u00ADulation and co\u2060operation')).toBe('manipulation and cooperation');
  });

  it('composes a letter and its accent once an invisible character between them is gone', () => {
    expect(normalizeText('cafe\u00AD\u0301')).toBe('caf\u00e9');
  });

  it('keeps ZWJ in emoji sequences and ZWNJ/ZWJ in Persian and Indic spelling', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'; // 👨‍👩‍👧
    const persian = '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'; // می‌خواهم
    const hindi = '\u0915\u094D\u200D\u0937'; // क्‍ष
    const text = `${family} ${persian} ${hindi}`;
    expect(normalizeText(text)).toBe(text);
    expect(normalizeLine(` ${persian} `)).toBe(persian);
  });

  it('keeps the directional marks LRM, RLM and ALM', () => {
    const text = '\u05E9\u05DC\u05D5\u05DD\u200F! \u200Eabc\u200E \u0627\u061C1';
    expect(normalizeText(text)).toBe(text);
  });

  it('drops bidi embeddings, overrides and isolates, which make displayed text differ from stored text', () => {
    // "Trojan Source": the override displays "live" as "evil"; isolates move runs around.
    expect(normalizeText('access \u202Elive\u202C granted')).toBe('access live granted');
    expect(normalizeText('\u2066a\u2069 \u2067b\u2069 \u2068c\u2069 \u202Ad\u202C \u202Be\u202C \u202Df\u202C')).toBe('a b c d e f');
    expect(normalizeLine('Title \u202Egnirts\u202C')).toBe('Title gnirts');
  });

  it('is idempotent', () => {
    const once = normalizeText(' x \r\n\r\n\r\n y\u00a0z \u200D\u200C\u200F\u202E ');
    expect(normalizeText(once)).toBe(once);
  });
});

describe('isDroppedByNormalization', () => {
  it('names exactly the characters normalization removes', () => {
    for (const c of ['\u0000', '\u00AD', '\u200B', '\u2060', '\uFEFF', '\u202E', '\u2066']) expect(isDroppedByNormalization(c)).toBe(true);
    for (const c of ['a', ' ', '\n', '\u200C', '\u200D', '\u200E', '\u061C']) expect(isDroppedByNormalization(c)).toBe(false);
    // Repeated calls give the same answer (no regex state carried between them).
    expect(isDroppedByNormalization('\u200B')).toBe(true);
  });
});

describe('normalizeLine', () => {
  it('joins lines into one', () => {
    expect(normalizeLine('  A\n title\t here ')).toBe('A title here');
  });
});
