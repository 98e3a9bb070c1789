import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../shared/anchoring/index.js';
import { resolveHighlights, type AnchorableHighlight } from './resolve-highlights.js';

const TEXT = [
  'Council sets new water tariff',
  '',
  'The average household bill will rise by 9 per cent from April, the council said on Tuesday.',
  'Residents in the eastern district will see the largest increase.',
].join('\n');
const PHRASE = 'The average household bill will rise by 9 per cent';

/** A highlight made at [start, end) of `text`, as the backend stores it. */
function highlightAt(id: string, text: string, start: number, end: number): AnchorableHighlight {
  const target = describe(text, start, end);
  if (!target) throw new Error('nothing to highlight');
  return { id, target };
}

suite('resolveHighlights', () => {
  it('places a highlight made at [start, end) of the article at that range, by its position', () => {
    const start = TEXT.indexOf(PHRASE);
    const end = start + PHRASE.length;
    const h = highlightAt('h1', TEXT, start, end);
    expect(resolveHighlights(TEXT, [h])).toEqual([{ id: 'h1', status: 'anchored', range: [start, end], method: 'position' }]);
  });

  it('resolves an article with no highlights to nothing', () => {
    expect(resolveHighlights(TEXT, [])).toEqual([]);
  });

  it('finds a passage again by its quote when the text before it changed', () => {
    const start = TEXT.indexOf(PHRASE);
    const h = highlightAt('h1', TEXT, start, start + PHRASE.length);
    const edited = `Updated: ${TEXT}`;
    const moved = edited.indexOf(PHRASE);
    expect(resolveHighlights(edited, [h])).toEqual([{ id: 'h1', status: 'anchored', range: [moved, moved + PHRASE.length], method: 'quote' }]);
  });

  it('marks a highlight whose passage is gone as orphaned, never dropping it', () => {
    const start = TEXT.indexOf(PHRASE);
    const h = highlightAt('h1', TEXT, start, start + PHRASE.length);
    expect(resolveHighlights('Something else entirely, with none of those words.', [h])).toEqual([{ id: 'h1', status: 'orphaned', range: null, method: null }]);
  });
});
