/**
 * In-article find: plain, case-insensitive substring search over the article text.
 */
import type { TextRange } from '../../shared/api.js';

/** Most matches the find bar marks; beyond this the count says "+" (keeps huge texts responsive). */
export const MAX_FIND_MATCHES = 5_000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every non-overlapping occurrence of `needle` in `text`, ignoring case, as [start, end)
 * offsets into `text`. Whitespace in the needle matches any run of whitespace, so a phrase
 * typed with a space still matches where the article breaks the line. Leading and trailing
 * whitespace of the needle is ignored. Stops after `limit` matches.
 */
export function findAll(text: string, needle: string, limit = MAX_FIND_MATCHES): TextRange[] {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  // The 'u' + 'i' flags fold case per Unicode while offsets stay offsets into the original text.
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
  const ranges: TextRange[] = [];
  for (let m = pattern.exec(text); m && ranges.length < limit; m = pattern.exec(text)) {
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
