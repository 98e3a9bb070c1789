/**
 * The projects the torture runs work on: valid current-format projects with articles and every
 * kind of annotation, and a secret marker placed where a message must never quote it.
 */
import { createHash } from 'node:crypto';
import { describe as describeRange } from '../shared/anchoring/index.js';
import { CURRENT_SCHEMA_VERSION, ProjectFile, ratingId, type Article, type Claim, type ClaimRating, type EvidenceLink, type Highlight, type Stance } from '../shared/model.js';

/**
 * Planted in article texts, highlight and link notes and rating rationales: the fields that are
 * the researcher's content and never a name. (Titles, claim texts and ids are how messages name
 * an item on purpose — "claim “…” has a parent that is not in the project" — so they hold no
 * secret.) No message about a file may contain it.
 */
export const SECRET = 'SECRET-CANARY-q7Zx91';

const NOW = '2026-01-01T00:00:00.000Z';
const STANCES: readonly Stance[] = ['supports', 'refutes', 'context'];

/** One article's text; the sentences vary so that highlights have distinct quotes. */
function articleText(n: number, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const sentence = `Paragraph ${i} of report ${n}: the council voted ${(i * 7 + n) % 13} to ${(i * 3) % 11} on tariff line ${i * 31 + n}, as the minutes of session ${i % 97} record. `;
    parts.push(i % 40 === 39 ? `${sentence}\n\n` : sentence);
    length += sentence.length;
  }
  // The secret sits inside the text itself, where a checksum message could be tempted to quote it.
  parts.splice(1, 0, `Internal note ${SECRET}. `);
  return parts.join('');
}

/** Options for `buildProject`: how many of each item. */
export interface ProjectSize {
  articles: number;
  charsPerArticle: number;
  claims: number;
  highlights: number;
}

/** A small project (a few KB): fast enough to mutate ten thousand times. */
export const SMALL: ProjectSize = { articles: 3, charsPerArticle: 1_200, claims: 4, highlights: 6 };

/** A realistic project of a few MB: what the kill-during-save trials save over and over. */
export const REALISTIC: ProjectSize = { articles: 40, charsPerArticle: 75_000, claims: 120, highlights: 1_500 };

/** Builds a valid project of the given size (checked against the schema, as a save would). */
export function buildProject(size: ProjectSize): ProjectFile {
  const stamp = { author: 'Ana', createdAt: NOW, updatedAt: NOW };
  const articles: Article[] = Array.from({ length: size.articles }, (_, n) => {
    const text = articleText(n, size.charsPerArticle);
    const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
    return {
      id: `a${n}`,
      title: `Council report ${n}`,
      source: 'City Courier',
      author: n % 2 === 0 ? 'R. Adams' : null,
      date: `2025-0${1 + (n % 9)}-1${n % 10}`,
      url: null,
      fileName: `report-${n}.txt`,
      format: 'txt',
      importedAt: NOW,
      contentHash,
      length: text.length,
      text,
      rev: `text-${contentHash.slice(0, 40)}`,
      revs: [],
    };
  });
  const claims: Claim[] = Array.from({ length: size.claims }, (_, i) => ({
    id: `c${i}`,
    text: `Claim ${i}: the tariff rose after the vote`,
    // Every fourth claim is a sub-claim of the one before (claims nest one level).
    parentId: i % 4 === 3 ? `c${i - 1}` : null,
    verdict: null,
    ...stamp,
    rev: `c${i}-0`,
    revs: [],
  }));
  const highlights: Highlight[] = [];
  for (let i = 0; highlights.length < size.highlights; i++) {
    const article = articles[i % articles.length]!;
    const start = (i * 997) % Math.max(1, article.text.length - 80);
    const target = describeRange(article.text, start, start + 60);
    if (!target) continue;
    const n = highlights.length;
    highlights.push({ id: `h${n}`, articleId: article.id, target, color: 'yellow', label: n % 3 === 0 ? 'key figure' : null, note: n % 5 === 0 ? `Checked ${SECRET} against the minutes.` : '', ...stamp, rev: `h${n}-0`, revs: [] });
  }
  const links: EvidenceLink[] =
    size.claims === 0
      ? []
      : highlights.map((h, i) => ({ id: `l${i}`, highlightId: h.id, claimId: `c${i % size.claims}`, stance: STANCES[i % STANCES.length]!, weight: i % 2 === 0 ? 1 + (i % 3) : null, note: i % 7 === 0 ? `See ${SECRET}` : '', ...stamp, rev: `l${i}-0`, revs: [] }));
  const ratings: ClaimRating[] = claims.map((c, i) => ({ id: ratingId(c.id, 'Ana'), claimId: c.id, rater: 'Ana', rating: 'moderate', rationale: i % 2 === 0 ? `Because ${SECRET}` : '', createdAt: NOW, updatedAt: NOW, rev: `${c.id}-r0`, revs: [] }));
  return ProjectFile.parse({
    format: 'warrant-project',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'torture-project',
    name: 'Torture project',
    createdAt: NOW,
    updatedAt: NOW,
    articles,
    highlights,
    claims,
    links,
    ratings,
    removedArticles: [],
    deleted: [],
    conflicts: [],
  });
}
