import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type Article, type ProjectFile } from '../../shared/model.js';
import { serializeProject, validateForSave } from './serialize.js';

const now = '2026-01-01T00:00:00.000Z';
function article(id: string, text: string): Article {
  return { id, title: `T ${id}`, source: null, author: null, date: null, url: null, fileName: `${id}.txt`, format: 'txt', importedAt: now, contentHash: 'b'.repeat(64), length: text.length, text, rev: `rev-${id}`, revs: [] };
}
function project(articles: Article[]): ProjectFile {
  return { format: 'warrant-project', schemaVersion: CURRENT_SCHEMA_VERSION, id: 'p', name: 'P', createdAt: now, updatedAt: now, articles, highlights: [], claims: [], links: [], ratings: [], removedArticles: [], deleted: [], conflicts: [] };
}

describe('serializeProject', () => {
  it('writes JSON that reads back as the same project (quotes, Unicode, line breaks)', () => {
    const p = project([article('a', 'He said “no” — \\"quoted\\"\nnext line 🙂'), article('b', 'B')]);
    expect(JSON.parse(serializeProject(p).toString('utf8'))).toEqual(p);
    expect(JSON.parse(serializeProject(project([])).toString('utf8'))).toEqual(project([]));
  });

  it('never serves a stale article: an edit makes a new object, and the new one is written', () => {
    const a = article('a', 'Text');
    const first = project([a]);
    serializeProject(first);
    const edited = { ...a, title: 'Corrected title' };
    const second = { ...first, articles: [edited] };
    expect((JSON.parse(serializeProject(second).toString('utf8')) as ProjectFile).articles[0]?.title).toBe('Corrected title');
  });
});

describe('validateForSave', () => {
  it('checks new articles and the rest of the project, naming where the problem is', () => {
    const good = article('a', 'Text');
    expect(validateForSave(project([good]))).toBeNull();
    const bad = { ...good, id: 'b', date: '2024-02-30' };
    expect(validateForSave(project([good, bad]))?.path).toEqual(['articles', 1, 'date']);
    expect(validateForSave({ ...project([good]), name: '' })?.path).toEqual(['name']);
  });
});
