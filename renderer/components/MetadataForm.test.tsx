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

describe('MetadataForm: the article’s language', () => {
  const select = () => t.$('language-select') as HTMLSelectElement;
  const choose = (code: string) =>
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
      setter.call(select(), code);
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });

  /** Renders with a bridge that records what `articles.update` is sent. */
  function renderRecording(meta: ArticleMeta): unknown[] {
    const sent: unknown[] = [];
    const recording = {
      api: {
        'articles.update': async (args: { patch: unknown }) => {
          sent.push(args.patch);
          return { ok: true, value: { ...meta, ...(args.patch as object) } };
        },
      },
      onEvent: () => () => undefined,
    } as unknown as WarrantBridge;
    t.render(
      <BridgeContext.Provider value={recording}>
        <MetadataForm article={meta} onSaved={() => undefined} onCancel={() => undefined} />
      </BridgeContext.Provider>,
    );
    return sent;
  }

  it('shows the detected language as such, with what search does with it', () => {
    render({ ...article, language: { code: 'fr', source: 'detected' } });
    expect(select().value).toBe('fr');
    expect(select().selectedOptions[0]?.textContent).toBe('French (detected)');
    expect(t.$('language-note')?.textContent).toMatch(/^Detected from the text; choose another if it is wrong\. Search also finds other forms/);
    expect(select().getAttribute('aria-describedby')).toBe(t.$('language-note')?.id);
  });

  it('sends a language picked by hand as the researcher’s, and nothing when it is unchanged', async () => {
    const sent = renderRecording({ ...article, language: { code: 'fr', source: 'detected' } });
    choose('de');
    expect(t.$('language-note')?.textContent).toMatch(/^Chosen by hand\. .*common German words low/);
    await act(async () => {
      t.container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(sent).toEqual([{ language: { code: 'de', source: 'researcher' } }]);
  });

  it('offers "not detected yet" for an article imported before languages were recorded', () => {
    render(article);
    expect(select().value).toBe('');
    expect(t.$('language-note')?.textContent).toMatch(/^Not detected yet/);
    choose('und');
    expect(t.$('language-note')?.textContent).toBe('Chosen by hand. Search matches its words as in English.');
  });
});
