/**
 * Test fixtures shared by the model's tests: a minimal highlight and its stamp, so each test
 * states only what it is about.
 */
import type { Highlight } from '../model.js';

/** Author, times and revision of a test item. */
export const TEST_STAMP = { author: 'Ada', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', rev: 'r1', revs: [] as string[] };

/** A highlight of the first four characters ("text") of `articleId`. */
export function testHighlight(id: string, articleId: string, extra: Partial<Highlight> = {}): Highlight {
  return {
    id,
    articleId,
    target: { position: { type: 'TextPositionSelector', start: 0, end: 4 }, quote: { type: 'TextQuoteSelector', exact: 'text', prefix: '', suffix: '' } },
    color: 'yellow',
    label: null,
    note: '',
    ...TEST_STAMP,
    ...extra,
  };
}
