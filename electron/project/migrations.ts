/**
 * Upgrades older project files to the current schema. Each step takes version N to N+1 and is
 * kept forever, so any file Warrant ever wrote still opens. Steps work on the parsed JSON
 * before validation; the result is validated against the current schema afterwards.
 */
import { createHash } from 'node:crypto';
import { CURRENT_SCHEMA_VERSION, ratingId, type ProjectFileV2 } from '../../shared/model.js';
import { WarrantError } from '../../shared/result.js';

type Versioned = { schemaVersion: number };
type Step = (old: Versioned) => Versioned;

/** steps[n] upgrades a version-n file to version n+1. */
const steps: Record<number, Step> = {
  // Format 2 adds highlights, claims, evidence links and removed-article records.
  1: (old) => ({ ...old, schemaVersion: 2, highlights: [], claims: [], links: [], removedArticles: [] }),
  // Format 3 adds revisions, per-rater ratings, verdicts and deletion records (for merging).
  2: (old) => migrate2to3(old as ProjectFileV2),
  // Format 4 adds optional page starts to articles: nothing to change in a format-3 file.
  3: (old) => ({ ...old, schemaVersion: 4 }),
  // Format 5 adds optional fields (article languages, dismissed suggestions, origins): nothing to change.
  4: (old) => ({ ...old, schemaVersion: 5 }),
};

/**
 * A revision derived from the item's content, never random: two copies of one format-2 file
 * migrated independently get the same revisions, so merging them finds no false conflicts.
 * The JSON is canonical (keys sorted) so that copies saved with their keys in another order
 * (an item created in one session, re-read and saved in another) still agree.
 */
function derivedRev(item: unknown): string {
  return `v2-${createHash('sha256').update(canonicalJson(item)).digest('hex').slice(0, 32)}`;
}

/** JSON with every object's keys in sorted order (parsed JSON only: no undefined, no cycles). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A migrated article's revision: from its metadata and content hash (not the text itself, which
 * the hash stands for and which can be megabytes). Not `initialArticleRev`, which depends on the
 * text alone: two copies whose metadata diverged while in format 2 would get the same revision
 * for different titles, and a merge would keep one side's silently.
 */
function articleRev(article: ProjectFileV2['articles'][number]): string {
  const { text: _text, ...meta } = article;
  return derivedRev(meta);
}

/** Who a format-2 rating belongs to: the claim's author (format 2 kept one rating per claim). */
const UNKNOWN_RATER = 'Unknown author';

function migrate2to3(old: ProjectFileV2): Versioned {
  const versioned = <T>(item: T) => ({ ...item, rev: derivedRev(item), revs: [] as string[] });
  const ratings = old.claims
    .filter((c) => c.rating !== 'unrated' || c.rationale !== '')
    .map((c) => {
      const rater = c.author.trim() || UNKNOWN_RATER;
      const rating = { id: ratingId(c.id, rater), claimId: c.id, rater, rating: c.rating, rationale: c.rationale, createdAt: c.updatedAt, updatedAt: c.updatedAt };
      return versioned(rating);
    });
  return {
    ...old,
    schemaVersion: 3,
    articles: old.articles.map((a) => ({ ...a, rev: articleRev(a), revs: [] })),
    highlights: old.highlights.map(versioned),
    claims: old.claims.map(({ rating: _rating, rationale: _rationale, ...c }) => versioned({ ...c, verdict: null })),
    links: old.links.map(versioned),
    ratings,
    deleted: [],
    conflicts: [],
  } as Versioned;
}

/** Applies every step from the file's version up to the current one. */
export function migrateToCurrent(file: Versioned): Versioned {
  let current = file;
  while (current.schemaVersion < CURRENT_SCHEMA_VERSION) {
    const step = steps[current.schemaVersion];
    if (!step) throw new WarrantError('corrupt-project', `Project format ${current.schemaVersion} is not one Warrant ever wrote.`);
    current = step(current);
  }
  return current;
}
