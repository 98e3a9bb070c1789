/**
 * What an annotation file may hold, checked before anything is read from it. Loose on keys we
 * do not use (other tools add their own), strict on the ones we do, with limits on counts and
 * string sizes so a hostile file cannot exhaust memory. None of these schemas is recursive:
 * pages chained by `next` are walked by a bounded loop in import.ts, so a deeply nested file
 * cannot exhaust the stack.
 */
import { z } from 'zod';
import { LIMITS } from '../../limits.js';

/** The most annotations one file may bring. */
export const MAX_ANNOTATIONS = 100_000;
/** The most pages of a collection that are read. */
export const MAX_PAGES = 1_000;
const MAX_PARTS = 100; // selectors, targets, bodies or tags of one annotation
const MAX_CONTEXT = 10_000; // a prefix or suffix (we keep the nearest 32 units)
const MAX_IRI = 10_000;

const iri = z.string().max(MAX_IRI);
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).max(MAX_PARTS)]);
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * A selector (§4.2). Every type is accepted (a RangeSelector or XPathSelector is simply not
 * used), but a quote or position selector must have the fields it needs, of the right types.
 */
export const Selector = z.union([
  iri,
  z
    .looseObject({
      type: z.string().max(200),
      exact: z.string().max(LIMITS.maxTextLength).optional(),
      prefix: z.string().max(MAX_CONTEXT).optional(),
      suffix: z.string().max(MAX_CONTEXT).optional(),
      start: count.optional(),
      end: count.optional(),
    })
    .superRefine((s, ctx) => {
      if (s.type === 'TextQuoteSelector' && s.exact === undefined) ctx.addIssue({ code: 'custom', path: ['exact'], message: 'a TextQuoteSelector needs its exact text' });
      if (s.type === 'TextPositionSelector' && (s.start === undefined || s.end === undefined)) ctx.addIssue({ code: 'custom', path: [s.start === undefined ? 'start' : 'end'], message: 'a TextPositionSelector needs a start and an end' });
    }),
]);
export type Selector = z.infer<typeof Selector>;

/** A target (§3.2, §4): an IRI, or a resource with a `source` and selectors. */
export const Target = z.union([
  iri,
  z.looseObject({
    id: iri.optional(),
    source: z.union([iri, z.looseObject({ id: iri })]).optional(),
    scope: oneOrMany(iri).optional(),
    styleClass: z.string().max(200).optional(),
    selector: oneOrMany(Selector).optional(),
  }),
]);
export type Target = z.infer<typeof Target>;

/** A body (§3.2): an IRI, or a resource; a Textual Body has a `value`. */
export const Body = z.union([
  iri,
  z.looseObject({
    id: iri.optional(),
    type: oneOrMany(z.string().max(200)).optional(),
    value: z.string().max(LIMITS.maxNoteLength).optional(),
    purpose: oneOrMany(z.string().max(200)).optional(),
  }),
]);
export type Body = z.infer<typeof Body>;

/** An annotation (§3.1). `type` is not insisted on: some tools leave it out of an embedded item. */
export const W3cAnnotation = z.looseObject({
  id: iri.optional(),
  motivation: oneOrMany(z.string().max(200)).optional(),
  body: oneOrMany(Body).optional(),
  bodyValue: z.string().max(LIMITS.maxNoteLength).optional(),
  target: oneOrMany(Target),
});
export type W3cAnnotation = z.infer<typeof W3cAnnotation>;

/** An item of a page: an embedded annotation, or only its IRI (reported as not in the file). */
export const PageItem = z.union([iri, W3cAnnotation]);
export type PageItem = z.infer<typeof PageItem>;

/** An Annotation Page (§5.2); `next` is walked separately. */
export const AnnotationPage = z.looseObject({
  items: z.array(PageItem).max(MAX_ANNOTATIONS),
  next: z.unknown().optional(),
});

/** A Hypothesis selector: the same W3C selectors (Hypothesis also writes RangeSelectors). */
const HypothesisTarget = z.looseObject({
  source: iri.optional(),
  selector: z.array(Selector).max(MAX_PARTS).optional(),
});

/**
 * One annotation as the Hypothesis API and its export write it (h's AnnotationJSONPresenter):
 * the note is `text` (the spec's `value`), tags are plain strings, the page is `uri`.
 */
export const HypothesisAnnotation = z.looseObject({
  id: z.string().max(200).optional(),
  uri: iri.optional(),
  text: z.string().max(LIMITS.maxNoteLength).optional(),
  tags: z.array(z.string().max(LIMITS.maxFieldLength)).max(MAX_PARTS).optional(),
  target: z.array(HypothesisTarget).max(MAX_PARTS).optional(),
  references: z.array(z.string().max(200)).max(10_000).optional(),
  document: z.looseObject({ title: oneOrMany(z.string().max(LIMITS.maxTitleLength)).optional() }).optional(),
});
export type HypothesisAnnotation = z.infer<typeof HypothesisAnnotation>;

/** The list of Hypothesis annotations, however the export wraps it. */
export const HypothesisRows = z.array(HypothesisAnnotation).max(MAX_ANNOTATIONS);
