import { describe, expect, it } from 'vitest';
import { alignTexts, candidatePairs, prepareReuse, REUSE_THRESHOLD, reuseStrength, shingles, stopIds, thirdPartyQuotes, Vocabulary } from './text-reuse.js';

const WIRE =
  'Firefighters spent more than six hours tackling a blaze at a plastics recycling plant overnight, forcing residents of nearby streets to keep their windows closed. ' +
  'Around sixty firefighters and twelve engines were sent to the industrial estate shortly after eleven on Tuesday, when flames were seen coming from the roof of a warehouse. ' +
  'Station manager Paul Keane said: "The building was well alight when crews arrived and there was a real risk of the fire spreading to neighbouring units." ' +
  'Smoke could be seen across the town on Wednesday morning, and people living within a mile of the site were advised to stay indoors.';

const REWRITE =
  'Firefighters spent over six hours fighting a fire at a plastics recycling plant overnight, and residents of nearby streets were told to keep their windows shut. ' +
  'About sixty firefighters and twelve fire engines were called to the industrial estate just after eleven on Tuesday, after flames were spotted coming from the roof of a warehouse. ' +
  'Smoke was visible across the town on Wednesday morning, and people who live within a mile of the site were advised to stay inside.';

const INDEPENDENT =
  'A thick plume of black smoke hung over the town on Wednesday after a recycling warehouse burned through the night. ' +
  '"The building was well alight when crews arrived and there was a real risk of the fire spreading to neighbouring units," said station manager Paul Keane. ' +
  'The company that runs the plant has not said what was stored there, and an investigation into the cause has begun.';

const strength = (a: string, b: string) => {
  const v = new Vocabulary();
  return reuseStrength(alignTexts(prepareReuse(a, v), prepareReuse(b, v)));
};

describe('text reuse', () => {
  it('finds a light rewrite of wire copy, with its shared passages', () => {
    const v = new Vocabulary();
    const a = prepareReuse(WIRE, v);
    const b = prepareReuse(REWRITE, v);
    const m = alignTexts(a, b);
    expect(reuseStrength(m)).toBeGreaterThanOrEqual(REUSE_THRESHOLD);
    expect(m.passages.length).toBeGreaterThan(0);
    const p = m.passages[0]!;
    expect(REWRITE.slice(b.tokens[p.b.from]!.start, b.tokens[p.b.to - 1]!.end).length).toBeGreaterThan(30);
  });

  it('does not count a third party’s quotation that both reports carry as reuse', () => {
    expect(thirdPartyQuotes(INDEPENDENT).map((q) => INDEPENDENT.slice(q.start, q.end))).toEqual([
      'The building was well alight when crews arrived and there was a real risk of the fire spreading to neighbouring units,',
    ]);
    expect(strength(WIRE, INDEPENDENT)).toBeLessThan(REUSE_THRESHOLD);
    // The same words without quotation marks are another article's text.
    expect(strength(WIRE.replace(/"/g, ''), INDEPENDENT.replace(/"/g, ''))).toBeGreaterThan(strength(WIRE, INDEPENDENT));
  });

  it('keeps a quotation of another outlet’s text as reuse (it is that article’s text, not a witness)', () => {
    const quoting = `The trouble continues, according to the Verge.\n\n“${WIRE.replace(/"/g, '')}”`;
    expect(thirdPartyQuotes(quoting)).toEqual([]);
    expect(strength(WIRE, quoting)).toBeGreaterThanOrEqual(REUSE_THRESHOLD);
  });

  it('does not tie two independent reports that share names and set phrases', () => {
    const a = 'Judge Simon Pratt of Leeds Crown Court jailed the former clerk for four years on Monday after she admitted fraud by abuse of position at the Royal Bank of Yorkshire.';
    const b = 'The former clerk admitted fraud by abuse of position. Her sentence, from Judge Simon Pratt of Leeds Crown Court, was four years, and the Royal Bank of Yorkshire has repaid the victims.';
    expect(strength(a, b)).toBeLessThan(REUSE_THRESHOLD);
  });

  it('proposes the reused pair as a candidate without comparing all pairs', () => {
    const v = new Vocabulary();
    const isStop = stopIds(v);
    const unrelated = Array.from({ length: 30 }, (_, i) => `Article ${i} is about topic number ${i} with words such as alpha${i} beta${i} gamma${i} delta${i} epsilon${i} zeta${i} eta${i} theta${i}.`);
    const texts = [WIRE, ...unrelated, REWRITE];
    const sets = texts.map((t) => shingles(prepareReuse(t, v), isStop));
    const pairs = candidatePairs(sets);
    expect(pairs).toContainEqual([0, texts.length - 1]);
    expect(pairs.length).toBeLessThan(10);
  });
});
