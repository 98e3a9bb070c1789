/**
 * Baseline tests, after the Hypothesis client's html-baselines: each fixture holds a short text,
 * the ranges a reader selected in it with the selectors saved for them, and later revisions of
 * the text with where each highlight must land (or null: orphaned). Any change in how selectors
 * are made or how highlights re-anchor shows up here as a diff against the saved files.
 */
import { describe as suite, expect, it } from 'vitest';
import { z } from 'zod';
import { anchor } from './anchor.js';
import { describe } from './describe.js';
import { AnchorSelectors } from './selectors.js';
import councilMinutes from './fixtures/council-minutes.json';
import minimal from './fixtures/minimal.json';
import unicode from './fixtures/unicode.json';

const offset = z.number().int().nonnegative();

/** A saved anchor: the range, how it was found, and the words it covers (for reading diffs). */
const SavedAnchor = z
  .object({ start: offset, end: offset, method: z.enum(['position', 'quote', 'fuzzy']), words: z.string() })
  .strict()
  .nullable();

const Fixture = z
  .object({
    about: z.string(),
    /** The text, one array item per line (joined with "\n"), so that diffs stay readable. */
    lines: z.array(z.string()),
    highlights: z.array(
      z.object({ about: z.string(), range: z.tuple([z.number().int(), z.number().int()]), selectors: AnchorSelectors }).strict(),
    ),
    revisions: z.array(
      z.object({ about: z.string(), lines: z.array(z.string()), anchors: z.array(SavedAnchor) }).strict(),
    ),
  })
  .strict();

const FIXTURES = { minimal, 'council-minutes': councilMinutes, unicode };

for (const [name, json] of Object.entries(FIXTURES)) {
  suite(`baseline: fixtures/${name}.json`, () => {
    const fixture = Fixture.parse(json);
    const text = fixture.lines.join('\n');

    it('describe reproduces the saved selectors for every selected range', () => {
      const made = fixture.highlights.map((h) => ({ about: h.about, selectors: describe(text, ...h.range) }));
      expect(made).toEqual(fixture.highlights.map((h) => ({ about: h.about, selectors: h.selectors })));
    });

    it('anchor finds every saved highlight at its saved position in the original text', () => {
      for (const h of fixture.highlights) {
        const { start, end } = h.selectors.position;
        expect(anchor(text, h.selectors), h.about).toEqual({ start, end, method: 'position' });
      }
    });

    for (const revision of fixture.revisions) {
      it(`anchor lands where saved in the revision: ${revision.about}`, () => {
        const revised = revision.lines.join('\n');
        expect(revision.anchors).toHaveLength(fixture.highlights.length);
        const landed = fixture.highlights.map((h) => {
          const r = anchor(revised, h.selectors);
          return r && { ...r, words: revised.slice(r.start, r.end) };
        });
        expect(landed).toEqual(revision.anchors);
      });
    }
  });
}
