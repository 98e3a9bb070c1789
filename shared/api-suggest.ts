/**
 * The contract's values for suggested evidence (issue 10): passages across the corpus that
 * likely bear on a claim, and the passages parallel to a highlight in other articles. The
 * methods are listed in shared/api.ts (`suggest.*`); linking a suggestion is
 * `highlights.create` with `link`, so it is one undo step like any other highlight.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';

const id = z.string().min(1).max(100);
const offset = z.number().int().nonnegative();

/** One suggested passage (a sentence window of one article), best first in its list. */
export const PassageSuggestion = z.object({
  articleId: id,
  /** UTF-16 offsets into the article's text: exactly what `highlights.create` takes. */
  start: offset,
  end: offset,
  /** The passage as it reads in the article (for the panel and the CLI's JSON). */
  text: z.string().max(LIMITS.maxTextLength),
  /** Higher is better; comparable within one list only. */
  score: z.number(),
  /** The article's title, source and date, so the panel needs no second call. */
  title: z.string(),
  source: z.string().nullable(),
  date: z.string().nullable(),
});
export type PassageSuggestion = z.infer<typeof PassageSuggestion>;

/** The suggestions for one claim: at most one passage per article, best first. */
export const ClaimSuggestions = z.object({ claimId: id, suggestions: z.array(PassageSuggestion) });
export type ClaimSuggestions = z.infer<typeof ClaimSuggestions>;

/** `suggest.forClaim` arguments. Passages already linked to the claim and dismissed ones are left out. */
export const SuggestForClaimArgs = z.object({ claimId: id, limit: z.number().int().min(1).max(100).optional() }).strict();

/** A passage the researcher dismissed for a claim ("not relevant"): it is not suggested again. */
export const SuggestDismissArgs = z.object({ claimId: id, articleId: id, start: offset, end: offset }).strict();

/** `suggest.parallels`: passages in other articles that say what a highlight says ("4 other articles say this"). */
export const SuggestParallelsArgs = z.object({ highlightId: id, limit: z.number().int().min(1).max(100).optional() }).strict();
export const ParallelPassages = z.object({ highlightId: id, passages: z.array(PassageSuggestion) });
export type ParallelPassages = z.infer<typeof ParallelPassages>;
