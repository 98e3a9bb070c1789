import { describe as suite, expect, it } from 'vitest';
import { describe } from './describe.js';
import { AnchorSelectors, CONTEXT_LENGTH } from './selectors.js';

const TEXT =
  'The harbour bridge will close for repairs on 3 March, the council said. ' +
  'Ferries will run every twenty minutes while the work lasts.';

/** A lone surrogate anywhere in `s` (what cutting a surrogate pair leaves behind). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function rangeOf(text: string, words: string): [number, number] {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture text lacks "${words}"`);
  return [start, start + words.length];
}

suite('describe', () => {
  it('stores the exact words, their offsets and 32 characters of context on each side', () => {
    const [start, end] = rangeOf(TEXT, 'close for repairs');
    const d = describe(TEXT, start, end);
    expect(d).toEqual({
      position: { type: 'TextPositionSelector', start, end },
      quote: {
        type: 'TextQuoteSelector',
        exact: 'close for repairs',
        prefix: 'The harbour bridge will ',
        suffix: ' on 3 March, the council said. F',
      },
    });
    expect(d?.quote.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(AnchorSelectors.safeParse(d).success).toBe(true);
  });

  it('leaves the prefix empty at the start of the text and the suffix empty at its end', () => {
    const first = describe(TEXT, 0, 3);
    expect(first?.quote).toMatchObject({ exact: 'The', prefix: '' });
    const last = describe(TEXT, TEXT.length - 6, TEXT.length);
    expect(last?.quote).toMatchObject({ exact: 'lasts.', suffix: '' });
    expect(last?.quote.prefix).toBe(TEXT.slice(TEXT.length - 6 - CONTEXT_LENGTH, TEXT.length - 6));
  });

  it('clamps offsets outside the text and turns a backwards selection around', () => {
    expect(describe(TEXT, -10, 3)?.position).toMatchObject({ start: 0, end: 3 });
    expect(describe(TEXT, TEXT.length - 6, TEXT.length + 50)?.quote.exact).toBe('lasts.');
    const [start, end] = rangeOf(TEXT, 'Ferries');
    expect(describe(TEXT, end, start)).toEqual(describe(TEXT, start, end));
  });

  it('drops white space and line breaks that the selection spilled over', () => {
    const text = 'First paragraph ends here.\n\nSecond one starts.';
    const d = describe(text, text.indexOf('here') - 1, text.indexOf('Second'));
    expect(d?.quote.exact).toBe('here.');
    expect(d?.position).toMatchObject({ start: text.indexOf('here'), end: text.indexOf('here') + 5 });
  });

  it('returns null for an empty or white-space-only range: there is nothing to highlight', () => {
    expect(describe(TEXT, 5, 5)).toBeNull();
    const text = 'one\n\ntwo';
    expect(describe(text, 3, 5)).toBeNull();
    expect(describe('', 0, 10)).toBeNull();
  });

  it('refuses offsets that are not integers (a caller bug), naming them', () => {
    expect(() => describe(TEXT, 1.5, 4)).toThrow(RangeError);
    expect(() => describe(TEXT, 0, Number.NaN)).toThrow(/0\.\.NaN/);
  });

  suite('Unicode', () => {
    const EMOJI = 'Turnout hit a record 🎉 and the mayor 👩🏽‍💼 thanked volunteers 🇫🇷 in person.';

    it('widens a range that ends inside a surrogate pair to take the whole emoji', () => {
      const party = EMOJI.indexOf('🎉');
      const d = describe(EMOJI, EMOJI.indexOf('record'), party + 1);
      expect(d?.quote.exact).toBe('record 🎉');
      expect(d?.position.end).toBe(party + 2);
    });

    it('widens a range that starts inside a surrogate pair', () => {
      const party = EMOJI.indexOf('🎉');
      const d = describe(EMOJI, party + 1, party + 6);
      expect(d?.quote.exact).toBe('🎉 and');
      expect(d?.position.start).toBe(party);
    });

    it('keeps emoji sequences (skin tone, ZWJ, flags) whole rather than cutting between their code points', () => {
      const worker = EMOJI.indexOf('👩🏽‍💼');
      // End after the woman and skin tone, before the joiner and briefcase.
      const d = describe(EMOJI, EMOJI.indexOf('mayor'), worker + 4);
      expect(d?.quote.exact).toBe('mayor 👩🏽‍💼');
      const flag = EMOJI.indexOf('🇫🇷');
      expect(describe(EMOJI, flag, flag + 2)?.quote.exact).toBe('🇫🇷');
    });

    it('shortens the context instead of cutting an emoji at its edge', () => {
      const text = 'ab🎉' + 'x'.repeat(31) + 'QUOTE' + 'y'.repeat(31) + '🎉cd';
      const d = describe(text, text.indexOf('QUOTE'), text.indexOf('QUOTE') + 5);
      expect(d?.quote.prefix).toBe('x'.repeat(31));
      expect(d?.quote.suffix).toBe('y'.repeat(31));
      for (let start = 0; start < EMOJI.length; start++) {
        const any = describe(EMOJI, start, Math.min(EMOJI.length, start + 3));
        if (!any) continue;
        for (const s of [any.quote.exact, any.quote.prefix, any.quote.suffix]) {
          expect(s, `range from ${start}`).not.toMatch(LONE_SURROGATE);
        }
      }
    });

    it('keeps a combining accent with its letter in decomposed (NFD) text', () => {
      const nfd = 'Le cafe\u0301 du port ferme.';
      const e = nfd.indexOf('e\u0301');
      const d = describe(nfd, nfd.indexOf('cafe'), e + 1);
      expect(d?.quote.exact).toBe('cafe\u0301');
      const nfc = nfd.normalize('NFC');
      expect(describe(nfc, nfc.indexOf('café'), nfc.indexOf('café') + 4)?.quote.exact).toBe('café');
    });

    it('describes CJK text, where words are not separated by spaces', () => {
      const cjk = '河畔镇议会周二投票决定，将磨坊街大桥的维修推迟到明年春天。议会称预算缺口达一百二十万欧元。';
      const [start, end] = rangeOf(cjk, '磨坊街大桥的维修');
      const d = describe(cjk, start, end);
      expect(d?.quote).toEqual({
        type: 'TextQuoteSelector',
        exact: '磨坊街大桥的维修',
        prefix: '河畔镇议会周二投票决定，将',
        suffix: '推迟到明年春天。议会称预算缺口达一百二十万欧元。',
      });
    });
  });
});
