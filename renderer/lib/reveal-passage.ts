/**
 * Shows a passage that is not highlighted (a suggestion) in the reader: scrolls it to the
 * middle and marks it for a few seconds. A highlighted passage goes through the reader's own
 * jump (`openArticleAt` with the highlight's id), which flashes it; a plain passage has no id
 * to ask for, so this waits for the reader to render the article and finds the passage by
 * its offsets, through the offsets ↔ DOM mapping the reader guarantees (selection-offsets.ts).
 *
 * The mark is a CSS custom highlight (`::highlight(warrant-passage)` in suggestions.css): it
 * paints over the text without adding elements, so the reader's DOM stays the article's
 * text exactly, as anchoring and selection need.
 */
import { offsetsToRange } from './selection-offsets.js';
import { REVEAL_EVENT, type RevealDetail } from './virtual-blocks.js';

/** The name of the CSS custom highlight that marks a revealed passage. */
export const PASSAGE_HIGHLIGHT = 'warrant-passage';
/** How long the passage stays marked. */
const MARK_MS = 4000;
/** How long to wait for the reader to load and render the article. */
const WAIT_MS = 8000;

let pending = 0;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Whitespace between paragraphs is not rendered; compare the words only. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The rendered range of [start, end) in the reader under `root`, if it holds `text` there
 * (another article may be on screen still, with other words at those offsets).
 */
export function findPassage(root: Element, start: number, end: number, text: string): Range | null {
  const range = offsetsToRange(root, start, end);
  return range && squeeze(range.toString()) === squeeze(text) ? range : null;
}

/**
 * Brings the passage's start to the middle of the reader. By its own box, not its paragraph's:
 * a passage deep in a long paragraph would stay out of view. Without layout (jsdom), its
 * paragraph is scrolled into view instead.
 */
function scrollTo(range: Range): void {
  const para = range.startContainer.parentElement?.closest('.para');
  const scroller = para?.closest('[data-testid="reader"]');
  if (scroller && typeof range.getBoundingClientRect === 'function') {
    const box = range.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    const above = Math.max(0, (scroller.clientHeight - box.height) / 2);
    scroller.scrollTop += box.top - view.top - above;
  } else {
    para?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
}

function mark(range: Range): void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!registry || typeof globalThis.Highlight !== 'function') return;
  registry.set(PASSAGE_HIGHLIGHT, new globalThis.Highlight(range));
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => registry.delete(PASSAGE_HIGHLIGHT), MARK_MS);
}

/**
 * Once the reader shows `text` at [start, end), scrolls to it and marks it. Call it right
 * after asking the reader to open the article; a newer call cancels an older one still
 * waiting. Resolves true when the passage was shown, false when it did not appear in time.
 */
export function revealPassage(start: number, end: number, text: string, doc: Document = document): Promise<boolean> {
  const mine = ++pending;
  const until = Date.now() + WAIT_MS;
  return new Promise((resolve) => {
    const attempt = () => {
      if (mine !== pending) return resolve(false);
      const root = doc.querySelector('[data-testid="article-text"]');
      const range = root ? findPassage(root, start, end, text) : null;
      if (range) {
        scrollTo(range);
        mark(range);
        return resolve(true);
      }
      // A long article renders only what is near the screen: ask for the passage's part.
      root?.dispatchEvent(new CustomEvent<RevealDetail>(REVEAL_EVENT, { detail: { start, end } }));
      if (Date.now() > until) return resolve(false);
      setTimeout(attempt, 50);
    };
    attempt();
  });
}
