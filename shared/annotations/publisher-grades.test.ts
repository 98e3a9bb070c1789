import { describe, expect, it } from 'vitest';
import { emptyProjectCollections, Highlight, ProjectFileV4, ProjectFileV5, PublisherGrade } from '../model.js';
import { thrown } from '../test-support/errors.js';
import { setPublisherReliability } from './publisher-grades.js';

let n = 0;
const stamp = (author = 'Ada') => ({ author, now: '2026-01-02T00:00:00.000Z', newId: () => `r${++n}` });

describe('setPublisherReliability', () => {
  it('keys a grade by the normalised publisher name, so one publisher is graded once', () => {
    const first = setPublisherReliability([], '  The Wall  Street Journal ', 'B', stamp());
    expect(first.grade).toMatchObject({ id: 'the wall street journal', name: 'The Wall Street Journal', reliability: 'B', author: 'Ada', revs: [] });
    const second = setPublisherReliability(first.publishers, 'THE WALL STREET JOURNAL', 'A', stamp('Ben'));
    expect(second.publishers).toHaveLength(1);
    expect(second.grade).toMatchObject({ name: 'The Wall Street Journal', reliability: 'A', author: 'Ben', revs: [first.grade.rev] });
    expect(PublisherGrade.parse(second.grade)).toEqual(second.grade);
  });

  it('clears to null with a new revision (a record, never a deletion), and setting the same grade changes nothing', () => {
    const set = setPublisherReliability([], 'Reuters', 'C', stamp());
    const same = setPublisherReliability(set.publishers, 'Reuters', 'C', stamp());
    expect(same.grade).toBe(set.grade);
    const cleared = setPublisherReliability(set.publishers, 'Reuters', null, stamp());
    expect(cleared.grade).toMatchObject({ reliability: null, revs: [set.grade.rev] });
  });

  it('refuses a name with nothing in it', () => {
    expect(thrown(() => setPublisherReliability([], '   ', 'A', stamp())).code).toBe('bad-args');
  });
});

describe('the model: grades are format 5 only', () => {
  const project = {
    format: 'warrant-project',
    id: 'p',
    name: 'P',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    articles: [],
    ...emptyProjectCollections(),
  };
  const highlight = {
    id: 'h1',
    articleId: 'a1',
    target: { position: { type: 'TextPositionSelector', start: 0, end: 4 }, quote: { type: 'TextQuoteSelector', exact: 'text', prefix: '', suffix: '' } },
    color: 'yellow',
    label: null,
    note: '',
    author: 'Ada',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    rev: 'r',
    revs: [],
  };
  it('accepts a passage credibility 1–6 and publisher grades in format 5', () => {
    const v5 = { ...project, schemaVersion: 5, highlights: [{ ...highlight, credibility: 6 }], publishers: [{ id: 'wsj', name: 'WSJ', reliability: 'F', author: 'Ada', updatedAt: '2026-01-01T00:00:00.000Z', rev: 'g', revs: [] }] };
    expect(ProjectFileV5.safeParse(v5).success).toBe(true);
    expect(Highlight.safeParse({ ...highlight, credibility: 7 }).success).toBe(false);
    expect(ProjectFileV5.safeParse({ ...v5, publishers: [{ ...v5.publishers[0], reliability: 'G' }] }).success).toBe(false);
  });
  it('keeps format 4 as it was: no credibility, no publishers', () => {
    expect(ProjectFileV4.safeParse({ ...project, schemaVersion: 4, highlights: [highlight] }).success).toBe(true);
    expect(ProjectFileV4.safeParse({ ...project, schemaVersion: 4, highlights: [{ ...highlight, credibility: 2 }] }).success).toBe(false);
    expect(ProjectFileV4.safeParse({ ...project, schemaVersion: 4, highlights: [], publishers: [] }).success).toBe(false);
  });
});
