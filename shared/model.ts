/**
 * The project data model, as stored in a `.warrant` file and sent over the API.
 * Every value read from disk or received from a client is parsed with these schemas.
 */
import { z } from 'zod';
import { AnchorSelectors } from './anchoring/selectors.js';
import { ARTICLE_FORMAT_IDS } from './formats.js';
import { HIGHLIGHT_COLOR_IDS } from './highlight-colors.js';
import { LIMITS } from './limits.js';
import { RATING_IDS } from './rating-scale.js';

/** Formats Warrant can import: the ids of the format registry (shared/formats.ts). */
export const ArticleFormat = z.enum(ARTICLE_FORMAT_IDS);
export type ArticleFormat = z.infer<typeof ArticleFormat>;

export { LIMITS } from './limits.js';

const shortText = z.string().max(LIMITS.maxFieldLength);

/** Editable bibliographic metadata. `null` means "the file did not say". */
export const ArticleMetaFields = z.strictObject({
  title: z.string().min(1).max(LIMITS.maxTitleLength),
  source: shortText.nullable(),
  author: shortText.nullable(),
  /** Publication date as found in the document: ISO `YYYY-MM-DD` when it could be parsed, else null. */
  date: z.iso.date('date must be a real date written YYYY-MM-DD').nullable(),
  url: shortText.nullable(),
});
export type ArticleMetaFields = z.infer<typeof ArticleMetaFields>;

/** An article without its text, as listed in the library. Unknown keys are refused, not dropped. */
export const ArticleMeta = ArticleMetaFields.extend({
  id: z.string().min(1).max(100),
  /** The file name it was imported from (no directories). */
  fileName: shortText,
  format: ArticleFormat,
  importedAt: z.iso.datetime(),
  /** sha256 (hex) of the normalized text; identical text is never imported twice. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Length of `text` in UTF-16 code units. */
  length: z.number().int().nonnegative(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** A full article. `text` is normalized once at import and never changed afterwards. */
export const Article = ArticleMeta.extend({
  text: z.string().max(LIMITS.maxTextLength),
});
export type Article = z.infer<typeof Article>;

/** The current schema version written by this build. */
export const CURRENT_SCHEMA_VERSION = 2;

/** The on-disk project file, schema version 1. See docs/project-format.md. */
export const ProjectFileV1 = z
  .object({
    format: z.literal('warrant-project'),
    schemaVersion: z.literal(1),
    id: z.string().min(1).max(100),
    name: z.string().min(1).max(LIMITS.maxTitleLength),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    articles: z.array(Article).max(LIMITS.maxArticles),
  })
  .strict();
export type ProjectFileV1 = z.infer<typeof ProjectFileV1>;

const id = z.string().min(1).max(100);
const stamp = {
  /** Who made or last changed the item (the name set in preferences). */
  author: z.string().max(LIMITS.maxAuthorLength),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

/**
 * Highlight colours: the ids of shared/highlight-colors.ts, where each also has a label and a
 * pattern, so that colour is never the only way to tell highlights apart (colour-blind readers).
 */
export const HighlightColor = z.enum(HIGHLIGHT_COLOR_IDS);
export type HighlightColor = z.infer<typeof HighlightColor>;

/** A marked passage of one article, anchored with W3C Web Annotation selectors. */
export const Highlight = z
  .object({
    id,
    articleId: id,
    target: AnchorSelectors,
    color: HighlightColor,
    /** Optional short label shown on the highlight (e.g. "key figure"). */
    label: z.string().max(LIMITS.maxLabelLength).nullable(),
    note: z.string().max(LIMITS.maxNoteLength),
    ...stamp,
  })
  .strict();
export type Highlight = z.infer<typeof Highlight>;

/** The researcher's judgement of how well a claim is supported: the ids of shared/rating-scale.ts. */
export const Rating = z.enum(RATING_IDS);
export type Rating = z.infer<typeof Rating>;

/** A statement under investigation. Claims nest one level: a sub-claim's parent has no parent. */
export const Claim = z
  .object({
    id,
    text: z.string().min(1).max(LIMITS.maxClaimLength),
    parentId: id.nullable(),
    rating: Rating,
    rationale: z.string().max(LIMITS.maxNoteLength),
    ...stamp,
  })
  .strict();
export type Claim = z.infer<typeof Claim>;

/** How a passage bears on a claim. */
export const Stance = z.enum(['supports', 'refutes', 'context']);
export type Stance = z.infer<typeof Stance>;

/** A highlight used as evidence for a claim. One link per highlight–claim pair. */
export const EvidenceLink = z
  .object({
    id,
    highlightId: id,
    claimId: id,
    stance: Stance,
    /** Optional weight from 1 (slight) to 3 (strong). */
    weight: z.number().int().min(1).max(LIMITS.maxLinkWeight).nullable(),
    note: z.string().max(LIMITS.maxNoteLength),
    ...stamp,
  })
  .strict();
export type EvidenceLink = z.infer<typeof EvidenceLink>;

/**
 * What is kept of an article deleted while it had highlights: enough to show its evidence as
 * "article removed" with title and source, so claims never silently lose their evidence.
 */
export const RemovedArticle = z
  .object({
    id,
    title: z.string().max(LIMITS.maxTitleLength),
    source: shortText.nullable(),
    date: z.string().nullable(),
    removedAt: z.iso.datetime(),
  })
  .strict();
export type RemovedArticle = z.infer<typeof RemovedArticle>;

/** Everything a researcher adds on top of the articles. */
export const Annotations = z.object({
  highlights: z.array(Highlight).max(1_000_000),
  claims: z.array(Claim).max(100_000),
  links: z.array(EvidenceLink).max(1_000_000),
  removedArticles: z.array(RemovedArticle).max(LIMITS.maxArticles),
});
export type Annotations = z.infer<typeof Annotations>;

/** The on-disk project file, schema version 2: format 1 plus annotations. */
export const ProjectFileV2 = ProjectFileV1.extend({
  schemaVersion: z.literal(2),
  ...Annotations.shape,
}).strict();
export type ProjectFileV2 = z.infer<typeof ProjectFileV2>;

/** The latest project file shape. */
export const ProjectFile = ProjectFileV2;
export type ProjectFile = ProjectFileV2;
