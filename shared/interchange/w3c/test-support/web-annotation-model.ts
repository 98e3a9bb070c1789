/**
 * For tests only: the W3C Web Annotation Data Model's rules (https://www.w3.org/TR/annotation-model/)
 * for the parts our export writes, as zod schemas. They follow the JSON Schemas of the W3C test
 * suite (github.com/w3c/web-annotation-tests, `definitions/*.json` and
 * `annotations/3.1-annotationMustKeys.json`), read through the library's search tools since
 * nothing may be downloaded at test time. Objects are strict: every key we write must be a term
 * of the anno.jsonld context, so a misspelt property fails here rather than being silently
 * ignored by a JSON-LD processor.
 */
import { z } from 'zod';

/** id.json#/definitions/stringUri: a string of format "uri" (RFC 3986: a scheme, then the rest). */
const uri = z.string().regex(/^[a-z][a-z0-9+.-]*:[^\s]+$/i, 'must be an absolute IRI');

/** §3.3.1 created / modified / generated: xsd:dateTime, which SHOULD carry a timezone. */
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, 'must be an xsd:dateTime with a timezone');

/** annotations.json#/definitions/motivationList (§3.3.5): motivations, also used as purposes. */
export const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'] as const;
const motivation = z.enum(MOTIVATIONS);

/** bodyTarget.json#/definitions/formatValueCheck (§3.2.1): a registered top-level media type. */
const format = z.string().regex(/^(application|audio|example|image|multipart|text|video)\//, 'must be a media type');

/** §3.3.2 an Agent: a class of Person, Organization or Software, with a name. */
const agent = z.strictObject({ id: uri.optional(), type: z.enum(['Person', 'Organization', 'Software']), name: z.string().min(1), nickname: z.string().optional() });

/** §3.2.4 an embedded Textual Body (textualBody.json: `value` is a string and required). */
export const TextualBodyRule = z.strictObject({
  id: uri.optional(),
  type: z.literal('TextualBody'),
  value: z.string(),
  format: format.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-|$)/).optional(),
  purpose: motivation.optional(),
  creator: agent.optional(),
});

/** specificResource.json#/definitions/textQuoteSelectorDetected (§4.2.4). */
const TextQuoteSelectorRule = z.strictObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().optional(), suffix: z.string().optional() });

/** textPositionSelectorDetected (§4.2.5): integers ≥ 0, counting code points; end ≥ start. */
const TextPositionSelectorRule = z
  .strictObject({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((s) => s.end >= s.start, 'end must not come before start');

/**
 * specificeResourceDetected (§4): exactly one `source` (an IRI), plus at least one of
 * selector, scope, styleClass… ; §4.6 `scope` is an IRI or a list of IRIs.
 */
export const SpecificResourceRule = z
  .strictObject({
    type: z.literal('SpecificResource').optional(),
    source: uri,
    scope: z.union([uri, z.array(uri).min(1)]).optional(),
    styleClass: z.string().optional(),
    selector: z.array(z.union([TextQuoteSelectorRule, TextPositionSelectorRule])).min(1).optional(),
  })
  .refine((t) => t.selector !== undefined || t.scope !== undefined || t.styleClass !== undefined, 'a Specific Resource needs a selector, scope or styleClass');

/** annotationStylesheet (§4.4): an embedded CssStylesheet has a value and no id. */
const stylesheet = z.strictObject({ type: z.literal('CssStylesheet'), value: z.string().min(1) });

/** 3.1-annotationMustKeys.json: the required keys of an Annotation, and what our optional ones must be. */
export const AnnotationRule = z
  .strictObject({
    '@context': z.literal('http://www.w3.org/ns/anno.jsonld').optional(),
    id: uri,
    type: z.literal('Annotation'),
    motivation: motivation.optional(),
    body: z.array(TextualBodyRule).min(1).optional(),
    bodyValue: z.string().optional(),
    target: z.union([uri, SpecificResourceRule]),
    stylesheet: stylesheet.optional(),
    creator: agent.optional(),
    created: dateTime.optional(),
    modified: dateTime.optional(),
  })
  // notBodyBodyValue (§3.2.5): body and bodyValue are exclusive.
  .refine((a) => !(a.body !== undefined && a.bodyValue !== undefined), 'an annotation cannot have both body and bodyValue')
  // §4.4: a styleClass names a class of the annotation's stylesheet.
  .refine((a) => typeof a.target === 'string' || a.target.styleClass === undefined || (a.stylesheet?.value.includes(`.${a.target.styleClass}`) ?? false), 'a styleClass must be defined in the stylesheet');

/** collections.json §5.2: an Annotation Page with its items. */
const PageRule = z.strictObject({
  id: uri,
  type: z.literal('AnnotationPage'),
  partOf: uri.optional(),
  startIndex: z.number().int().min(0).optional(),
  next: uri.optional(),
  items: z.array(AnnotationRule).min(1),
});

/** collections.json §5.1: an Annotation Collection; `first` is required when total > 0 (firstRequiredIfTotalMoreThanZero). */
export const CollectionRule = z
  .strictObject({
    '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
    id: uri,
    type: z.literal('AnnotationCollection'),
    label: z.string().optional(),
    generator: agent.optional(),
    generated: dateTime.optional(),
    total: z.number().int().min(0),
    first: PageRule.optional(),
  })
  .refine((c) => c.total === 0 || c.first !== undefined, 'a collection with annotations must have a first page')
  .refine((c) => (c.first?.items.length ?? 0) === c.total, 'total must count the annotations');
