import { describe, expect, it } from 'vitest';
import type { ArticleMetaFields } from '../../shared/model.js';
import { draftFromMeta, draftToPatch, isCalendarDate } from './metadata.js';

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
