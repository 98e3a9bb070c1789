// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findPassage, revealPassage } from './reveal-passage.js';

/** The reader's text as ArticleText renders it: paragraphs with their offsets, marks inside. */
function reader(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('data-testid', 'article-text');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}
// jsdom lays nothing out: record where the reader was asked to scroll.
const scrolled: string[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this.textContent ?? '');
  });
});
afterEach(() => (document.body.innerHTML = ''));

// "Bills rose 14%.\n\nThe charge is new." — the blank line between paragraphs is not rendered.
const ARTICLE = '<p class="para" data-start="0" data-end="15">Bills <mark data-start="6">rose</mark> 14%.</p><p class="para" data-start="17" data-end="35">The charge is new.</p>';

describe('findPassage', () => {
  it('finds a passage by its offsets, across marks and paragraphs', () => {
    const root = reader(ARTICLE);
    expect(findPassage(root, 6, 14, 'rose 14%')?.toString()).toBe('rose 14%');
    expect(findPassage(root, 11, 27, '14%.\n\nThe charge')?.toString()).toBe('14%.The charge');
  });

  it('refuses another article’s words at the same offsets (the reader has not switched yet)', () => {
    const root = reader(ARTICLE);
    expect(findPassage(root, 6, 14, 'fell 34%')).toBeNull();
  });
});

describe('revealPassage', () => {
  it('waits for the reader to render the article, then shows the passage', async () => {
    const shown = revealPassage(17, 27, 'The charge');
    setTimeout(() => reader(ARTICLE), 120);
    expect(await shown).toBe(true);
    expect(scrolled).toEqual(['The charge is new.']);
  });

  it('gives up on a passage that never appears, and a newer request replaces an older one', async () => {
    reader(ARTICLE);
    const older = revealPassage(6, 14, 'not there');
    const newer = revealPassage(6, 10, 'rose');
    expect(await older).toBe(false);
    expect(await newer).toBe(true);
    expect(scrolled).toEqual(['Bills rose 14%.']);
  });
});
