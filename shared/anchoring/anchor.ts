/**
 * From stored selectors back to a range of the article text (Hypothesis' `toRange` direction).
 */
import {
  bestMatch,
  exactCandidates,
  fuzzyCandidates,
  type Candidate,
  type QuotePattern,
} from './match-quote.js';
import type { TextPositionSelector, TextQuoteSelector } from './selectors.js';

/** How a highlight was found again. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a highlight lies in the text now: `text.slice(start, end)`. */
export interface AnchorResult {
  start: number;
  end: number;
  /**
   * `position`: the stored offsets still hold the quote; `quote`: the quote was found word for
   * word elsewhere (the text moved); `fuzzy`: a close but not identical passage was found (the
   * text was edited), so the highlighted words now differ from the stored quote.
   */
  method: AnchorMethod;
}

/** The selectors {@link anchor} needs: the quote, and the position when there is one. */
export interface AnchorTarget {
  position?: TextPositionSelector | undefined;
  quote: TextQuoteSelector;
}

/** Options for {@link anchor}. */
export interface AnchorOptions {
  /** Where the quote is expected to start; defaults to the stored position's start. */
  hint?: number;
  /** Set false to skip the approximate search (only exact quotes anchor). Default true. */
  fuzzy?: boolean;
}

/**
 * The quote in the Unicode normalization forms it is tried in, as-is first. Article text is
 * NFC, but a highlight taken on an older import of the same article may hold NFD text; its
 * offsets are then meaningless but its words are still the same words.
 */
function variants(quote: TextQuoteSelector): QuotePattern[] {
  const out: QuotePattern[] = [];
  for (const form of [null, 'NFC', 'NFD'] as const) {
    const p: QuotePattern = form
      ? { exact: quote.exact.normalize(form), prefix: quote.prefix.normalize(form), suffix: quote.suffix.normalize(form) }
      : { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
    if (!out.some((o) => o.exact === p.exact && o.prefix === p.prefix && o.suffix === p.suffix)) out.push(p);
  }
  return out;
}

/**
 * Whether the text at the stored offsets is exactly as it was: the quote with its prefix and
 * suffix around it. That settles it at once, and is the normal case (article text never
 * changes after import). Anything less is weighed against the other occurrences instead, since
 * a short quote may be other words that moved into the same spot.
 */
function positionIntact(text: string, position: TextPositionSelector, pattern: QuotePattern): boolean {
  const { start, end } = position;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= pattern.prefix.length &&
    start < end &&
    end <= text.length &&
    text.slice(start, end) === pattern.exact &&
    text.slice(start - pattern.prefix.length, start) === pattern.prefix &&
    text.startsWith(pattern.suffix, end) &&
    // An empty prefix / suffix means the quote was at the very start / end of the text.
    (pattern.prefix !== '' || start === 0) &&
    (pattern.suffix !== '' || end === text.length)
  );
}

/**
 * Finds a highlight in `text` from its selectors, trying in order:
 * 1. **position**: the stored offsets still hold the quote with its prefix and suffix — the
 *    normal case, as article text never changes once imported;
 * 2. **quote**: every occurrence of the exact quote is scored; the one whose prefix and suffix
 *    agree best wins, then the one nearest the old position. If that is the stored position
 *    after all (only the context changed), the method is still `position`;
 * 3. **fuzzy**: the closest approximate match, ranked by quote, prefix, suffix and position
 *    similarity (weights 50/20/20/2), searched with up to min(256, quote length / 2) errors.
 * Every candidate must pass the thresholds in match-quote.ts: a weak match, a short quote in
 * unrelated surroundings, or a fuzzy match whose numbers differ is refused.
 *
 * @returns the range, or null when the highlight cannot be placed with confidence: the caller
 *   keeps it and shows it as orphaned, with its stored quote.
 */
export function anchor(text: string, selectors: AnchorTarget, opts: AnchorOptions = {}): AnchorResult | null {
  const { position, quote } = selectors;
  if (quote.exact.length === 0 || text.length === 0) return null;
  const hint = opts.hint ?? position?.start;
  const patterns = variants(quote);
  const [original] = patterns;

  if (position && original && positionIntact(text, position, original)) {
    return { start: position.start, end: position.end, method: 'position' };
  }

  let exactFound = false;
  let best: { start: number; end: number; score: number } | null = null;
  for (const pattern of patterns) {
    const candidates: Candidate[] = exactCandidates(text, pattern.exact, hint);
    exactFound ||= candidates.length > 0;
    const m = bestMatch(text, pattern, candidates, hint);
    if (m && (!best || m.score > best.score || (m.score === best.score && m.start < best.start))) best = m;
  }
  if (best) {
    const same = position?.start === best.start && position.end === best.end;
    return { start: best.start, end: best.end, method: same ? 'position' : 'quote' };
  }

  if (opts.fuzzy === false) return null;
  // Article text is NFC (shared/text/normalize.ts), so the approximate search uses that form.
  const nfc = patterns.find((p) => p.exact === quote.exact.normalize('NFC')) ?? original;
  if (!nfc) return null;
  const fuzzy = bestMatch(text, nfc, fuzzyCandidates(text, nfc, hint, !exactFound), hint);
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}
