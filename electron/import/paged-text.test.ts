import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../shared/text/normalize.js';
import { pagedText } from './parse-job.js';

describe('pagedText', () => {
  it('gives the same text as normalizing the whole, with where each page begins', () => {
    const pages = ['  Title\r\n\r\nFirst  page. ', '\n\nSecond\u00a0page.\n', '', 'Fourth.'];
    const paged = pagedText(pages)!;
    expect(paged.text).toBe(normalizeText(pages.join('\n\n')));
    expect(paged.text.slice(paged.pageStarts[1])).toMatch(/^Second page\./);
    // The empty third page starts where the fourth does.
    expect(paged.pageStarts[2]).toBe(paged.pageStarts[3]);
    expect(paged.text.slice(paged.pageStarts[3])).toBe('Fourth.');
  });

  it('puts text on page 2 when page 1 is empty', () => {
    const paged = pagedText(['', 'Only text.'])!;
    expect(paged).toEqual({ text: 'Only text.', pageStarts: [0, 0] });
  });
});
