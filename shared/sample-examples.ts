/**
 * The worked examples in Warrant's built-in sample: a few claims, with passages of the sample
 * articles highlighted and linked to them (supports, refutes, context), so a newcomer sees the
 * core workflow done once. They are ordinary annotations stamped with EXAMPLE_AUTHOR (shown as
 * their author, and their highlights labelled EXAMPLE_LABEL), so "Clear examples" can remove
 * exactly them — and an example the researcher edits becomes theirs and stays.
 *
 * What the examples say lives in sample/examples.json (validated by SampleExamples); the pure
 * functions here place them on the articles and take them away again.
 */
import { z } from 'zod';
import { describe as describeRange } from './anchoring/index.js';
import * as ops from './annotations/operations.js';
import { DEFAULT_HIGHLIGHT_COLOR } from './highlight-colors.js';
import { LIMITS } from './limits.js';
import { Stance } from './model.js';

/** The author stamped on every example: what marks it as one. */
export const EXAMPLE_AUTHOR = 'Warrant example';

/** The label on every example highlight. */
export const EXAMPLE_LABEL = 'Example';

/** True for a claim, highlight or link that is one of the sample's examples (and unedited). */
export function isExample(item: { author: string }): boolean {
  return item.author === EXAMPLE_AUTHOR;
}

/** sample/examples.json: claims, each with passages quoted from the sample's article files. */
export const SampleExamples = z
  .object({
    claims: z
      .array(
        z
          .object({
            text: z.string().min(1).max(LIMITS.maxClaimLength),
            evidence: z
              .array(
                z
                  .object({
                    /** The article's file name in sample/articles. */
                    file: z.string().min(1).max(LIMITS.maxPathLength),
                    /** The passage, exactly as in the imported article's text. */
                    quote: z.string().min(1).max(LIMITS.maxNoteLength),
                    stance: Stance,
                    /** Why this passage bears on the claim this way (shown as the highlight's note). */
                    note: z.string().max(LIMITS.maxNoteLength),
                  })
                  .strict(),
              )
              .max(20),
          })
          .strict(),
      )
      .max(10),
  })
  .strict();
export type SampleExamples = z.infer<typeof SampleExamples>;

/** What placing the examples needs of an article. */
export interface ExampleArticle {
  id: string;
  fileName: string;
  text: string;
}

/**
 * The state with the examples added: each claim, then each passage highlighted (labelled
 * EXAMPLE_LABEL, with its note) and linked. `stamp.author` should be EXAMPLE_AUTHOR. A passage
 * not found in its article is left out and named in `missing` (the sample and its examples
 * disagree: a test catches it).
 */
export function addExamples(
  state: ops.AnnotationState,
  examples: SampleExamples,
  articles: readonly ExampleArticle[],
  stamp: ops.Stamp,
): { next: ops.AnnotationState; missing: string[] } {
  let next = state;
  const missing: string[] = [];
  const byFile = new Map(articles.map((a) => [a.fileName, a]));
  for (const example of examples.claims) {
    const made = ops.addClaim(next, { text: example.text }, stamp);
    next = made.next;
    for (const e of example.evidence) {
      const article = byFile.get(e.file);
      const start = article ? article.text.indexOf(e.quote) : -1;
      const target = article && start >= 0 ? describeRange(article.text, start, start + e.quote.length) : null;
      if (!article || !target) {
        missing.push(`${e.file}: “${e.quote.slice(0, 60)}”`);
        continue;
      }
      const highlighted = ops.addHighlight(next, { articleId: article.id, target, color: DEFAULT_HIGHLIGHT_COLOR, label: EXAMPLE_LABEL, note: e.note }, stamp);
      next = ops.linkEvidence(highlighted.next, { highlightId: highlighted.highlight.id, claimId: made.claim.id, stance: e.stance }, stamp).next;
    }
  }
  return { next, missing };
}

/** How many examples there are to clear. */
export function countExamples(a: Pick<ops.AnnotationState, 'claims' | 'highlights'>): { claims: number; highlights: number } {
  return { claims: a.claims.filter(isExample).length, highlights: a.highlights.filter(isExample).length };
}

/**
 * The state without the examples: their claims (with their links and ratings), and their
 * highlights — except one the researcher linked to a claim of their own, which they have
 * taken up as evidence and which stays.
 */
export function clearExamples(state: ops.AnnotationState, stamp: ops.Stamp): ops.AnnotationState {
  let next = state;
  for (const claim of state.claims.filter((c) => isExample(c) && c.parentId === null)) next = ops.deleteClaim(next, claim.id, stamp);
  // A sub-claim example under a claim of the researcher's.
  for (const claim of next.claims.filter(isExample)) next = ops.deleteClaim(next, claim.id, stamp);
  for (const highlight of next.highlights.filter(isExample)) {
    if (next.links.some((l) => l.highlightId === highlight.id)) continue;
    next = ops.deleteHighlight(next, highlight.id, stamp);
  }
  return next;
}
