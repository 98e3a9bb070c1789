/**
 * Splits article text into paragraphs by offsets. The reader renders each paragraph as one
 * element carrying its start offset, so a position in the DOM maps back to an offset into
 * `article.text` — the anchor that highlights will use.
 */

/** A paragraph as [start, end) offsets into the article text (UTF-16 code units). */
export interface Paragraph {
  start: number;
  end: number;
}

/**
 * Returns the paragraphs of `text`. Text that uses blank lines between paragraphs is split
 * there, and single line breaks stay inside a paragraph (the reader shows them as is). Text
 * with no blank line at all — many web articles saved as text — puts one paragraph on each
 * line, so each line break is a paragraph break. Separators are not part of any paragraph;
 * paragraphs that would be empty or whitespace-only are dropped.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // A blank line is a line break, optional spaces, and another line break.
  const separator = /\n[^\S\n]*\n/.test(text) ? /\n[^\S\n]*\n\s*/g : /\n\s*/g;
  let start = 0;
  const push = (end: number): void => {
    if (text.slice(start, end).trim() !== '') paragraphs.push({ start, end });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return paragraphs;
}
