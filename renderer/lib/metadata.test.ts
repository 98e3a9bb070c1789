import { describe, expect, it } from 'vitest';
import type { ArticleMetaFields } from '../../shared/model.js';
import { dateSourceNote, draftFromMeta, draftToPatch, isCalendarDate } from './metadata.js';

const meta: ArticleMetaFields = { title: 'Huawei', source: 'Reuters', author: null, date: '2019-02-04', url: null };

describe('draftToPatch', () => {
  it('sends only the fields that changed, with blanks as null', () => {
    const draft = { ...draftFromMeta(meta), source: '  ', author: ' Ana Ruiz ' };
    expect(draftToPatch(draft, meta)).toEqual({ patch: { source: null, author: 'Ana Ruiz' } });
  });

  it('sends nothing when nothing changed', () => {
    expect(draftToPatch(draftFromMeta(meta), meta)).toEqual({ patch: {} });
  });

  it('refuses an empty title', () => {
    expect(draftToPatch({ ...draftFromMeta(meta), title: ' ' }, meta)).toEqual({ error: 'The title cannot be empty.' });
  });

  it('refuses dates that are not YYYY-MM-DD or not real days', () => {
    expect(draftToPatch({ ...draftFromMeta(meta), date: '4 Feb 2019' }, meta)).toHaveProperty('error', expect.stringMatching(/YYYY-MM-DD/));
    expect(draftToPatch({ ...draftFromMeta(meta), date: '2019-02-30' }, meta)).toHaveProperty('error', expect.stringMatching(/not a real/));
    expect(draftToPatch({ ...draftFromMeta(meta), date: '' }, meta)).toEqual({ patch: { date: null } });
  });
});

describe('isCalendarDate', () => {
  it('accepts real days, including 29 February in leap years', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2019-02-29')).toBe(false);
    expect(isCalendarDate('2019-13-01')).toBe(false);
  });
});

describe('dateSourceNote', () => {
  it('says, in the registry’s words, where the date came from', () => {
    expect(dateSourceNote({ date: '2025-02-08', dateSource: 'file' }, '2025-02-08')).toBe(
      'The file’s creation date — from the file’s properties: when the file was made, which may not be when it was published',
    );
    expect(dateSourceNote({ date: '2022-08-18', dateSource: 'document' }, '2022-08-18')).toMatch(/^Stated in the document — the publication date/);
  });

  it('treats a date typed into the form as the researcher’s, and has nothing to say without a date or a source', () => {
    expect(dateSourceNote({ date: '2025-02-08', dateSource: 'file' }, '2022-08-18')).toMatch(/^Entered by hand — /);
    expect(dateSourceNote({ date: '2025-02-08', dateSource: 'file' }, ' ')).toBeNull();
    expect(dateSourceNote({ date: '2025-02-08' }, '2025-02-08')).toBeNull();
    expect(dateSourceNote({ date: '2025-02-08', dateSource: null }, '2025-02-08')).toBeNull();
  });
});
