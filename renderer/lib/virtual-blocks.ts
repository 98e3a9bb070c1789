/**
 * Windowing of a long article: paragraphs are grouped into blocks of about the same amount of
 * text, and the reader renders only the blocks near the screen (the rest stand in as empty
 * boxes of their measured or estimated height). Grouping by text, not by paragraph count,
 * keeps each block's cost and height similar whether the article has many short lines or a
 * few long paragraphs. Pure functions, so they are tested without a layout engine.
 */
import type { Paragraph } from '../../shared/text/paragraphs.js';

/** A run of consecutive paragraphs rendered (or left out) together. */
export interface TextBlock {
  /** Index of the block in the article. */
  index: number;
  /** [first, last) paragraph indexes. */
  first: number;
  last: number;
  /** [start, end) offsets into the article text. */
  start: number;
  end: number;
}

/** Text per block: a few screens, so a first screen needs one or two blocks. */
export const BLOCK_CHARS = 6_000;
/** Articles shorter than this are rendered whole: windowing would only add moving parts. */
export const WINDOW_FROM_CHARS = 60_000;
/** Text rendered before anything is measured: more than a tall screen holds. */
export const FIRST_SCREEN_CHARS = 12_000;
/** Event dispatched on the article text element to render the block around {start, end}. */
export const REVEAL_EVENT = 'warrant-reveal-offsets';
/** What a REVEAL_EVENT carries. */
export interface RevealDetail {
  start: number;
  end: number;
}

/** Groups `paragraphs` into blocks of about `chars` characters (a long paragraph is a block alone). */
export function groupBlocks(paragraphs: readonly Paragraph[], chars: number = BLOCK_CHARS): TextBlock[] {
  const blocks: TextBlock[] = [];
  let first = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const isLast = i === paragraphs.length - 1;
    if (isLast || paragraphs[i + 1]!.end - paragraphs[first]!.start > chars) {
      blocks.push({ index: blocks.length, first, last: i + 1, start: paragraphs[first]!.start, end: paragraphs[i]!.end });
      first = i + 1;
    }
  }
  return blocks;
}

/**
 * The index of the block holding `offset`; an offset between paragraphs belongs to the block
 * after it (or the last block). -1 when there are no blocks.
 */
export function blockAt(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The blocks [start, end) touches (a highlight or match may cross a block boundary). */
export function blocksOf(blocks: readonly TextBlock[], start: number, end: number): number[] {
  const a = blockAt(blocks, start);
  if (a < 0) return [];
  const b = blockAt(blocks, Math.max(start, end - 1));
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** The first blocks, up to about `chars` characters of text: what the first screen shows. */
export function firstBlocks(blocks: readonly TextBlock[], chars: number = FIRST_SCREEN_CHARS): number[] {
  const out: number[] = [];
  for (const b of blocks) {
    out.push(b.index);
    if (b.end >= chars) break;
  }
  return out;
}
