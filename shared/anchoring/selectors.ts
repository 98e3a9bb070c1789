/**
 * Selectors that locate a highlight in an article's text, in the shape of the W3C Web
 * Annotation Data Model (https://www.w3.org/TR/annotation-model/#selectors). They are stored
 * in the project file, so every one read from disk is parsed with these schemas first.
 *
 * Offsets count UTF-16 code units of `Article.text`, as JavaScript strings do.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.js';

/**
 * How much text before and after a highlight is kept as its `prefix` / `suffix`, in UTF-16
 * code units. 32 is what the Hypothesis client stores: enough to tell apart repeated phrases
 * and to re-find an edited passage, short enough that the context stays about the quote.
 */
export const CONTEXT_LENGTH = 32;

const offset = z.number().int().nonnegative().max(LIMITS.maxTextLength);

/** A range of the article text by offsets: `text.slice(start, end)`. Fast and exact, but brittle. */
export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: offset,
    end: offset,
  })
  .strict()
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/**
 * A range of the article text by its words: the `exact` text plus up to {@link CONTEXT_LENGTH}
 * code units of context on each side (empty at the start / end of the article). Survives edits.
 */
export const TextQuoteSelector = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1, 'a quote cannot be empty').max(LIMITS.maxTextLength),
    prefix: z.string().max(CONTEXT_LENGTH),
    suffix: z.string().max(CONTEXT_LENGTH),
  })
  .strict();
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/**
 * Both selectors of one highlight, as {@link describe} makes them. The quote is required: it
 * is what re-finds the passage after the text changed, and what an orphaned highlight shows.
 */
export const AnchorSelectors = z
  .object({
    position: TextPositionSelector,
    quote: TextQuoteSelector,
  })
  .strict();
export type AnchorSelectors = z.infer<typeof AnchorSelectors>;
