/**
 * The suggest area: `suggest.*` — suggested evidence (issue 10). Passages across the corpus
 * that likely bear on a claim, ranked in the search workers (electron/index/suggest-*.ts);
 * dismissals ("not relevant") kept in the project, undoable; and the passages of other
 * articles parallel to a highlight. Linking a suggestion is `highlights.create` with `link`.
 */
import type { PassageSuggestion } from '../../../shared/api-suggest.js';
import type { Article, DismissedSuggestion, ProjectFile } from '../../../shared/model.js';
import { WarrantError } from '../../../shared/result.js';
import type { ExcludedRange } from '../../index/suggest-types.js';
import { UNKNOWN_AUTHOR } from '../annotations/app.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';

/**
 * Share of a highlight's words (weighted by rarity) a passage of another article must hold to
 * count as saying the same thing (suggest.parallels).
 */
export const PARALLEL_COVERAGE = 0.4;

/** Suggestions per claim unless the caller asks otherwise (what a researcher reads at a glance). */
export const DEFAULT_SUGGESTION_LIMIT = 10;

function findClaim(data: ProjectFile, claimId: string) {
  const claim = data.claims.find((c) => c.id === claimId);
  if (!claim) throw new WarrantError('not-found', 'That claim is no longer in the project.');
  return claim;
}

/** The passages already linked to the claim: suggesting them again would be noise. */
function linkedRanges(data: ProjectFile, claimId: string): ExcludedRange[] {
  const highlightIds = new Set(data.links.filter((l) => l.claimId === claimId).map((l) => l.highlightId));
  return data.highlights
    .filter((h) => highlightIds.has(h.id))
    .map((h) => ({ articleId: h.articleId, start: h.target.position.start, end: h.target.position.end }));
}

function dismissedRanges(data: ProjectFile, claimId: string): ExcludedRange[] {
  return (data.dismissedSuggestions ?? []).filter((d) => d.claimId === claimId).map(({ articleId, start, end }) => ({ articleId, start, end }));
}

/** Runs the engine for `text` and adds each article's title, source and date. */
async function suggest(
  ctx: ServerContext,
  text: string,
  opts: { limit: number; exclude: ExcludedRange[]; excludeArticles: string[]; minCoverage?: number },
): Promise<PassageSuggestion[]> {
  // Rank over the project's articles as they are now (an import may still be indexing).
  await ctx.workspace.indexReady();
  const r = await ctx.search.suggestPassages(text, opts);
  if (!r.ok) throw new WarrantError(r.error.code, r.error.message);
  // The index may still hold an article deleted a moment ago: such passages are left out.
  const articles = new Map<string, Article>(ctx.workspace.need().data.articles.map((a) => [a.id, a]));
  const out: PassageSuggestion[] = [];
  for (const p of r.value) {
    const a = articles.get(p.articleId);
    if (!a || a.text.slice(p.start, p.end) !== p.text) continue;
    out.push({ ...p, title: a.title, source: a.source, date: a.date });
  }
  return out;
}

/** Handlers of the suggest area. */
export function suggestArea(ctx: ServerContext): AreaHandlers<'suggest'> {
  const { workspace, history } = ctx;

  /** Replaces the dismissals as one undoable action. */
  const setDismissed = (kind: 'suggest.dismiss' | 'suggest.clearDismissed', next: DismissedSuggestion[]) => {
    const before = workspace.need().data.dismissedSuggestions ?? [];
    history.record(kind, { dismissedSuggestions: before }, { dismissedSuggestions: next });
    workspace.update((p) => ({ ...p, dismissedSuggestions: next }));
  };

  return {
    'suggest.forClaim': async ({ claimId, limit }) => {
      const data = workspace.need().data;
      const claim = findClaim(data, claimId);
      const exclude = [...linkedRanges(data, claimId), ...dismissedRanges(data, claimId)];
      const suggestions = await suggest(ctx, claim.text, { limit: limit ?? DEFAULT_SUGGESTION_LIMIT, exclude, excludeArticles: [] });
      return { claimId, suggestions };
    },
    'suggest.dismiss': async ({ claimId, articleId, start, end }) => {
      const data = workspace.need().data;
      findClaim(data, claimId);
      const article = data.articles.find((a) => a.id === articleId);
      if (!article) throw new WarrantError('not-found', 'That article is no longer in the project.');
      if (start >= end || end > article.text.length) {
        throw new WarrantError('bad-args', `That passage (${start}–${end}) is not a range of this article's text (${article.text.length} characters).`);
      }
      const current = data.dismissedSuggestions ?? [];
      // Dismissing the same passage twice changes nothing (and records no undo step).
      if (current.some((d) => d.claimId === claimId && d.articleId === articleId && d.start === start && d.end === end)) return null;
      const author = ctx.author.get() ?? UNKNOWN_AUTHOR;
      setDismissed('suggest.dismiss', [...current, { claimId, articleId, start, end, author, at: new Date().toISOString() }]);
      return null;
    },
    'suggest.clearDismissed': async ({ claimId }) => {
      const current = workspace.need().data.dismissedSuggestions ?? [];
      const next = current.filter((d) => d.claimId !== claimId);
      if (next.length !== current.length) setDismissed('suggest.clearDismissed', next);
      return null;
    },
    'suggest.parallels': async ({ highlightId, limit }) => {
      const data = workspace.need().data;
      const h = data.highlights.find((x) => x.id === highlightId);
      if (!h) throw new WarrantError('not-found', 'That highlight is no longer in the project.');
      const article = data.articles.find((a) => a.id === h.articleId);
      const text = article ? article.text.slice(h.target.position.start, h.target.position.end) : h.target.quote.exact;
      // A parallel passage says much of what the highlight says, not merely one of its words.
      const passages = await suggest(ctx, text, { limit: limit ?? DEFAULT_SUGGESTION_LIMIT, exclude: [], excludeArticles: [h.articleId], minCoverage: PARALLEL_COVERAGE });
      return { highlightId, passages };
    },
  };
}
