// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { selectFindMatch } from './find-selection.js';

/** A reader paragraph where find match 0 is split in two marks by a highlight's edge. */
function reader(): { root: HTMLElement; scroller: HTMLElement } {
  const root = document.body.appendChild(document.createElement('main'));
  root.innerHTML =
    '<div tabindex="0" data-testid="reader"><p class="para" data-start="0">Bills rose <mark data-start="11" data-find="0">by nine</mark><mark data-start="18" data-find="0"> per cent</mark> in 2025.</p></div>';
  return { root, scroller: root.querySelector<HTMLElement>('[data-testid="reader"]')! };
}

afterEach(() => {
  document.body.innerHTML = '';
  window.getSelection()?.removeAllRanges();
});

describe('selecting a find match', () => {
  it('selects the whole match across its marks, focuses the reader and returns its start offset', () => {
    const { root, scroller } = reader();
    expect(selectFindMatch(root, 0, 'by  NINE per cent', scroller)).toBe(11);
    expect(window.getSelection()?.toString()).toBe('by nine per cent');
    expect(document.activeElement).toBe(scroller);
  });

  it('does nothing while the marks still show an older, shorter phrase than the one typed', () => {
    const { root, scroller } = reader();
    expect(selectFindMatch(root, 0, 'by nine per cent in', scroller)).toBeNull();
    expect(window.getSelection()?.toString() ?? '').toBe('');
  });

  it('does nothing for a match that is not shown', () => {
    const { root, scroller } = reader();
    expect(selectFindMatch(root, 3, 'by nine', scroller)).toBeNull();
  });
});
