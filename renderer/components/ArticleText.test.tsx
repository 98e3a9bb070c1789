// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TextRange } from '../../shared/api.js';
import { ArticleText } from './ArticleText.js';
import { MarkedText } from './MarkedText.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
function render(node: React.ReactNode): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));
  return container;
}
afterEach(() => container.remove());

/** Maps a DOM position back to an article offset the way highlights will: data-start + preceding text. */
function offsetOf(node: Text, offsetInNode: number): number {
  const para = node.parentElement!.closest('[data-start]:not(mark)') as HTMLElement;
  let offset = Number(para.dataset.start);
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode()) offset += n.textContent!.length;
  return offset + offsetInNode;
}

const text = 'US versus Huawei\n\nThe US government is ramping up\nits efforts.\n\n<script>alert(1)</script> Huawei again.';

describe('ArticleText', () => {
  it('renders one element per paragraph whose text is exactly the slice it claims', () => {
    const el = render(<ArticleText text={text} hits={[]} activeHit={0} finds={[]} activeFind={-1} />);
    const paras = [...el.querySelectorAll<HTMLElement>('p[data-start]')];
    expect(paras).toHaveLength(3);
    for (const p of paras) {
      expect(p.textContent).toBe(text.slice(Number(p.dataset.start), Number(p.dataset.end)));
    }
  });

  it('lets each paragraph take its own direction, so Arabic and Hebrew read right to left', () => {
    const el = render(<ArticleText text={'English first.\n\nשלום עולם, חדשות.'} hits={[]} activeHit={0} finds={[]} activeFind={-1} />);
    const paras = [...el.querySelectorAll<HTMLElement>('p[data-start]')];
    expect(paras.map((p) => p.getAttribute('dir'))).toEqual(['auto', 'auto']);
  });

  it('keeps untrusted markup as text', () => {
    const el = render(<ArticleText text={text} hits={[]} activeHit={0} finds={[]} activeFind={-1} />);
    expect(el.querySelector('script')).toBeNull();
    expect(el.textContent).toContain('<script>alert(1)</script>');
  });

  it('marks hits and find matches so that every text node maps back to its offset', () => {
    const huawei = [...text.matchAll(/Huawei/g)].map((m): TextRange => [m.index, m.index + 6]);
    const finds: TextRange[] = [[text.indexOf('government'), text.indexOf('government') + 10], [text.indexOf('Huawei again'), text.indexOf('Huawei again') + 9]];
    const el = render(<ArticleText text={text} hits={huawei} activeHit={1} finds={finds} activeFind={0} />);

    const hitMarks = [...el.querySelectorAll<HTMLElement>('mark.mark--hit')];
    expect(hitMarks.map((m) => m.textContent)).toEqual(['Huawei', 'Huawei']);
    expect(el.querySelector('mark.mark--hit.is-active')?.getAttribute('data-hit')).toBe('1');
    expect(el.querySelector('mark.mark--find.is-active')?.textContent).toBe('government');

    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const start = offsetOf(n, 0);
      expect(text.slice(start, start + n.length)).toBe(n.data);
    }
    // A mark's data-start is its own offset.
    for (const m of el.querySelectorAll<HTMLElement>('mark')) {
      expect(text.slice(Number(m.dataset.start)).startsWith(m.textContent!)).toBe(true);
    }
  });
});

describe('ArticleText highlights', () => {
  const body = 'The US is mulling financial aid for countries that snub Huawei, almost a bribe.';
  const range = (s: string, extra = 0) => ({ start: body.indexOf(s), end: body.indexOf(s) + s.length + extra });
  const highlights = [
    { id: 'outer', color: 'yellow' as const, ...range('financial aid for countries that snub Huawei') },
    { id: 'inner', color: 'pink' as const, ...range('aid for countries') },
    { id: 'overlap', color: 'blue' as const, ...range('snub Huawei, almost') },
    { id: 'adjacent', color: 'green' as const, ...range(' a bribe') },
  ];

  it('cuts the text at every highlight boundary; each piece lists its highlights innermost first', () => {
    const el = render(<ArticleText text={body} hits={[]} activeHit={0} finds={[]} activeFind={-1} highlights={highlights} />);
    const pieces = [...el.querySelectorAll<HTMLElement>('mark[data-hl]')].map((m) => [m.textContent, m.dataset.hl]);
    expect(pieces).toEqual([
      ['financial ', 'outer'],
      ['aid for countries', 'inner outer'],
      [' that ', 'outer'],
      ['snub Huawei', 'overlap outer'],
      [', almost', 'overlap'],
      [' a bribe', 'adjacent'],
    ]);
    expect(el.querySelector('[data-hl="inner outer"]')?.className).toContain('hl--layered');
    // The underline pattern comes from the colour registry: the innermost highlight's.
    expect(el.querySelector<HTMLElement>('[data-hl="inner outer"]')?.style.getPropertyValue('--hl-pattern')).toBe('wavy');
    expect(el.querySelector<HTMLElement>('[data-hl="adjacent"]')?.style.getPropertyValue('--hl-pattern')).toBe('double');
    expect(el.textContent).toBe(body);
  });

  it('reports a click on highlighted text with the innermost highlight first, and plain clicks', () => {
    const onHighlightClick = vi.fn();
    const onPlainClick = vi.fn();
    const el = render(
      <ArticleText text={body} hits={[]} activeHit={0} finds={[]} activeFind={-1} highlights={highlights} onHighlightClick={onHighlightClick} onPlainClick={onPlainClick} />,
    );
    act(() => el.querySelector<HTMLElement>('[data-hl="inner outer"]')!.click());
    expect(onHighlightClick).toHaveBeenLastCalledWith(['inner', 'outer']);
    act(() => el.querySelector<HTMLElement>('[data-hl="adjacent"]')!.click());
    expect(onHighlightClick).toHaveBeenLastCalledWith(['adjacent']);
    act(() => el.querySelector<HTMLElement>('p.para')!.click());
    expect(onPlainClick).toHaveBeenCalledTimes(1);
  });

  it('makes the selected highlight draggable (onto a claim), and only it', () => {
    const el = render(<ArticleText text={body} hits={[]} activeHit={0} finds={[]} activeFind={-1} highlights={highlights} selectedHighlight="overlap" />);
    const draggable = [...el.querySelectorAll<HTMLElement>('mark[draggable="true"]')].map((m) => m.textContent);
    expect(draggable).toEqual(['snub Huawei', ', almost']);
  });
});

describe('MarkedText', () => {
  it('wraps exactly the marked ranges of a snippet in <mark>', () => {
    const el = render(<MarkedText text="a <b>Huawei</b> ban" marks={[[5, 11]]} />);
    expect(el.querySelector('b')).toBeNull();
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Huawei']);
    expect(el.textContent).toBe('a <b>Huawei</b> ban');
  });
});

describe('ArticleText with a long article', () => {
  // ~150,000 characters in 1,500 paragraphs: windowed (only blocks near the screen render).
  const long = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i} of the long record, about the tariff and the plant and the vote.`).join('\n\n');
  const near = long.indexOf('Paragraph 1400 ');
  const paras = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('p[data-start]')];

  it('renders the first screen, and stands in for the rest with empty boxes', () => {
    const el = render(<ArticleText text={long} hits={[]} activeHit={0} finds={[]} activeFind={-1} />);
    const shown = paras(el);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(400);
    expect(shown[0]!.dataset.start).toBe('0');
    expect(el.querySelectorAll('.para-block--out').length).toBeGreaterThan(10);
    for (const p of shown) expect(p.textContent).toBe(long.slice(Number(p.dataset.start), Number(p.dataset.end)));
  });

  it('renders the part holding the active find match, however far down, so it can be scrolled to', () => {
    const finds: TextRange[] = [[near, near + 14]];
    const el = render(<ArticleText text={long} hits={[]} activeHit={0} finds={finds} activeFind={0} />);
    const mark = el.querySelector<HTMLElement>('mark[data-find="0"]');
    expect(mark?.textContent).toBe('Paragraph 1400');
    expect(mark!.className).toContain('is-active');
  });

  it('marks a highlight that crosses from one block into the next in both, piece by piece', () => {
    const first = render(<ArticleText text={long} hits={[]} activeHit={0} finds={[]} activeFind={-1} />);
    const blockEnd = Number((first.querySelector('[data-block="0"]')!.lastElementChild as HTMLElement).dataset.end);
    container.remove();
    const highlights = [{ id: 'across', color: 'green' as const, start: blockEnd - 20, end: blockEnd + 30 }];
    const el = render(<ArticleText text={long} hits={[]} activeHit={0} finds={[]} activeFind={-1} highlights={highlights} pins={[[blockEnd - 20, blockEnd + 30]]} />);
    const pieces = [...el.querySelectorAll<HTMLElement>('mark[data-hl~="across"]')];
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    expect(new Set(pieces.map((m) => m.closest('[data-block]')!.getAttribute('data-block'))).size).toBe(2);
    expect(pieces.map((m) => m.textContent).join('').replace(/\s/g, '')).toBe(long.slice(blockEnd - 20, blockEnd + 30).replace(/\s/g, ''));
  });

  it('renders the part a revealed passage is in when asked by event (a suggestion jumped to)', async () => {
    const { REVEAL_EVENT } = await import('../lib/virtual-blocks.js');
    const el = render(<ArticleText text={long} hits={[]} activeHit={0} finds={[]} activeFind={-1} />);
    expect(paras(el).some((p) => Number(p.dataset.start) === near)).toBe(false);
    act(() => void el.querySelector('[data-testid="article-text"]')!.dispatchEvent(new CustomEvent(REVEAL_EVENT, { detail: { start: near, end: near + 10 } })));
    expect(paras(el).some((p) => Number(p.dataset.start) === near)).toBe(true);
  });
});

describe('ArticleText as a caret surface', () => {
  it('is a read-only text the caret can move in, and refuses every edit before it happens', () => {
    const el = render(<ArticleText text={text} hits={[]} activeHit={0} finds={[]} activeFind={-1} />);
    const surface = el.querySelector<HTMLElement>('[data-testid="article-text"]')!;
    expect(surface.getAttribute('contenteditable')).toBe('plaintext-only');
    expect(surface.getAttribute('aria-readonly')).toBe('true');
    expect(surface.getAttribute('spellcheck')).toBe('false');
    for (const type of ['beforeinput', 'paste', 'cut', 'drop']) {
      const e = new Event(type, { bubbles: true, cancelable: true });
      surface.querySelector('p')!.dispatchEvent(e);
      expect(e.defaultPrevented, type).toBe(true);
    }
  });
});
