// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../shared/model.js';
import type { WarrantBridge } from '../../shared/transport.js';
import { BridgeContext } from '../state/backend.js';
import { setupTestRoot } from '../test-support/dom.js';
import { MetadataForm } from './MetadataForm.js';

const t = setupTestRoot();

const article: ArticleMeta = {
  id: 'a1',
  title: 'Widget 3000 User Manual',
  source: null,
  author: null,
  date: '2025-02-08',
  dateSource: 'file',
  url: null,
  fileName: 'manual.pdf',
  format: 'pdf',
  importedAt: '2026-01-01T00:00:00.000Z',
  contentHash: 'a'.repeat(64),
  length: 10,
  rev: 'r1',
  revs: [],
};

// Nothing is saved in these tests, so the bridge is never called.
const bridge = { api: {}, onEvent: () => () => undefined } as unknown as WarrantBridge;

function render(meta: ArticleMeta): void {
  t.render(
    <BridgeContext.Provider value={bridge}>
      <MetadataForm article={meta} onSaved={() => undefined} onCancel={() => undefined} />
    </BridgeContext.Provider>,
  );
}

function type(el: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('MetadataForm: where the date came from', () => {
  it('warns under the date that it is only the file’s creation date, describing the field', () => {
    render(article);
    const note = t.$('date-source')!;
    expect(note.textContent).toMatch(/^The file’s creation date — .*may not be when it was published$/);
    const input = t.container.querySelector<HTMLInputElement>('input[aria-describedby]')!;
    expect(input.value).toBe('2025-02-08');
    expect(input.getAttribute('aria-describedby')).toBe(note.id);
  });

  it('says a date typed in is the researcher’s, and says nothing once the date is cleared', () => {
    render(article);
    const input = t.container.querySelector<HTMLInputElement>('input[aria-describedby]')!;
    type(input, '2022-08-18');
    expect(t.$('date-source')?.textContent).toMatch(/^Entered by hand — /);
    type(input, '');
    expect(t.$('date-source')).toBeNull();
  });

  it('shows no note for an article imported before date sources were recorded', () => {
    const { dateSource: _omitted, ...older } = article;
    render(older);
    expect(t.$('date-source')).toBeNull();
  });
});
