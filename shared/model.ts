/**
 * The project data model, as stored in a `.warrant` file and sent over the API.
 * Every value read from disk or received from a client is parsed with these schemas.
 */
import { z } from 'zod';
import { AnchorSelectors } from './anchoring/selectors.js';
import { DATE_SOURCE_IDS } from './date-sources.js';
import { ARTICLE_FORMAT_IDS } from './formats.js';
import { HIGHLIGHT_COLOR_IDS } from './highlight-colors.js';
import { ARTICLE_LANGUAGE_CODES, LANGUAGE_SOURCES } from './languages.js';
import { LIMITS } from './limits.js';
import { RATING_IDS } from './rating-scale.js';
import { CREDIBILITY_IDS, RELIABILITY_IDS } from './reliability-scale.js';
import { Revisioned, TombstoneSchema } from './merge/versioned.js';
import { OriginDecisions } from './origins/decisions.js';

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
  /**
   * Format 5: the language the article is written in (shared/languages.ts), detected at
   * import (`source: 'detected'`) or chosen by the researcher (`'researcher'`); code `und`
   * when it could not be told (search then analyses it as English, as before languages
   * existed). Absent: not detected yet (imported before format 5): the search index detects
   * it for itself.
   */
  language: z.strictObject({ code: z.enum(ARTICLE_LANGUAGE_CODES), source: z.enum(LANGUAGE_SOURCES) }).optional(),
});
export type ArticleMetaFields = z.infer<typeof ArticleMetaFields>;
/** An article's language (see ArticleMetaFields.language). */
export type ArticleLanguage = NonNullable<ArticleMetaFields['language']>;

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
  /**
   * Format 4: where `date` came from (shared/date-sources.ts); absent or null when unknown
   * (articles imported before format 4, or no date).
   */
  dateSource: z.enum(DATE_SOURCE_IDS).nullable().optional(),
  /** Revision of the metadata, for merging copies (format 3; see shared/merge). */
  ...Revisioned,
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** An article as format 3 stored it (no page starts, no date source). */
export const ArticleV3 = ArticleMeta.omit({ dateSource: true, language: true }).extend({
  text: z.string().max(LIMITS.maxTextLength),
});

/** A full article. `text` is normalized once at import and never changed afterwards. */
export const Article = ArticleMeta.extend({
  text: z.string().max(LIMITS.maxTextLength),
  /**
   * Format 4: where each page of a paged document (PDF) begins — `pageStarts[i]` is the offset
   * (UTF-16) of page i + 1's first character; an empty page starts where the next one does.
   * Absent for formats without pages. Lets reports cite "p. 12" (see shared/report/locate.ts).
   */
  pageStarts: z.array(z.number().int().nonnegative().max(LIMITS.maxTextLength)).max(LIMITS.maxPages).optional(),
});
export type Article = z.infer<typeof Article>;

/** An article as format 4 stored it (no language). */
export const ArticleV4 = Article.omit({ language: true });

/** An article as formats 1 and 2 stored it (no revision). */
export const ArticleV2 = ArticleV3.omit({ rev: true, revs: true });

/** The first revision of an imported article: derived from its text, so two copies that import
 * the same file independently agree (no false merge conflicts). */
export function initialArticleRev(contentHash: string): string {
  return `text-${contentHash.slice(0, 40)}`;
}

/** The current schema version written by this build. */
export const CURRENT_SCHEMA_VERSION = 5;

/** The on-disk project file, schema version 1. See docs/project-format.md. */
export const ProjectFileV1 = z
  .object({
    format: z.literal('warrant-project'),
    schemaVersion: z.literal(1),
    id: z.string().min(1).max(100),
    name: z.string().min(1).max(LIMITS.maxTitleLength),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    articles: z.array(ArticleV2).max(LIMITS.maxArticles),
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

/** Information credibility on the Admiralty scale: the grades of shared/reliability-scale.ts. */
export const InformationCredibility = z.literal(CREDIBILITY_IDS);
export type InformationCredibility = z.infer<typeof InformationCredibility>;

/** Source reliability on the Admiralty scale: the grades of shared/reliability-scale.ts. */
export const SourceReliability = z.enum(RELIABILITY_IDS);
export type SourceReliability = z.infer<typeof SourceReliability>;

/**
 * A publisher's reliability grade, set by a researcher (format 5). `id` is the publisher's
 * normalised name (`publisherKey` of shared/reliability-scale.ts), so every article whose
 * `source` normalises to it shares the grade, and two copies grading the same publisher agree
 * on the id. Clearing a grade keeps the record with `reliability: null` (never deleted), so a
 * merge can tell a cleared grade from one never set (shared/merge/merge-publishers.ts).
 */
export const PublisherGrade = z
  .object({
    id: z.string().min(1).max(LIMITS.maxFieldLength),
    /** The publisher's name as shown (the article's `source` as first graded). */
    name: z.string().min(1).max(LIMITS.maxFieldLength),
    reliability: SourceReliability.nullable(),
    /** Who last changed it, and when. */
    author: z.string().max(LIMITS.maxAuthorLength),
    updatedAt: z.iso.datetime(),
    ...Revisioned,
  })
  .strict();
export type PublisherGrade = z.infer<typeof PublisherGrade>;

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
    /**
     * Format 5: the researcher's information credibility grade of the passage on the Admiralty
     * scale (1 confirmed … 5 improbable, 6 cannot be judged; shared/reliability-scale.ts).
     * Absent or null: not graded. On the passage, not on a link: it grades what the passage
     * says, whichever claim it is linked to.
     */
    credibility: InformationCredibility.nullable().optional(),
    ...stamp,
    ...Revisioned,
  })
  .strict();
export type Highlight = z.infer<typeof Highlight>;

/** A highlight as formats 3 and 4 stored it (no credibility). */
export const HighlightV4 = Highlight.omit({ credibility: true });

/** The researcher's judgement of how well a claim is supported: the ids of shared/rating-scale.ts. */
export const Rating = z.enum(RATING_IDS);
export type Rating = z.infer<typeof Rating>;

/**
 * The team's reconciled verdict on a claim, recorded when raters disagree (or to settle it).
 * Without one, the verdict is the unanimous or only rating (see shared/annotations/verdict.ts).
 */
export const Verdict = z
  .object({
    rating: Rating,
    rationale: z.string().max(LIMITS.maxNoteLength),
    /** Who recorded it, and when. */
    author: z.string().max(LIMITS.maxAuthorLength),
    decidedAt: z.iso.datetime(),
  })
  .strict();
export type Verdict = z.infer<typeof Verdict>;

/** A statement under investigation. Claims nest one level: a sub-claim's parent has no parent. */
export const Claim = z
  .object({
    id,
    text: z.string().min(1).max(LIMITS.maxClaimLength),
    parentId: id.nullable(),
    /** The reconciled verdict, or null (format 3; ratings are per rater, in `ratings`). */
    verdict: Verdict.nullable(),
    ...stamp,
    ...Revisioned,
  })
  .strict();
export type Claim = z.infer<typeof Claim>;

/**
 * One rater's rating of one claim (format 3). Each person's rating is theirs: rating a claim
 * never changes anyone else's. The id is derived from claim and rater (`ratingId`), so two
 * copies in which the same person rated the same claim agree on it.
 */
export const ClaimRating = z
  .object({
    id: z.string().min(1).max(200),
    claimId: id,
    /** The rater's name, as set in preferences. */
    rater: z.string().min(1).max(LIMITS.maxAuthorLength),
    rating: Rating,
    rationale: z.string().max(LIMITS.maxNoteLength),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    ...Revisioned,
  })
  .strict();
export type ClaimRating = z.infer<typeof ClaimRating>;

/** The stable id of `rater`'s rating of a claim. */
export function ratingId(claimId: string, rater: string): string {
  return `${claimId}:${stableHash(rater.trim().toLowerCase())}`;
}

/** A short stable hash (FNV-1a, 2 × 32 bits, hex) — for ids, not for security. */
function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

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
    ...Revisioned,
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

/** A deletion record (format 3): lets a copy that still has the item learn of its deletion. */
export const Deletion = TombstoneSchema;
export type Deletion = z.infer<typeof Deletion>;

/** The kinds of item a deletion record or a merge conflict can name. */
export const ItemKind = z.enum(['article', 'highlight', 'claim', 'link', 'rating']);
export type ItemKind = z.infer<typeof ItemKind>;

/** Everything a researcher adds on top of the articles. */
export const Annotations = z.object({
  highlights: z.array(Highlight).max(1_000_000),
  claims: z.array(Claim).max(100_000),
  links: z.array(EvidenceLink).max(1_000_000),
  ratings: z.array(ClaimRating).max(1_000_000),
  removedArticles: z.array(RemovedArticle).max(LIMITS.maxArticles),
});
export type Annotations = z.infer<typeof Annotations>;

/** Format 2's claim and link (no revisions; one rating per claim). */
const ClaimV2 = z.object({ id, text: z.string().min(1).max(LIMITS.maxClaimLength), parentId: id.nullable(), rating: Rating, rationale: z.string().max(LIMITS.maxNoteLength), ...stamp }).strict();
const HighlightV2 = HighlightV4.omit({ rev: true, revs: true });
const EvidenceLinkV2 = EvidenceLink.omit({ rev: true, revs: true });

/** The on-disk project file, schema version 2: format 1 plus annotations. */
export const ProjectFileV2 = ProjectFileV1.extend({
  schemaVersion: z.literal(2),
  highlights: z.array(HighlightV2).max(1_000_000),
  claims: z.array(ClaimV2).max(100_000),
  links: z.array(EvidenceLinkV2).max(1_000_000),
  removedArticles: z.array(RemovedArticle).max(LIMITS.maxArticles),
}).strict();
export type ProjectFileV2 = z.infer<typeof ProjectFileV2>;

/** Why a merge could not decide an item alone (see shared/merge/README.md). */
export const ConflictReason = z.enum(['both-changed', 'deleted-theirs-changed-mine', 'deleted-mine-changed-theirs']);
export type ConflictReason = z.infer<typeof ConflictReason>;

/**
 * A merge conflict nobody has decided yet (format 3). My version stays in its collection (or
 * stays deleted); the colleague's version waits here, so nothing is dropped.
 */
export const PendingConflict = z
  .object({
    kind: ItemKind,
    /** Up to 200 characters: rating ids are a claim id plus a rater hash. */
    id: z.string().min(1).max(200),
    reason: ConflictReason,
    /** Their version (null when they deleted the item). */
    theirs: z.union([Highlight, Claim, EvidenceLink, ClaimRating, Article]).nullable(),
    /** The deletion records involved (for deletion conflicts). */
    deletions: z.array(Deletion).max(1_000),
    /** Where a restored item goes: after this id (null: first). */
    after: z.string().min(1).max(200).nullable(),
    /** The name of the project copy it came from. */
    source: z.string().max(LIMITS.maxTitleLength),
    /**
     * Set on a colleague's new item that uses something I deleted (their link to my deleted
     * highlight): it is decided together with that item's conflict, never on its own.
     */
    dependsOn: z.object({ kind: ItemKind, id: z.string().min(1).max(200) }).strict().nullable(),
  })
  .strict();
export type PendingConflict = z.infer<typeof PendingConflict>;

/**
 * The on-disk project file, schema version 3: revisions on every item, per-rater ratings,
 * verdicts, deletion records and undecided merge conflicts, so copies can be merged
 * (docs/project-format.md).
 */
export const ProjectFileV3 = ProjectFileV1.extend({
  schemaVersion: z.literal(3),
  articles: z.array(ArticleV3).max(LIMITS.maxArticles),
  ...Annotations.shape,
  highlights: z.array(HighlightV4).max(1_000_000),
  deleted: z.array(Deletion).max(2_000_000),
  conflicts: z.array(PendingConflict).max(100_000),
}).strict();
export type ProjectFileV3 = z.infer<typeof ProjectFileV3>;

/** The on-disk project file, schema version 4: format 3 plus the page starts of paged articles. */
export const ProjectFileV4 = ProjectFileV3.extend({
  schemaVersion: z.literal(4),
  articles: z.array(ArticleV4).max(LIMITS.maxArticles),
}).strict();
export type ProjectFileV4 = z.infer<typeof ProjectFileV4>;

/**
 * A suggested passage a researcher dismissed for a claim ("not relevant", format 5): it is not
 * suggested again for that claim. Identified by what it is, so a colleague's copy can be
 * merged by union (shared/merge/merge-projects.ts).
 */
export const DismissedSuggestion = z
  .object({
    claimId: id,
    articleId: id,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** Who dismissed it, and when (ISO 8601). */
    author: z.string().max(LIMITS.maxAuthorLength),
    at: z.iso.datetime(),
  })
  .strict();
export type DismissedSuggestion = z.infer<typeof DismissedSuggestion>;

/**
 * The on-disk project file, schema version 5: format 4 plus optional fields for retrieval
 * (issue 10: article languages, dismissed evidence suggestions) and independent origins
 * (issue 9). Every addition is optional, so migrating 4 → 5 changes nothing but the version.
 */
export const ProjectFileV5 = ProjectFileV4.extend({
  schemaVersion: z.literal(5),
  /** Issue 9: the researcher's split / join / rename decisions on origin clusters, by article ids (shared/origins/decisions.ts). */
  originDecisions: OriginDecisions.optional(),
  /** Articles may carry their language (format 5). */
  articles: z.array(Article).max(LIMITS.maxArticles),
  /** Suggested passages a researcher dismissed for a claim (issue 10); absent: none. */
  dismissedSuggestions: z.array(DismissedSuggestion).max(1_000_000).optional(),
  /** Highlights may carry an information credibility grade (format 5). */
  highlights: z.array(Highlight).max(1_000_000),
  /** Publishers' reliability grades (format 5; absent: none graded). */
  publishers: z.array(PublisherGrade).max(LIMITS.maxArticles).optional(),
}).strict();
export type ProjectFileV5 = z.infer<typeof ProjectFileV5>;

/** The collections of a new, empty project (a new project file, tests and benches). */
export function emptyProjectCollections(): Pick<ProjectFile, 'highlights' | 'claims' | 'links' | 'ratings' | 'removedArticles' | 'deleted' | 'conflicts'> {
  return { highlights: [], claims: [], links: [], ratings: [], removedArticles: [], deleted: [], conflicts: [] };
}

/** Each format's schema by its version: an old file is checked against its own format before migrating. */
export const PROJECT_FILE_SCHEMAS: Readonly<Record<number, z.ZodType>> = { 1: ProjectFileV1, 2: ProjectFileV2, 3: ProjectFileV3, 4: ProjectFileV4, 5: ProjectFileV5 };

/** The latest project file shape. */
export const ProjectFile = ProjectFileV5;
export type ProjectFile = ProjectFileV5;
