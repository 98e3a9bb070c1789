/**
 * Opening the rest of a damaged project. An article whose text no longer matches its checksum
 * is set aside — left out of the session, its title listed — and the project is opened
 * read-only, so the damaged file is never overwritten (a backup or a colleague's copy may still
 * hold the article intact). Highlights on a set-aside article stay, shown as "article removed"
 * through a removed-article record, exactly as after deleting an article, so no claim silently
 * loses its evidence. No deletion record is written: merging a colleague's intact copy into a
 * repaired one (Save As) brings the article back instead of deleting it there.
 */
import type { Article, ProjectFile, RemovedArticle } from '../../shared/model.js';

/** The project without `damaged` articles, their evidence kept as removed-article records. */
export function setAsideArticles(project: ProjectFile, damaged: readonly Article[], now: string): ProjectFile {
  if (damaged.length === 0) return project;
  const ids = new Set(damaged.map((a) => a.id));
  const cited = new Set(project.highlights.filter((h) => ids.has(h.articleId)).map((h) => h.articleId));
  const records: RemovedArticle[] = damaged
    .filter((a) => cited.has(a.id))
    .map((a) => ({ id: a.id, title: a.title, source: a.source, date: a.date, removedAt: now }));
  return { ...project, articles: project.articles.filter((a) => !ids.has(a.id)), removedArticles: [...project.removedArticles, ...records] };
}
