import { describe as suite, expect, it } from 'vitest';
import { anchor, type AnchorResult } from './anchor.js';
import { describe } from './describe.js';
import type { AnchorSelectors } from './selectors.js';

const TEXT =
  'The harbour bridge will close for repairs on 3 March, the council said. ' +
  'Ferries will run every twenty minutes while the work lasts, and fares stay at 2 euros. ' +
  'Residents asked for a night service; the council said it would consider one.';

/** Highlights `words` (the first occurrence at or after `from`) in `text`. */
function highlight(text: string, words: string, from = 0): AnchorSelectors {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`fixture text lacks "${words}"`);
  const d = describe(text, start, start + words.length);
  if (!d) throw new Error('nothing to highlight');
  return d;
}

/** The `n` characters after a result (to tell which occurrence it is). */
function after(text: string, r: AnchorResult | null, n: number): string | null {
  return r && text.slice(r.end, r.end + n);
}

/** The words a result covers, and how it was found. */
function found(text: string, r: AnchorResult | null): [string, string] | null {
  return r && [text.slice(r.start, r.end), r.method];
}

suite('anchor', () => {
  it('finds a highlight by its position while the text is unchanged', () => {
    const h = highlight(TEXT, 'every twenty minutes');
    expect(anchor(TEXT, h)).toEqual({ start: h.position.start, end: h.position.end, method: 'position' });
  });

  suite('text edited before, after and inside a highlight', () => {
    const h = highlight(TEXT, 'Ferries will run every twenty minutes');

    it('follows the words when text inserted before them shifts the offsets', () => {
      const edited = 'UPDATED: ' + TEXT;
      const r = anchor(edited, h);
      expect(found(edited, r)).toEqual(['Ferries will run every twenty minutes', 'quote']);
      expect(r?.start).toBe(h.position.start + 'UPDATED: '.length);
    });

    it('follows the words when text deleted before them shifts the offsets back', () => {
      const edited = TEXT.replace('harbour ', '');
      const r = anchor(edited, h);
      expect(found(edited, r)).toEqual(['Ferries will run every twenty minutes', 'quote']);
      expect(r?.start).toBe(h.position.start - 'harbour '.length);
    });

    it('keeps the position when only text after the highlight changed', () => {
      const edited = TEXT.replace('while the work lasts', 'until the work ends');
      expect(anchor(edited, h)).toEqual({ start: h.position.start, end: h.position.end, method: 'position' });
    });

    it('re-finds a lightly edited passage approximately and covers the new words', () => {
      const edited = 'UPDATED: ' + TEXT.replace('Ferries will run every', 'Ferries are to run every');
      expect(found(edited, anchor(edited, h))).toEqual(['Ferries are to run every twenty minutes', 'fuzzy']);
    });

    it('widens an approximate match to whole words rather than stopping inside an edited one', () => {
      const h = highlight(TEXT, 'every twenty minutes while the work lasts');
      const edited = TEXT.replace('the work lasts', 'the work lasted');
      expect(found(edited, anchor(edited, h))).toEqual(['every twenty minutes while the work lasted', 'fuzzy']);
    });

    it('re-finds an edited short quote even where its old wording still occurs elsewhere', () => {
      const h = highlight(TEXT, 'the council said', TEXT.indexOf('Residents'));
      const edited = TEXT.replace('; the council said it', '; the council says it');
      expect(edited).toContain('3 March, the council said.');
      const r = anchor(edited, h);
      expect(found(edited, r)).toEqual(['the council says', 'fuzzy']);
      expect(after(edited, r, 3)).toBe(' it');
    });

    it('orphans a passage when more than a quarter of it was reworded, though it is still in place', () => {
      const edited = TEXT.replace('Ferries will run every twenty minutes', 'Ferries may run every half hour');
      expect(anchor(edited, h)).toBeNull();
    });

    it('orphans a passage rewritten beyond recognition instead of moving it', () => {
      const edited = TEXT.replace('Ferries will run every twenty minutes', 'A replacement boat is planned');
      expect(anchor(edited, h)).toBeNull();
    });

    it('orphans a passage whose number changed: numbers are what is being checked', () => {
      const fares = highlight(TEXT, 'fares stay at 2 euros');
      const edited = TEXT.replace('fares stay at 2 euros', 'fares stay at 3 euros');
      expect(anchor(edited, fares)).toBeNull();
      const worded = TEXT.replace('fares stay at 2 euros', 'fares remain at 2 euros');
      expect(found(worded, anchor(worded, fares))).toEqual(['fares remain at 2 euros', 'fuzzy']);
    });

    it('with fuzzy matching turned off, anchors exact quotes only', () => {
      const edited = TEXT.replace('Ferries will run every', 'Ferries are to run every');
      expect(anchor(edited, h, { fuzzy: false })).toBeNull();
      expect(found('Note. ' + TEXT, anchor('Note. ' + TEXT, h, { fuzzy: false }))?.[1]).toBe('quote');
    });
  });

  suite('a quote that occurs several times', () => {
    const text =
      'In the first round the vote was postponed by the chair. ' +
      'In the second round the vote was postponed by a court order. ' +
      'In the third round the vote was postponed by a power cut.';

    it('is told apart by its prefix and suffix after the offsets shifted', () => {
      for (const [from, by] of [
        ['first', 'the chair'],
        ['second', 'a court order'],
        ['third', 'a power cut'],
      ] as const) {
        const h = highlight(text, 'the vote was postponed', text.indexOf(from));
        const edited = 'Council minutes, abridged. ' + text;
        const r = anchor(edited, h);
        expect(r?.method).toBe('quote');
        expect(after(edited, r, 4 + by.length)).toBe(` by ${by}`);
      }
    });

    it('follows the context even when another occurrence is nearer the old offset', () => {
      const h = highlight(text, 'the vote was postponed', text.indexOf('second'));
      // Drop the first sentence: the third occurrence now sits near the second's old offset.
      const edited = text.slice(text.indexOf('In the second'));
      const r = anchor(edited, h);
      expect(after(edited, r, 17)).toBe(' by a court order');
    });

    it('picks the occurrence nearest the old position when the context cannot tell', () => {
      const refrain = 'Stay calm. Vote. '.repeat(8);
      const h = highlight(refrain, 'Vote.', 17 * 4);
      expect(h.quote.prefix).toBe(highlight(refrain, 'Vote.', 17 * 3).quote.prefix);
      const edited = 'Chant: ' + refrain;
      expect(anchor(edited, h)?.start).toBe(h.position.start + 'Chant: '.length);
      // Occurrences 3 to 6 all have the full 32 characters of identical context around them
      // (the others are too near either end). Without a position or hint, the first of
      // them wins, deterministically; with a hint, the one nearest it.
      const occurrence = (n: number) => 'Chant: '.length + 17 * (n - 1) + 'Stay calm. '.length;
      expect(anchor(edited, { quote: h.quote })?.start).toBe(occurrence(3));
      expect(anchor(edited, { quote: h.quote }, { hint: occurrence(6) - 3 })?.start).toBe(occurrence(6));
    });
  });

  it('still anchors near its old position when the quote occurs thousands of times', () => {
    const refrain = 'Stay calm. Vote. '.repeat(5000);
    const h = highlight(refrain, 'Vote.', 17 * 4000);
    const edited = 'Chant: ' + refrain;
    expect(anchor(edited, h)?.start).toBe(h.position.start + 'Chant: '.length);
  });

  suite('orphaning', () => {
    it('orphans a short quote whose sentence was deleted, though the words occur elsewhere', () => {
      const h = highlight(TEXT, 'the council', TEXT.indexOf('night'));
      const edited = TEXT.slice(0, TEXT.indexOf('Residents')).trim();
      expect(edited).toContain('the council');
      expect(anchor(edited, h)).toBeNull();
    });

    it('does not trust the old offsets when other short words moved into the same spot', () => {
      const h = highlight('Officials counted 412 ballots twice. Observers agreed.', '412');
      // Offsets 18..21 hold "412" again, but in an unrelated sentence.
      const other = 'Last year, nearly 412 people ran for office in 31 towns.';
      expect(other.slice(h.position.start, h.position.end)).toBe('412');
      expect(anchor(other, h)).toBeNull();
      const both = other + ' Officials counted 412 ballots twice.';
      expect(found(both, anchor(both, h))).toEqual(['412', 'quote']);
      expect(anchor(both, h)?.start).toBe(both.lastIndexOf('412'));
    });

    it('orphans when the article no longer has anything like the quote', () => {
      const h = highlight(TEXT, 'Residents asked for a night service');
      expect(anchor('An entirely different article about tides and moorings.', h)).toBeNull();
      expect(anchor('', h)).toBeNull();
    });

    it('falls back to the quote when the stored offsets lie outside the text', () => {
      const h = highlight(TEXT, 'a night service');
      const shortened = TEXT.slice(TEXT.indexOf('Residents'));
      expect(h.position.end).toBeGreaterThan(shortened.length);
      expect(found(shortened, anchor(shortened, h))).toEqual(['a night service', 'quote']);
    });
  });

  suite('Unicode', () => {
    it('anchors a highlight taken on decomposed (NFD) text in the composed (NFC) re-import', () => {
      const nfd = 'Le cafe\u0301 du port ferme\u0301 ce lundi, dit la mairie.'.normalize('NFD');
      const h = highlight(nfd, 'cafe\u0301 du port ferme\u0301');
      const nfc = nfd.normalize('NFC');
      expect(found(nfc, anchor(nfc, h))).toEqual(['café du port fermé', 'quote']);
    });

    it('shifts by whole surrogate pairs when emoji are added before, and never returns half of one', () => {
      const text = 'Turnout hit a record 🎉 and the mayor thanked volunteers 🙌 in person on Sunday.';
      const h = highlight(text, 'volunteers 🙌 in person');
      const edited = '🗳️🗳️ ' + text;
      expect(found(edited, anchor(edited, h))).toEqual(['volunteers 🙌 in person', 'quote']);
      const swapped = '🗳️ ' + text.replace('🙌', '👏');
      const r = anchor(swapped, h);
      expect(r?.method).toBe('fuzzy');
      expect(swapped.slice(r?.start, r?.end)).toBe('volunteers 👏 in person');
    });

    it('re-anchors CJK text after an insertion before and an edit inside', () => {
      const cjk = '河畔镇议会周二投票决定，将磨坊街大桥的维修推迟到明年春天。议会称预算缺口达一百二十万欧元。';
      const h = highlight(cjk, '磨坊街大桥的维修推迟到明年春天');
      const moved = '【本地新闻】' + cjk;
      expect(found(moved, anchor(moved, h))).toEqual(['磨坊街大桥的维修推迟到明年春天', 'quote']);
      const edited = moved.replace('推迟到', '推迟至');
      expect(found(edited, anchor(edited, h))).toEqual(['磨坊街大桥的维修推迟至明年春天', 'fuzzy']);
    });
  });
});
