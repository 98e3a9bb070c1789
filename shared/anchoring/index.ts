/**
 * Anchoring highlights to article text: selectors (W3C Web Annotation), `describe` (range →
 * selectors) and `anchor` (selectors → range, or null when orphaned). See README.md.
 */
export { AnchorSelectors, CONTEXT_LENGTH, TextPositionSelector, TextQuoteSelector } from './selectors.js';
export { describe } from './describe.js';
export { anchor, type AnchorMethod, type AnchorOptions, type AnchorResult, type AnchorTarget } from './anchor.js';
export { THRESHOLDS, WEIGHTS } from './match-quote.js';
