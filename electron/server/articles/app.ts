/** The articles area: `articles.*` — list, read, edit metadata, delete. */
import { randomUUID } from 'node:crypto';
import { nextRevision, tombstoneFor } from '../../../shared/merge/versioned.js';
import type { Article, ArticleMetaFields, Deletion } from '../../../shared/model.js';
import { UNKNOWN_AUTHOR } from '../annotations/app.js';
import { WarrantError } from '../../../shared/result.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';

/** The open project's article `id`; `not-found` when it is gone. */
export function findArticle(ctx: ServerContext, id: string): Article {
  const article = ctx.workspace.need().data.articles.find((a) => a.id === id);
  if (!article) throw new WarrantError('not-found', 'That article is no longer in the project.');
  return article;
}

const meta = ({ text: _text, ...rest }: Article) => rest;

/**
 * An article after a metadata edit. A date the researcher sets or corrects is theirs
 * ('researcher'), so the editor stops warning that it may be a file's creation date; a cleared
 * date has no source. Other edits leave the date's source as it was.
 */
export function editedArticle(article: Article, patch: Partial<ArticleMetaFields>): Article {
  const next = { ...article, ...patch };
  if (patch.date === undefined || patch.date === article.date) return next;
  return { ...next, dateSource: patch.date === null ? null : 'researcher' };
}

/** Handlers of the articles area. */
export function articlesArea(ctx: ServerContext): AreaHandlers<'articles'> {
  return {
    'articles.list': async () => ctx.workspace.need().data.articles.map(meta),
    'articles.get': async ({ id }) => findArticle(ctx, id),
    'articles.update': async ({ id, patch }) => {
      findArticle(ctx, id);
      // A metadata edit is a new revision of the article, for merging copies.
      ctx.workspace.update((p) => ({ ...p, articles: p.articles.map((a) => (a.id === id ? { ...editedArticle(a, patch), ...nextRevision(a, randomUUID()) } : a)) }));
      return meta(findArticle(ctx, id));
    },
    'articles.delete': async ({ ids }) => {
      const doomed = new Set(ids);
      const removedAt = new Date().toISOString();
      ctx.workspace.update((p) => {
        // Articles with highlights leave a record behind, so claims keep their evidence
        // (shown as "article removed") instead of silently losing it.
        const annotated = new Set(p.highlights.map((h) => h.articleId));
        const records = p.articles
          .filter((a) => doomed.has(a.id) && annotated.has(a.id))
          .map((a) => ({ id: a.id, title: a.title, source: a.source, date: a.date, removedAt }));
        // Deletion records, so a colleague's copy that still has the articles learns of it.
        const deleted = p.articles.filter((a) => doomed.has(a.id)).map((a): Deletion => ({ ...tombstoneFor('article', a, removedAt, ctx.author.get() ?? UNKNOWN_AUTHOR), revs: [...a.revs] }));
        return { ...p, articles: p.articles.filter((a) => !doomed.has(a.id)), removedArticles: [...p.removedArticles, ...records], deleted: [...p.deleted, ...deleted] };
      });
      return null;
    },
  };
}
