/** How text items from pdf.js become lines and paragraphs (items as pdf.js reports them). */
import { describe, expect, it } from 'vitest';
import { joinLines, linesToParagraphs, pageText, wordEvidence, type PdfLine } from './pdf-lines.js';

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

  it('joins a word hyphenated at a line break, and keeps the hyphen of a compound, without adding a space', () => {
    const items = [item(72, 700, 'a well-'), item(72, 688, 'known supplier of network equip-'), item(72, 676, 'ment')];
    expect(pageText(items)).toBe('a well-known supplier of network equipment');
  });

  it('keeps double-spaced text in one paragraph, and still separates paragraphs by a larger gap', () => {
    const long = 'x'.repeat(80);
    const items = [item(72, 700, long), item(72, 676, long), item(72, 652, 'end of it.'), item(72, 610, long), item(72, 586, 'more')];
    expect(pageText(items)).toBe(`${long} ${long} end of it.\n\n${long} more`);
  });

  it('starts a paragraph where the type size changes (a heading)', () => {
    const heading = { ...item(72, 720, 'Findings'), transform: [16, 0, 0, 16, 72, 720], height: 16 };
    expect(pageText([heading, item(72, 704, 'The council voted'), item(72, 692, 'on Tuesday.')])).toBe('Findings\n\nThe council voted on Tuesday.');
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

  it('starts a paragraph at each bullet, and continues an item under its text', () => {
    const long = 'x'.repeat(80);
    const items = [item(72, 700, `• ${long}`), item(82, 688, 'continued;'), item(72, 676, '• second;'), item(72, 664, '• third.')];
    expect(pageText(items)).toBe(`• ${long} continued;\n\n• second;\n\n• third.`);
  });

  it('ignores marked-content entries and empty items', () => {
    expect(pageText([{ type: 'beginMarkedContent', id: 'x' }, item(72, 700, ''), item(72, 700, 'Text')])).toBe('Text');
  });
});

describe('joinLines', () => {
  it('joins a word broken by hyphenation when the next line goes on in lower case', () => {
    expect(joinLines('signs of manip-', 'ulation were found')).toBe('signs of manipulation were found');
    expect(joinLines('die Verein‐', 'barung')).toBe('die Vereinbarung');
    expect(joinLines('a (manip-', 'ulation) and “manip-')).toBe('a (manipulation) and “manip-');
    expect(joinLines('a (manipulation) and “manip-', 'ulation”')).toBe('a (manipulation) and “manipulation”');
  });

  it('keeps the hyphen before a capital, a digit, inside a compound, and after "well" or "self"', () => {
    expect(joinLines('the Anglo-', 'Saxon kings')).toBe('the Anglo-Saxon kings');
    expect(joinLines('cases of COVID-', '19 rose')).toBe('cases of COVID-19 rose');
    expect(joinLines('a state-of-the-', 'art method')).toBe('a state-of-the-art method');
    expect(joinLines('a well-', 'known fact')).toBe('a well-known fact');
    expect(joinLines('it is self-', 'evident')).toBe('it is self-evident');
  });

  it('follows the document where it writes the word elsewhere', () => {
    const lines = (texts: string[]): PdfLine[] => texts.map((text, i) => ({ text, y: 700 - i * 12, startX: 72, endX: 500, size: 10 }));
    const evidence = wordEvidence(lines(['a long-term plan and a wellknown name', 'the co-', 'operation of all']));
    expect(evidence.compounds.has('long-term')).toBe(true);
    expect(evidence.words.has('co')).toBe(false); // the fragment at a line end is not a word
    expect(joinLines('the long-', 'term view', evidence)).toBe('the long-term view');
    expect(joinLines('a well-', 'known name', evidence)).toBe('a wellknown name');
    expect(joinLines('the long-', 'term view')).toBe('the longterm view');
  });

  it('drops a soft hyphen at a line end and joins; joins other lines with a space', () => {
    expect(joinLines('Zusammen\u00AD', 'arbeit')).toBe('Zusammenarbeit');
    expect(joinLines('one', 'two')).toBe('one two');
    expect(joinLines('a dash -', 'here')).toBe('a dash - here');
    expect(joinLines('an aside\u2014', 'like this')).toBe('an aside\u2014like this');
  });
});

describe('linesToParagraphs', () => {
  it('gives nothing for no lines', () => {
    expect(linesToParagraphs([])).toBe('');
  });
});
