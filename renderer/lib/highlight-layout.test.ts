import { describe, expect, it } from 'vitest';
import type { ResolvedHighlight } from '../../shared/api.js';
import type { Highlight } from '../../shared/model.js';
import { highlightLook, highlightsAt, innermostFirst, layoutHighlights, type PlacedHighlight } from './highlight-layout.js';

const text = 'The US is mulling financial aid for countries that snub Huawei.';

function highlight(id: string, start: number, end: number, exact = text.slice(start, end)): Highlight {
  return {
    id,
    articleId: 'a1',
    target: { position: { type: 'TextPositionSelector', start, end }, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
    color: 'yellow',
    label: null,
    note: '',
    author: 'T',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    rev: `r-${id}`,
    revs: [],
  };
}

describe('layoutHighlights', () => {
  it('places anchored highlights where the backend found them and lists orphaned ones, never dropping any', () => {
    const aid = text.indexOf('financial aid');
    const hs = [highlight('moved', 0, 5, 'financial aid'), highlight('gone', 10, 20, 'not in the text')];
    const resolved = new Map<string, ResolvedHighlight>([
      ['moved', { id: 'moved', status: 'anchored', range: [aid, aid + 13], method: 'quote' }],
      ['gone', { id: 'gone', status: 'orphaned', range: null, method: null }],
    ]);
    const { placed, orphaned } = layoutHighlights(text, hs, resolved);
    expect(placed).toEqual([{ id: 'moved', color: 'yellow', start: aid, end: aid + 13 }]);
    expect(orphaned.map((h) => h.id)).toEqual(['gone']);
  });

  it('shows a just-created highlight at its position until the backend has answered', () => {
    const { placed, orphaned } = layoutHighlights(text, [highlight('new', 4, 6), highlight('stale', 0, 3, 'xyz')], new Map());
    expect(placed.map((p) => p.id)).toEqual(['new']);
    expect(orphaned.map((h) => h.id)).toEqual(['stale']);
  });

  it('orders placed highlights by start, longer first', () => {
    const { placed } = layoutHighlights(text, [highlight('inner', 10, 20), highlight('outer', 10, 30), highlight('first', 0, 5)], new Map());
    expect(placed.map((p) => p.id)).toEqual(['first', 'outer', 'inner']);
  });
});

describe('innermost highlight', () => {
  const outer: PlacedHighlight = { id: 'outer', color: 'yellow', start: 0, end: 40 };
  const inner: PlacedHighlight = { id: 'inner', color: 'pink', start: 10, end: 20 };
  const overlapping: PlacedHighlight = { id: 'over', color: 'blue', start: 15, end: 50 };
  const adjacent: PlacedHighlight = { id: 'next', color: 'green', start: 50, end: 55 };

  it('is the shortest covering highlight; ties go to the one starting later', () => {
    expect(innermostFirst([outer, inner, overlapping]).map((h) => h.id)).toEqual(['inner', 'over', 'outer']);
    const a: PlacedHighlight = { id: 'a', color: 'yellow', start: 0, end: 10 };
    const b: PlacedHighlight = { id: 'b', color: 'yellow', start: 5, end: 15 };
    expect(innermostFirst([a, b]).map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('is found at an offset; adjacent highlights do not cover each other’s edge', () => {
    const all = [outer, inner, overlapping, adjacent];
    expect(highlightsAt(all, 16).map((h) => h.id)).toEqual(['inner', 'over', 'outer']);
    expect(highlightsAt(all, 49).map((h) => h.id)).toEqual(['over']);
    expect(highlightsAt(all, 50).map((h) => h.id)).toEqual(['next']);
    expect(highlightsAt(all, 60)).toEqual([]);
  });
});

describe('highlightLook', () => {
  const label = (c: string) => c.toUpperCase();
  const a: PlacedHighlight = { id: 'a', color: 'yellow', start: 0, end: 40 };
  const b: PlacedHighlight = { id: 'b', color: 'pink', start: 10, end: 20 };
  const c: PlacedHighlight = { id: 'c', color: 'blue', start: 12, end: 18 };

  it('uses the innermost colour, shows the next as a layer and deepens at three', () => {
    expect(highlightLook([], label, null, null)).toBeNull();
    expect(highlightLook([a], label, null, null)).toEqual({ ids: ['a'], color: 'yellow', classes: ['hl', 'hl--yellow'], title: 'YELLOW highlight — click to open' });
    const two = highlightLook([a, b], label, null, null)!;
    expect(two.ids).toEqual(['b', 'a']);
    expect(two.color).toBe('pink');
    expect(two.classes).toEqual(['hl', 'hl--pink', 'hl--layered', 'hl-outer--yellow']);
    expect(two.title).toContain('2 highlights here (PINK, YELLOW)');
    expect(highlightLook([a, b, c], label, null, null)!.classes).toContain('hl--deep');
  });

  it('marks the selected and the flashing highlight wherever they cover the text', () => {
    expect(highlightLook([a, b], label, 'a', 'b')!.classes).toEqual(expect.arrayContaining(['is-selected', 'is-flashing']));
    expect(highlightLook([a], label, 'b', null)!.classes).not.toContain('is-selected');
  });
});
