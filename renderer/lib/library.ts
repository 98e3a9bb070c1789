/**
 * Sorting and filtering of the library list (pure, so it is tested without a DOM).
 */
import type { ArticleMeta } from '../../shared/model.js';

/** Fields the library can be sorted by. */
export type SortKey = 'title' | 'date' | 'source';
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Articles whose title, source or author contains `query` (case-insensitive); every article
 * when the query is blank.
 */
export function filterArticles(articles: readonly ArticleMeta[], query: string): ArticleMeta[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...articles];
  return articles.filter((a) =>
    [a.title, a.source, a.author].some((field) => field != null && field.toLocaleLowerCase().includes(q)),
  );
}

/**
 * Sorted copy. Articles without the sort field (no date, no source) always come last, whatever
 * the direction, so the useful ones stay on top; ties fall back to title.
 */
export function sortArticles(articles: readonly ArticleMeta[], key: SortKey, direction: SortDirection): ArticleMeta[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byTitle = (a: ArticleMeta, b: ArticleMeta) => collator.compare(a.title, b.title);
  return [...articles].sort((a, b) => {
    if (key === 'title') return sign * byTitle(a, b);
    const va = a[key];
    const vb = b[key];
    if (va == null && vb == null) return byTitle(a, b);
    if (va == null) return 1;
    if (vb == null) return -1;
    // ISO dates sort correctly as strings.
    const c = key === 'date' ? (va < vb ? -1 : va > vb ? 1 : 0) : collator.compare(va, vb);
    return c !== 0 ? sign * c : byTitle(a, b);
  });
}
