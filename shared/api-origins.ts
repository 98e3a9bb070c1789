/**
 * The contract's values for independent origins (issue 9): which articles go back to one
 * original report, and why. The methods live in shared/api.ts under `origins.*`:
 *
 * | method | args | result |
 * | --- | --- | --- |
 * | `origins.get` | `{}` | `OriginsReport`: every article of the open project in exactly one cluster. Detection runs in a worker (progress as `origins.progress`), cached by the articles' content hashes; the researcher's decisions are applied last. |
 * | `origins.split` | `{ articleIds }` | `OriginsReport`: those articles leave their clusters and form one cluster of their own. One undo step. |
 * | `origins.join` | `{ clusterIds }` (≥ 2) | `OriginsReport`: the clusters become one. One undo step. |
 * | `origins.rename` | `{ clusterId, name }` | `OriginsReport`: the cluster is shown under `name` (null: the detected name again). One undo step. |
 * | `origins.forget` | `{}` | `OriginsReport`: every split, join and rename dropped (back to detection). One undo step. |
 * | `origins.claims` | `{ claimIds? }` | `ClaimOrigins[]`: per claim, its supporting passages grouped by origin cluster. |
 *
 * Events: `origins.progress` (`OriginsProgress`, while detection runs) and `origins.changed`
 * (`OriginsReport`, after `origins.split` / `join` / `rename` / `forget`). Undo and redo of
 * those go through `history.undo` / `history.redo` (action kinds `origins.*`): when the
 * returned state's `redoKind` (after undo) or `undoKind` (after redo) is an `origins.*` kind,
 * call `origins.get` again (cached: no detection). After articles change, `origins.get` runs
 * detection again. Decisions are stored by article ids in the project file
 * (`originDecisions`, docs/project-format.md), never by cluster ids, so they survive
 * re-detection and merging copies. Cluster ids are derived from the cluster's articles and
 * are only good for the report they came in.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';

const id = z.string().min(1).max(100);
const offset = z.number().int().nonnegative();

/** Where a reason is said: `[start, end)` UTF-16 offsets into an article's text. */
export const OriginPassage = z.object({ articleId: id, start: offset, end: offset });
export type OriginPassage = z.infer<typeof OriginPassage>;

/** Why articles were put together. */
export const OriginReasonKind = z.enum(['attribution', 'text-reuse', 'matched-facts', 'manual']);
export type OriginReasonKind = z.infer<typeof OriginReasonKind>;

/** One reason: which articles it ties, in words, how strong, and where each is said. */
export const OriginReason = z.object({
  kind: OriginReasonKind,
  articles: z.array(id),
  /** For people: "“according to a report in the Wall Street Journal”", "shares 62% of its text with …". */
  detail: z.string().max(2_000),
  /** 0–1: attribution to a named outlet ~0.9, heavy text reuse up to 1, matched facts ≤ 0.5, manual 1. */
  strength: z.number().min(0).max(1),
  /** The attribution sentence, the shared passages (both sides), the matched facts' sentences. */
  passages: z.array(OriginPassage).max(200),
});
export type OriginReason = z.infer<typeof OriginReason>;

/** One origin: the articles that go back to it. An independent article is a cluster of one. */
export const OriginCluster = z.object({
  /** Derived from its articles; valid for this report only (decisions are kept by article ids). */
  id,
  /** The origin's normalised name ("The Wall Street Journal"); null when no article names it. */
  origin: z.string().max(LIMITS.maxFieldLength).nullable(),
  /** What to show: the researcher's name for it, else `origin`, else the first article's source or title. */
  name: z.string().max(LIMITS.maxFieldLength),
  /** True when the name is the researcher's (`origins.rename`). */
  renamed: z.boolean(),
  articles: z.array(id).min(1),
  reasons: z.array(OriginReason),
  /** True when some article is in it only by matched facts (an unnamed report): a weaker tie. */
  weak: z.boolean(),
});
export type OriginCluster = z.infer<typeof OriginCluster>;

/** Every article of the project in exactly one cluster; clusters with most articles first. */
export const OriginsReport = z.object({
  clusters: z.array(OriginCluster),
  /** Articles considered (all of the project's). */
  articleCount: z.number().int().nonnegative(),
  /** True when detection came from the cache (same article contents as before). */
  fromCache: z.boolean(),
  /** How long detection took (0 from the cache). */
  ms: z.number().nonnegative(),
  /** How many split / join / rename decisions were applied on top of detection. */
  decisions: z.number().int().nonnegative(),
});
export type OriginsReport = z.infer<typeof OriginsReport>;

/** Progress of detection, pushed as `origins.progress`. */
export const OriginsProgress = z.object({ stage: z.string().max(200), done: z.number().int(), total: z.number().int() });
export type OriginsProgress = z.infer<typeof OriginsProgress>;

/** One origin among a claim's evidence, with the claim's passages that go back to it. */
export const ClaimOriginGroup = z.object({
  /** The cluster's id in the report; null for passages of removed articles (each its own origin). */
  clusterId: id.nullable(),
  name: z.string().max(LIMITS.maxFieldLength),
  weak: z.boolean(),
  /** The cluster's reasons that involve this claim's articles. */
  reasons: z.array(OriginReason),
  /** The claim's evidence links into this origin, with their highlight, article and stance. */
  passages: z.array(z.object({ linkId: id, highlightId: id, articleId: id, stance: z.enum(['supports', 'refutes', 'context']) })),
});
export type ClaimOriginGroup = z.infer<typeof ClaimOriginGroup>;

/** A claim's evidence grouped by origin. `origins` counts the groups with a supporting passage. */
export const ClaimOrigins = z.object({
  claimId: id,
  /** Independent origins among the supporting passages (`warrant claims --json`: `evidence.origins`). */
  origins: z.number().int().nonnegative(),
  /** Groups with supporting passages first, then by number of passages. */
  groups: z.array(ClaimOriginGroup),
});
export type ClaimOrigins = z.infer<typeof ClaimOrigins>;

/** `origins.split`: these articles form a cluster of their own. */
export const OriginsSplitArgs = z.object({ articleIds: z.array(id).min(1).max(LIMITS.maxArticles) }).strict();
/** `origins.join`: these clusters (ids from the latest report) become one. */
export const OriginsJoinArgs = z.object({ clusterIds: z.array(id).min(2).max(LIMITS.maxArticles) }).strict();
/** `origins.rename`: the name shown for a cluster; null returns to the detected name. */
export const OriginsRenameArgs = z.object({ clusterId: id, name: z.string().trim().min(1).max(LIMITS.maxFieldLength).nullable() }).strict();
/** `origins.claims`: the claims to group (all when absent). */
export const OriginsClaimsArgs = z.object({ claimIds: z.array(id).max(100_000).optional() }).strict();
