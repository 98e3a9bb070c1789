import { describe, expect, it } from 'vitest';
import { thrown } from '../../test-support/errors.js';
import { sampleProject, stamper } from './fixtures/project.js';
import { readAnnotations } from './import.js';
import { MAX_ANNOTATIONS, MAX_PAGES } from './schema.js';

const { project } = sampleProject();
const read = (json: unknown) => readAnnotations(json, project, stamper('Bo', 'new'));
/** The error for `json`, checked to be a bad-file error that never repeats the file's values. */
const refusal = (json: unknown) => {
  const e = thrown(() => read(json));
  expect(e.code).toBe('bad-file');
  expect(e.message).not.toContain('SECRET');
  return e.message;
};

describe('files that are not annotations', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'SECRET text'],
    ['an object of something else', { name: 'SECRET', version: 3 }],
  ])('refuses %s, saying what was expected', (_, json) => {
    expect(refusal(json)).toMatch(/neither W3C Web Annotations .* nor a Hypothesis export/);
  });

  it('names where a value has the wrong type, without quoting it', () => {
    const msg = refusal([{ type: 'Annotation', target: { source: 'https://x.example', selector: { type: 'TextQuoteSelector', exact: 12345 } }, body: { value: 'SECRET' } }]);
    expect(msg).toContain('[0].target');
    expect(msg).not.toContain('12345');
  });

  it('names a missing target, a quote selector without its text, and a Hypothesis note that is not text', () => {
    expect(refusal([{ type: 'Annotation', body: { value: 'SECRET' } }])).toContain('[0].target');
    expect(refusal({ type: 'Annotation', target: { source: 'https://x.example', selector: [{ type: 'TextQuoteSelector', prefix: 'SECRET' }] } })).toContain('a TextQuoteSelector needs its exact text');
    expect(refusal({ rows: [{ uri: 'https://x.example', text: { SECRET: true } }] })).toContain('rows[0].text');
  });

  it('refuses a collection whose annotations are elsewhere (its first page only linked)', () => {
    expect(refusal({ type: 'AnnotationCollection', total: 3, first: 'https://annotations.example.net/page/1' })).toContain('only links to its first page');
  });

  it('refuses a huge list before reading its items', () => {
    const huge = new Array<unknown>(MAX_ANNOTATIONS + 1).fill({ type: 'Annotation', target: 'https://x.example' });
    expect(refusal(huge)).toContain(`more than ${MAX_ANNOTATIONS.toLocaleString('en')} annotations`);
    expect(refusal({ rows: huge })).toContain('rows: more than');
  });

  it('refuses an endless chain of pages', () => {
    let page: Record<string, unknown> = { type: 'AnnotationPage', items: [] };
    for (let i = 0; i < MAX_PAGES + 5; i++) page = { type: 'AnnotationPage', items: [], next: page };
    expect(refusal({ type: 'AnnotationCollection', first: page })).toContain(`more than ${MAX_PAGES.toLocaleString('en')} pages`);
  });

  it('survives deeply nested data: ignored where unused, refused by type where used', () => {
    let deep: unknown = 'SECRET';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    // In a key nobody reads, nesting is never walked.
    const ok = read({ type: 'Annotation', target: { source: 'https://x.example', selector: { type: 'TextQuoteSelector', exact: 'nowhere to be found', refinedBy: deep } }, extension: deep });
    expect(ok.items.unmatched).toHaveLength(1);
    // Where a value is used, the wrong type is said at once.
    expect(refusal({ type: 'Annotation', target: deep })).toContain('target');
    expect(refusal(deep)).toContain('[0]');
  });

  it('refuses strings past their limits', () => {
    expect(refusal({ rows: [{ uri: 'https://x.example', text: 'x'.repeat(20_001) }] })).toContain('rows[0].text');
    expect(refusal([{ type: 'Annotation', target: { source: 'x'.repeat(20_000) } }])).toContain('[0].target');
  });
});
