import { describe, expect, it } from 'vitest';
import { indexLayer, segment } from './segments.js';

describe('segment', () => {
  it('returns the whole stretch unmarked when there are no ranges', () => {
    expect(segment(0, 10, [])).toEqual([{ start: 0, end: 10, marks: [] }]);
  });

  it('cuts at range boundaries and names the covering marks', () => {
    const segs = segment(0, 10, [{ kind: 'hit', ranges: [[2, 4], [6, 7]] }]);
    expect(segs).toEqual([
      { start: 0, end: 2, marks: [] },
      { start: 2, end: 4, marks: [{ kind: 'hit', index: 0 }] },
      { start: 4, end: 6, marks: [] },
      { start: 6, end: 7, marks: [{ kind: 'hit', index: 1 }] },
      { start: 7, end: 10, marks: [] },
    ]);
  });

  it('clips ranges to the stretch (a paragraph of a longer text)', () => {
    const segs = segment(10, 20, [{ kind: 'hit', ranges: [[5, 12], [18, 30], [40, 45]] }]);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.index)])).toEqual([
      [10, 12, [0]],
      [12, 18, []],
      [18, 20, [1]],
    ]);
  });

  it('handles overlapping layers and keeps the original range indexes', () => {
    const segs = segment(0, 6, [
      { kind: 'hit', ranges: [[3, 5], [0, 2]] },
      { kind: 'find', ranges: [[1, 4]] },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 1, marks: [{ kind: 'hit', index: 1 }] },
      { start: 1, end: 2, marks: [{ kind: 'hit', index: 1 }, { kind: 'find', index: 0 }] },
      { start: 2, end: 3, marks: [{ kind: 'find', index: 0 }] },
      { start: 3, end: 4, marks: [{ kind: 'hit', index: 0 }, { kind: 'find', index: 0 }] },
      { start: 4, end: 5, marks: [{ kind: 'hit', index: 0 }] },
      { start: 5, end: 6, marks: [] },
    ]);
  });

  it('finds a long range that starts well before the stretch', () => {
    const layer = indexLayer({ kind: 'hit', ranges: [[0, 100], [50, 51], [60, 61]] });
    expect(segment(70, 80, [layer])).toEqual([{ start: 70, end: 80, marks: [{ kind: 'hit', index: 0 }] }]);
  });

  it('ignores empty ranges and an empty stretch', () => {
    expect(segment(0, 4, [{ kind: 'hit', ranges: [[2, 2]] }])).toEqual([{ start: 0, end: 4, marks: [] }]);
    expect(segment(3, 3, [{ kind: 'hit', ranges: [[0, 9]] }])).toEqual([]);
  });

  it('covers the stretch exactly, so joining segment texts rebuilds it', () => {
    const text = 'The quick brown fox jumps over the lazy dog';
    const segs = segment(4, 30, [{ kind: 'a', ranges: [[0, 9], [16, 19], [25, 40]] }, { kind: 'b', ranges: [[8, 17]] }]);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text.slice(4, 30));
  });
});
