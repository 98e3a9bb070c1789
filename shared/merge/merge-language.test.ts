/** Merging copies carries an article's language: a language edit is a metadata edit (a new revision). */
import { describe, expect, it } from 'vitest';
import type { ArticleLanguage, ProjectFile } from '../model.js';
import { byId, merge, twoCopies } from './fixtures/projects.js';
import { nextRevision } from './versioned.js';

/** `p` with article `id`'s language set as the metadata form sets it. */
function setLanguage(p: ProjectFile, id: string, language: ArticleLanguage, rev: string): ProjectFile {
  return { ...p, articles: p.articles.map((a) => (a.id === id ? { ...a, language, ...nextRevision(a, rev) } : a)) };
}

describe('merging an article’s language', () => {
  it('takes a colleague’s language correction, and keeps mine when only I changed it', () => {
    const { b, ada, ben } = twoCopies();
    const corrected = setLanguage(ben, b.art2, { code: 'de', source: 'researcher' }, 'ben-lang-1');
    const r = merge(ada, corrected);
    expect(r.conflicts).toEqual([]);
    expect(byId(r.merged.articles, b.art2)?.language).toEqual({ code: 'de', source: 'researcher' });
    const back = merge(corrected, ada);
    expect(back.conflicts).toEqual([]);
    expect(byId(back.merged.articles, b.art2)?.language).toEqual({ code: 'de', source: 'researcher' });
  });

  it('makes two different corrections of the same article a conflict', () => {
    const { b, ada, ben } = twoCopies();
    const r = merge(setLanguage(ada, b.art2, { code: 'fr', source: 'researcher' }, 'ada-lang-1'), setLanguage(ben, b.art2, { code: 'de', source: 'researcher' }, 'ben-lang-1'));
    expect(r.conflicts.length).toBe(1);
    // Until decided, my version stays.
    expect(byId(r.merged.articles, b.art2)?.language).toEqual({ code: 'fr', source: 'researcher' });
  });
});
