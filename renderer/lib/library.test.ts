import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../shared/model.js';
import { filterArticles, sortArticles } from './library.js';

function article(id: string, fields: Partial<ArticleMeta>): ArticleMeta {
  return {
    id,
    title: id,
    source: null,
    author: null,
    date: null,
    url: null,
    fileName: `${id}.txt`,
    format: 'txt',
    importedAt: '2024-01-01T00:00:00.000Z',
    contentHash: '0'.repeat(64),
    length: 10,
    rev: `r-${id}`,
    revs: [],
    ...fields,
  };
}

const list = [
  article('a', { title: 'Zeta report', source: 'Reuters', date: '2019-02-04', author: 'Ana Ruiz' }),
  article('b', { title: 'alpha brief', source: null, date: '2021-06-01' }),
  article('c', { title: 'Item 10', source: 'AP', date: null }),
  article('d', { title: 'Item 9', source: 'bbc', date: '2018-12-31' }),
];
const ids = (xs: ArticleMeta[]) => xs.map((x) => x.id);

describe('filterArticles', () => {
  it('matches title, source and author, ignoring case', () => {
    expect(ids(filterArticles(list, 'REUTERS'))).toEqual(['a']);
    expect(ids(filterArticles(list, 'ruiz'))).toEqual(['a']);
    expect(ids(filterArticles(list, 'item'))).toEqual(['c', 'd']);
  });

  it('returns everything for a blank filter', () => {
    expect(ids(filterArticles(list, '  '))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('sortArticles', () => {
  it('sorts titles case-insensitively with numbers in numeric order', () => {
    expect(ids(sortArticles(list, 'title', 'asc'))).toEqual(['b', 'd', 'c', 'a']);
    expect(ids(sortArticles(list, 'title', 'desc'))).toEqual(['a', 'c', 'd', 'b']);
  });

  it('sorts by date and keeps undated articles last in both directions', () => {
    expect(ids(sortArticles(list, 'date', 'asc'))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(sortArticles(list, 'date', 'desc'))).toEqual(['b', 'a', 'd', 'c']);
  });

  it('sorts by source and keeps articles without a source last', () => {
    expect(ids(sortArticles(list, 'source', 'asc'))).toEqual(['c', 'd', 'a', 'b']);
  });

  it('does not change the input', () => {
    const copy = [...list];
    sortArticles(list, 'title', 'asc');
    expect(list).toEqual(copy);
  });
});
