import { describe, expect, it } from 'vitest';
import type { TextRange } from '../api.js';
import { headlineEnd, makeSnippet, mergeRanges, SNIPPET_WIDTH } from './snippet.js';

function marked(s: { text: string; marks: TextRange[] }): string[] {
  return s.marks.map(([a, b]) => s.text.slice(a, b));
}

describe('mergeRanges', () => {
  it('sorts and merges overlapping ranges, keeping adjacent words apart', () => {
    expect(mergeRanges([[10, 14], [0, 3], [2, 5], [5, 8], [11, 12]])).toEqual([[0, 5], [5, 8], [10, 14]]);
  });
});

describe('makeSnippet', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('shows a short text whole, with its marks', () => {
    const s = makeSnippet('Huawei ban', [[0, 6]]);
    expect(s).toEqual({ text: 'Huawei ban', marks: [[0, 6]] });
  });

  it('centres on the densest cluster of matches, cut at word boundaries with ellipses', () => {
    const text = `${filler(40)} Huawei lone ${filler(60)} Huawei and more Huawei near Huawei ${filler(60)}`;
    const all = [...text.matchAll(/Huawei/g)].map((m) => [m.index, m.index + 6] as TextRange);
    const s = makeSnippet(text, all, 120);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(marked(s)).toEqual(['Huawei', 'Huawei', 'Huawei']);
    expect(s.text.length).toBeLessThanOrEqual(122);
    expect(s.text).toMatch(/^…word\d+ /);
    expect(s.text).toMatch(/ word\d+…$/);
  });

  it('turns line breaks and runs of spaces into single spaces and keeps marks on the words', () => {
    const text = `Title line\n\nFirst   paragraph mentions\nHuawei twice: Huawei.\n${filler(80)}`;
    const s = makeSnippet(text, [[text.indexOf('Huawei'), text.indexOf('Huawei') + 6], [text.lastIndexOf('Huawei'), text.lastIndexOf('Huawei') + 6]]);
    expect(s.text).not.toMatch(/\s\s|\n/);
    expect(marked(s)).toEqual(['Huawei', 'Huawei']);
  });

  it('shows the start of the text when nothing in it matched (a title match)', () => {
    const s = makeSnippet(filler(100), []);
    expect(s.marks).toEqual([]);
    expect(s.text.startsWith('word0 word1')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
  });

  it('marks words exactly in text without spaces, never cutting a character in half', () => {
    // 𠀀 (U+20000) is a surrogate pair: wherever the window falls, no half of it is shown.
    const text = '𠀀'.repeat(150) + '华为公司' + '𠀀'.repeat(150);
    const at = text.indexOf('华为');
    for (const width of [199, 200, 201]) {
      const s = makeSnippet(text, [[at, at + 2]], width);
      expect(marked(s)).toEqual(['华为']);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s.text)).toBe(false);
    }
  });
});

describe('snippets of articles that start with their headline', () => {
  const title = 'Council sets water tariff';
  const text = `${title}\n\nThe council approved the tariff on Monday.\nIt was\nwrapped by hand and the vote was close.`;

  it('leave out the headline the result already shows, unless a match is in it', () => {
    const skip = headlineEnd(text, title);
    expect(skip).toBe(title.length);
    const at = text.indexOf('approved');
    const plain = makeSnippet(text, [[at, at + 8]], SNIPPET_WIDTH, { skip });
    expect(plain.text.startsWith('The council approved')).toBe(true);
    expect(plain.text.slice(plain.marks[0]![0], plain.marks[0]![1])).toBe('approved');
    const inTitle = makeSnippet(text, [[8, 12]], SNIPPET_WIDTH, { skip });
    expect(inTitle.text.startsWith('Council sets')).toBe(true);
    expect(headlineEnd('Council sets water tariffs rise', title)).toBe(0);
  });

  it('separate a heading from the paragraph after it, but not a hand-wrapped sentence', () => {
    const s = makeSnippet(text, [], SNIPPET_WIDTH);
    expect(s.text).toContain('Council sets water tariff · The council approved');
    expect(s.text).toContain('It was wrapped by hand');
    expect(s.text).not.toContain('was ·');
  });
});
