/**
 * Extends the reader's keyboard selection by a sentence (issue 12: "select … by sentence too").
 * The reader's text is a read-only caret surface, so Chromium's own sentence boundaries
 * (`Selection.modify` with `sentence` granularity, the ones its editing commands use) apply;
 * nothing happens when the selection is not in the article text.
 */
export function extendSelectionBySentence(direction: 'forward' | 'backward', doc: Document = document): boolean {
  const sel = doc.getSelection();
  const focus = sel?.focusNode;
  const inText = focus && (focus instanceof Element ? focus : focus.parentElement)?.closest('[data-testid="article-text"]');
  if (!sel || !inText || typeof sel.modify !== 'function') return false;
  sel.modify('extend', direction, 'sentence');
  return true;
}
