import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../shared/text/paragraphs.js';
import { blockAt, blocksOf, firstBlocks, groupBlocks } from './virtual-blocks.js';

const para = (n: number) => `Paragraph ${n} ${'word '.repeat(n % 7 + 3)}`.trim();
const text = Array.from({ length: 200 }, (_, i) => para(i)).join('\n\n');
const paragraphs = splitParagraphs(text);

describe('groupBlocks', () => {
  it('covers every paragraph once, in order, in blocks of about the asked size', () => {
    const blocks = groupBlocks(paragraphs, 500);
    expect(blocks[0]!.first).toBe(0);
    expect(blocks.at(-1)!.last).toBe(paragraphs.length);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.first).toBe(blocks[i - 1]!.last);
    for (const b of blocks) {
      expect(b.start).toBe(paragraphs[b.first]!.start);
      expect(b.end).toBe(paragraphs[b.last - 1]!.end);
      expect(b.end - b.start <= 500 || b.last - b.first === 1).toBe(true);
    }
  });

  it('keeps a paragraph longer than a block whole, in a block of its own', () => {
    const long = `short\n\n${'x'.repeat(2000)}\n\nshort again`;
    const blocks = groupBlocks(splitParagraphs(long), 500);
    expect(blocks.map((b) => long.slice(b.start, b.end).length)).toEqual([5, 2000, 11]);
  });
});

describe('blockAt and blocksOf', () => {
  const blocks = groupBlocks(paragraphs, 500);
  it('finds the block of any offset, including the gap between paragraphs', () => {
    for (const b of blocks) {
      expect(blockAt(blocks, b.start)).toBe(b.index);
      expect(blockAt(blocks, b.end - 1)).toBe(b.index);
      if (b.index + 1 < blocks.length) expect(blockAt(blocks, b.end)).toBe(b.index + 1);
    }
    expect(blockAt(blocks, text.length + 10)).toBe(blocks.length - 1);
    expect(blockAt([], 3)).toBe(-1);
  });

  it('lists every block a range crossing block boundaries touches', () => {
    const [a, , c] = blocks;
    expect(blocksOf(blocks, a!.end - 3, c!.start + 2)).toEqual([0, 1, 2]);
    expect(blocksOf(blocks, a!.start, a!.end)).toEqual([0]);
  });
});

describe('firstBlocks', () => {
  it('takes blocks until the first screen of text is covered', () => {
    const blocks = groupBlocks(paragraphs, 500);
    const first = firstBlocks(blocks, 1200);
    expect(blocks[first.at(-1)!]!.end).toBeGreaterThanOrEqual(1200);
    expect(blocks[first.at(-1)! - 1]!.end).toBeLessThan(1200);
  });
});
