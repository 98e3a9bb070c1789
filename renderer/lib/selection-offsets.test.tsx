// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleText } from '../components/ArticleText.js';
import type { PlacedHighlight } from './highlight-layout.js';
import { offsetsToRange, pointToOffset, rangeToOffsets, trimRange } from './selection-offsets.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const text = 'US versus Huawei\n\nThe US government is ramping up\nits efforts against Huawei.\n\nFinancial aid is on the table.';
const at = (s: string) => text.indexOf(s);

let container: HTMLElement;
function render(highlights: PlacedHighlight[] = []): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(<ArticleText text={text} hits={[]} activeHit={0} finds={[]} activeFind={-1} highlights={highlights} />));
  return container.querySelector('[data-testid="article-text"]')!;
}
afterEach(() => container.remove());

/** Every (text node, offset) position in the rendered text, with the article offset it stands for. */
function positions(root: Element): Array<{ node: Text; offset: number; expected: number }> {
  const out: Array<{ node: Text; offset: number; expected: number }> = [];
  for (const p of root.querySelectorAll<HTMLElement>('.para')) {
    let pos = Number(p.dataset.start);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      for (let i = 0; i <= n.length; i++) out.push({ node: n, offset: i, expected: pos + i });
      pos += n.length;
    }
  }
  return out;
}

describe('pointToOffset', () => {
  it('maps every position in the text back to its article offset, through highlight marks', () => {
    const gov = at('government');
    const root = render([
      { id: 'a', color: 'yellow', start: gov, end: gov + 30 },
      { id: 'b', color: 'pink', start: gov + 10, end: at('Huawei.') + 6 },
    ]);
    expect(root.querySelectorAll('mark').length).toBeGreaterThan(1);
    for (const { node, offset, expected } of positions(root)) {
      expect(pointToOffset(root, node, offset, 'start')).toBe(expected);
    }
  });

  it('snaps points between paragraphs to the next start or the previous end', () => {
    const root = render();
    const paras = root.querySelectorAll('.para');
    // (root, 1) is between the first and second paragraph elements.
    expect(pointToOffset(root, root, 1, 'start')).toBe(Number((paras[1] as HTMLElement).dataset.start));
    expect(pointToOffset(root, root, 1, 'end')).toBe(Number((paras[0] as HTMLElement).dataset.end));
    expect(pointToOffset(root, root, 0, 'end')).toBeNull();
    expect(pointToOffset(root, root, paras.length, 'start')).toBeNull();
  });
});

describe('rangeToOffsets', () => {
  it('gives the offsets of a selection inside one paragraph', () => {
    const root = render();
    const r = offsetsToRange(root, at('government'), at('government') + 10)!;
    expect(r.toString()).toBe('government');
    expect(rangeToOffsets(root, r)).toEqual([at('government'), at('government') + 10]);
  });

  it('spans paragraphs, including the text between them', () => {
    const root = render();
    const r = offsetsToRange(root, at('Huawei.'), at('Financial') + 9)!;
    const offsets = rangeToOffsets(root, r)!;
    expect(text.slice(...offsets)).toBe('Huawei.\n\nFinancial');
  });

  it('clips a selection that starts outside the text (in the article header)', () => {
    const root = render();
    const header = document.createElement('h1');
    header.textContent = 'Title';
    container.prepend(header);
    const r = document.createRange();
    r.setStart(header.firstChild!, 2);
    const end = offsetsToRange(root, at('US versus') + 2, at('US versus') + 2)!;
    r.setEnd(end.endContainer, end.endOffset);
    expect(rangeToOffsets(root, r)).toEqual([0, 2]);
  });

  it('is null for a collapsed selection or one elsewhere on the page', () => {
    const root = render();
    const r = offsetsToRange(root, 5, 5)!;
    expect(rangeToOffsets(root, r)).toBeNull();
    const other = document.createElement('p');
    other.textContent = 'elsewhere';
    container.append(other);
    const r2 = document.createRange();
    r2.selectNodeContents(other);
    expect(rangeToOffsets(root, r2)).toBeNull();
  });
});

describe('trimRange', () => {
  it('drops surrounding whitespace and refuses whitespace only', () => {
    expect(trimRange('a  word \n b', [1, 8])).toEqual([3, 7]);
    expect(trimRange('a   b', [1, 4])).toBeNull();
  });
});
