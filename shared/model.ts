/**
 * The project data model, as stored in a `.warrant` file and sent over the API.
 * Every value read from disk or received from a client is parsed with these schemas.
 */
import { z } from 'zod';

/** Formats Warrant can import. */
export const ArticleFormat = z.enum(['txt', 'md', 'html', 'pdf', 'docx']);
export type ArticleFormat = z.infer<typeof ArticleFormat>;

/** Limits that keep a hostile project file from exhausting memory or the UI. */
export const LIMITS = {
  /** Largest article text, in UTF-16 code units (~20 MB). */
  maxTextLength: 20_000_000,
  maxTitleLength: 2_000,
  maxFieldLength: 2_000,
  maxArticles: 200_000,
  /** Largest file accepted for import, in bytes. */
  maxImportBytes: 100 * 1024 * 1024,
} as const;

const shortText = z.string().max(LIMITS.maxFieldLength);

/** Editable bibliographic metadata. `null` means "the file did not say". */
export const ArticleMetaFields = z.object({
  title: z.string().min(1).max(LIMITS.maxTitleLength),
  source: shortText.nullable(),
  author: shortText.nullable(),
  /** Publication date as found in the document: ISO `YYYY-MM-DD` when it could be parsed, else null. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').nullable(),
  url: shortText.nullable(),
});
export type ArticleMetaFields = z.infer<typeof ArticleMetaFields>;

/** An article without its text, as listed in the library. */
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
export const CURRENT_SCHEMA_VERSION = 1;

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

/** The latest project file shape. */
export const ProjectFile = ProjectFileV1;
export type ProjectFile = ProjectFileV1;
