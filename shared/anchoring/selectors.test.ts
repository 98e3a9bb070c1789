import { describe, expect, it } from 'vitest';
import { AnchorSelectors, TextPositionSelector, TextQuoteSelector } from './selectors.js';

const valid = {
  position: { type: 'TextPositionSelector', start: 4, end: 9 },
  quote: { type: 'TextQuoteSelector', exact: 'quick', prefix: 'The ', suffix: ' brown fox' },
};

/** The JSON paths of the problems zod reports, e.g. `quote.prefix`. */
function problems(value: unknown): string[] {
  const r = AnchorSelectors.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('selector schemas (validation of stored highlights on load)', () => {
  it('accepts well-formed selectors', () => {
    expect(AnchorSelectors.parse(valid)).toEqual(valid);
    expect(TextQuoteSelector.parse({ ...valid.quote, prefix: '', suffix: '' }).exact).toBe('quick');
  });

  it('rejects broken offsets: negative, fractional, reversed or empty ranges', () => {
    const at = (start: number, end: number) => ({ ...valid, position: { ...valid.position, start, end } });
    expect(problems(at(-1, 3))).toEqual(['position.start']);
    expect(problems(at(1.5, 3))).toEqual(['position.start']);
    expect(problems(at(9, 4))).toEqual(['position.end']);
    expect(problems(at(4, 4))).toEqual(['position.end']);
    expect(TextPositionSelector.safeParse({ type: 'TextPositionSelector', start: 0, end: 1e12 }).success).toBe(false);
  });

  it('rejects an empty quote and context longer than 32 characters', () => {
    expect(problems({ ...valid, quote: { ...valid.quote, exact: '' } })).toEqual(['quote.exact']);
    expect(problems({ ...valid, quote: { ...valid.quote, prefix: 'p'.repeat(33) } })).toEqual(['quote.prefix']);
    expect(problems({ ...valid, quote: { ...valid.quote, suffix: 's'.repeat(33) } })).toEqual(['quote.suffix']);
  });

  it('rejects a wrong type tag, a missing selector and unknown keys', () => {
    expect(problems({ ...valid, quote: { ...valid.quote, type: 'TextPositionSelector' } })).toEqual(['quote.type']);
    expect(problems({ position: valid.position })).toEqual(['quote']);
    expect(problems({ ...valid, note: 'smuggled' })).toEqual(['']);
    expect(problems({ ...valid, quote: { ...valid.quote, refinedBy: {} } })).toEqual(['quote']);
  });
});
