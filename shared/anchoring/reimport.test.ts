/**
 * An article re-imported after the publisher corrected it: a headline added on top, words
 * changed here and there, one sentence removed, one number corrected. Highlights made on the
 * first version must follow their words, and only those whose words are gone may be orphaned.
 */
import { describe as suite, expect, it } from 'vitest';
import { anchor } from './anchor.js';
import { describe } from './describe.js';
import { normalizeText } from '../text/normalize.js';

const FIRST = normalizeText(`Riverton's council voted on Tuesday to delay the repair of the Mill Street bridge until next spring, citing a budget shortfall of 1.2 million euros.

The bridge, built in 1968, has been closed to lorries since an inspection in May found corrosion in two of its four steel girders. Engineers told the council that the structure remains safe for cars and pedestrians, but that the weight limit could fall further if the work is postponed again.

Mayor Helen Okafor said the delay was "regrettable but unavoidable". She said the town had applied for a regional grant and expected an answer by the end of October. "We will not gamble with people's safety," she added.

Shop owners on Mill Street said the closure to lorries had already cost them deliveries. Tomas Brandt, who runs a hardware store near the bridge, said his suppliers now take a 20-minute detour. "Every week of delay is another week of higher costs," he said.

The council will review the decision at its next meeting on 14 November.`);

const CORRECTED = normalizeText(`Riverton delays Mill Street bridge repair

Riverton's council voted on Tuesday evening to delay the repair of the Mill Street bridge until next spring, citing a budget shortfall of 1.2 million euros.

The bridge, built in 1968, has been closed to lorries since an inspection in May found corrosion in two of its four steel girders. Engineers told councillors that the structure remains safe for cars and pedestrians, but that the weight limit could fall further if the work is postponed again.

Mayor Helen Okafor said the delay was "regrettable but unavoidable". "We will not gamble with people's safety," she added.

Shop owners on Mill Street said the closure to lorries had already cost them deliveries. Tomas Brandt, who runs a hardware store near the bridge, said his suppliers now take a 25-minute detour. "Every week of delay means another week of higher costs," he said.

The council will review the decision at its next meeting on 14 November.`);

/** Each highlight on the first version, and the words it must cover in the corrected one. */
const CASES: { words: string; now: string | null; method?: string }[] = [
  // Unchanged words, shifted by the headline: found word for word.
  { words: 'delay the repair of the Mill Street bridge until next spring', now: 'same', method: 'quote' },
  { words: 'a budget shortfall of 1.2 million euros', now: 'same', method: 'quote' },
  { words: 'corrosion', now: 'same', method: 'quote' },
  { words: 'regrettable but unavoidable', now: 'same', method: 'quote' },
  { words: 'on 14 November', now: 'same', method: 'quote' },
  // Copy-edited: found approximately, covering the new wording.
  {
    words: 'Engineers told the council that the structure remains safe for cars and pedestrians',
    now: 'Engineers told councillors that the structure remains safe for cars and pedestrians',
    method: 'fuzzy',
  },
  {
    words: 'Every week of delay is another week of higher costs',
    now: 'Every week of delay means another week of higher costs',
    method: 'fuzzy',
  },
  // The sentence was removed: orphaned, not moved onto a neighbour.
  { words: 'She said the town had applied for a regional grant and expected an answer by the end of October.', now: null },
  // The number was corrected: orphaned, so the researcher sees the quote no longer holds.
  { words: 'his suppliers now take a 20-minute detour', now: null },
];

suite('an article re-imported with corrections', () => {
  const highlights = CASES.map(({ words }) => {
    const start = FIRST.indexOf(words);
    const d = describe(FIRST, start, start + words.length);
    if (start < 0 || !d) throw new Error(`fixture text lacks "${words}"`);
    return d;
  });

  it('anchors every highlight by position on the version it was made on', () => {
    for (const h of highlights) {
      expect(anchor(FIRST, h)).toEqual({ start: h.position.start, end: h.position.end, method: 'position' });
    }
  });

  for (const [i, { words, now, method }] of CASES.entries()) {
    const expected = now === 'same' ? words : now;
    it(`${expected === null ? 'orphans' : 're-anchors'} "${words.slice(0, 40)}…"`, () => {
      const r = anchor(CORRECTED, highlights[i]!);
      if (expected === null) {
        expect(r).toBeNull();
      } else {
        expect(r && [CORRECTED.slice(r.start, r.end), r.method]).toEqual([expected, method]);
      }
    });
  }

  it('keeps most highlights: only the deleted sentence and the corrected number are orphaned', () => {
    const anchored = highlights.filter((h) => anchor(CORRECTED, h) !== null);
    expect(anchored).toHaveLength(CASES.length - 2);
  });
});
