/** How text items from pdf.js become lines and paragraphs (items as pdf.js reports them). */
import { describe, expect, it } from 'vitest';
import { pageText } from './parse-pdf.js';

/** A text item at (x, y), 10 pt type, about 5 pt per character. */
const item = (x: number, y: number, str: string, hasEOL = false) => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width: str.length * 5,
  height: 10,
  hasEOL,
});

describe('pageText', () => {
  it('joins items on one baseline, inserting a space only where there is a gap', () => {
    expect(pageText([item(72, 700, 'Allies'), item(72 + 30 + 3, 700, 'urged'), item(130, 700, 'ly')])).toBe('Allies urgedly');
  });

  it('joins the lines of a paragraph with spaces and separates paragraphs by a larger gap', () => {
    const items = [
      item(72, 700, 'First paragraph starts here and'),
      item(72, 688, 'continues on the next line.'),
      item(72, 660, 'Second paragraph.'),
    ];
    expect(pageText(items)).toBe('First paragraph starts here and continues on the next line.\n\nSecond paragraph.');
  });

  it('keeps a hyphen at a line break without adding a space', () => {
    const items = [item(72, 700, 'a well-'), item(72, 688, 'known supplier of network equip-'), item(72, 676, 'ment')];
    expect(pageText(items)).toBe('a well-known supplier of network equip-ment');
  });

  it('starts a paragraph after a short line ending a sentence, or at an indented line', () => {
    const long = 'x'.repeat(80);
    const items = [
      item(72, 700, long),
      item(72, 688, 'Ends here.'),
      item(72, 676, long),
      item(90, 664, 'Indented start of a new paragraph'),
    ];
    expect(pageText(items)).toBe(`${long} Ends here.\n\n${long}\n\nIndented start of a new paragraph`);
  });

  it('ignores marked-content entries and empty items', () => {
    expect(pageText([{ type: 'beginMarkedContent', id: 'x' }, item(72, 700, ''), item(72, 700, 'Text')])).toBe('Text');
  });
});
