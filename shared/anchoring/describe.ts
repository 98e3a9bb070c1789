/**
 * From a range of the article text to the selectors stored for it (Hypothesis' `fromRange` /
 * `toSelector` direction).
 */
import { snapToBoundary, trimWhitespace, widenToClusters } from './boundaries.js';
import { CONTEXT_LENGTH, type AnchorSelectors } from './selectors.js';

/**
 * Builds the position and quote selectors for `text.slice(start, end)`.
 *
 * The range is first made sound, so that any selection the reader produces gives a stable
 * highlight: offsets are clamped to the text, a backwards range (selection dragged right to
 * left) is turned around, white space at either end is dropped, and the ends are widened to
 * whole characters (never half a surrogate pair, an emoji or a letter with its accent). The
 * returned `position` is that adjusted range and `quote.exact` is exactly its text.
 *
 * `prefix` and `suffix` are up to {@link CONTEXT_LENGTH} code units of the text around it,
 * shortened rather than cut inside a character, and empty at the start / end of the text.
 *
 * @returns null when the range holds nothing but white space (there is nothing to highlight).
 * @throws RangeError when an offset is not an integer: that is a bug in the caller.
 */
export function describe(text: string, start: number, end: number): AnchorSelectors | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describe: offsets must be integers, got ${start}..${end}`);
  }
  const clamp = (n: number): number => Math.min(Math.max(n, 0), text.length);
  const [lo, hi] = start <= end ? [clamp(start), clamp(end)] : [clamp(end), clamp(start)];
  const [trimmedStart, trimmedEnd] = trimWhitespace(text, lo, hi);
  if (trimmedStart === trimmedEnd) return null;
  const [s, e] = widenToClusters(text, trimmedStart, trimmedEnd);

  // Context is shortened, not widened: it must stay within CONTEXT_LENGTH for the schema.
  const prefixStart = snapToBoundary(text, Math.max(0, s - CONTEXT_LENGTH), 1);
  const suffixEnd = snapToBoundary(text, Math.min(text.length, e + CONTEXT_LENGTH), -1);

  return {
    position: { type: 'TextPositionSelector', start: s, end: e },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.min(prefixStart, s), s),
      suffix: text.slice(e, Math.max(suffixEnd, e)),
    },
  };
}
