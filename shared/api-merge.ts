/**
 * The contract's values for merging copies and rater agreement (kept beside shared/api.ts,
 * which lists the methods): a merge preview with its conflicts, a decision, the agreement report.
 */
import { z } from 'zod';
import { ConflictReason, ItemKind, Rating } from './model.js';

/** One side of a merge conflict, described for a side-by-side view. */
export const ItemSummary = z.object({
  /** A line naming the item: the claim's text, the passage quoted, the article's title… */
  heading: z.string(),
  /** Its fields as a person reads them, in a fixed order per kind (so two sides line up). */
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  author: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ItemSummary = z.infer<typeof ItemSummary>;

/** A merge conflict to decide: my version, theirs (null = deleted on that side). */
export const ConflictView = z.object({
  kind: ItemKind,
  id: z.string(),
  reason: ConflictReason,
  mine: ItemSummary.nullable(),
  theirs: ItemSummary.nullable(),
  /** "Keep both" makes sense (two highlights or claims can coexist). */
  canKeepBoth: z.boolean(),
  /** How many of their new items (links, ratings, sub-claims) use this one and follow the decision. */
  heldItems: z.number().int(),
  /** Which copy it came from. */
  source: z.string(),
});
export type ConflictView = z.infer<typeof ConflictView>;

const KindCounts = z.object({ added: z.number().int(), changed: z.number().int(), deleted: z.number().int(), conflicts: z.number().int() });

/** What merging a copy would do, shown before anything is written. */
export const MergePreview = z.object({
  previewId: z.string(),
  /** The copy's project name and file name. */
  source: z.object({ name: z.string(), file: z.string() }),
  /** True when the copy is the open project's own file, changed on disk by another program. */
  fromDisk: z.boolean(),
  counts: z.record(ItemKind, KindCounts),
  conflicts: z.array(ConflictView),
});
export type MergePreview = z.infer<typeof MergePreview>;

export const Decision = z.object({ kind: ItemKind, id: z.string(), choice: z.enum(['mine', 'theirs', 'both']) }).strict();

/** Agreement between raters, as QDA tools report intercoder agreement. */
export const AgreementReport = z.object({
  raters: z.array(z.string()),
  /** Claims rated (judged, not `unrated`) by at least two raters: what alpha rests on. */
  claims: z.number().int(),
  /** Judged ratings on those claims. */
  ratings: z.number().int(),
  /** Krippendorff's alpha per level; null where it is undefined (too little data, or one value only). */
  alpha: z.object({ nominal: z.number().nullable(), ordinal: z.number().nullable(), interval: z.number().nullable() }),
  /** Share of agreeing pairs of raters on the same claim; null without pairs. */
  percentAgreement: z.number().nullable(),
  perClaim: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      ratings: z.array(z.object({ rater: z.string(), rating: Rating })),
      agree: z.boolean(),
    }),
  ),
});
export type AgreementReport = z.infer<typeof AgreementReport>;
