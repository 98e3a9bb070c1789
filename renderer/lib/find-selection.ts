/**
 * Turning an in-article find match into a text selection, so everything the reader offers for
 * a selection (highlight, link as supports / refutes / context, claim from it) works on a match
 * found with Ctrl/Cmd+F — without a mouse drag.
 */

import { findAll } from './find.js';

/** Where the reader shows find match `index`: its marks, in text order (a match split by a highlight edge has several). */
function matchMarks(root: ParentNode, index: number): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark[data-find="${index}"]`)];
}

/**
 * Selects find match `index` inside `root` and moves focus to `focusTarget` (the reader), where
 * the selection keys act. Returns the match's start offset in the article text (the first mark's
 * data-start, which the selection is measured against), or null when the match is not shown —
 * or is not yet a match for `needle`, the text in the find field: the marks follow typing a
 * moment later, and a half-typed phrase must never become a highlight.
 */
export function selectFindMatch(root: ParentNode, index: number, needle: string, focusTarget: HTMLElement | null): number | null {
  const marks = matchMarks(root, index);
  const first = marks[0];
  const last = marks[marks.length - 1];
  const start = first ? Number(first.dataset['start']) : NaN;
  if (!first || !last || !Number.isFinite(start)) return null;
  const shown = marks.map((m) => m.textContent ?? '').join('');
  const whole = findAll(shown, needle, 1)[0];
  if (!whole || whole[0] !== 0 || whole[1] !== shown.length) return null;
  // Focus first: focusing the reader after selecting would leave the caret, not the selection, in some engines.
  focusTarget?.focus({ preventScroll: true });
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.childNodes.length);
  const selection = window.getSelection();
  if (!selection) return null;
  selection.removeAllRanges();
  selection.addRange(range);
  return start;
}
