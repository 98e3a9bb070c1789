// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { SearchResults as SearchAnswer } from '../../shared/api.js';
import { QUERY_SYNTAX, QUERY_SYNTAX_NOTES } from '../../shared/search/syntax.js';
import { setupTestRoot } from '../test-support/dom.js';
import { HelpOverlay } from './HelpOverlay.js';
import { SearchBox } from './SearchBox.js';
import { SearchResults } from './SearchResults.js';

const t = setupTestRoot();

const answer = (query: string, total: number, suggestions?: string[]): SearchAnswer => ({
  query,
  total,
  hits: [],
  annotations: [],
  ...(suggestions ? { suggestions } : {}),
});

function results(response: SearchAnswer, onSuggest: (q: string) => void) {
  t.render(
    <SearchResults
      response={response}
      pending={false}
      selectedId={null}
      onOpen={() => undefined}
      onOpenAnnotation={() => undefined}
      articleTitle={() => null}
      onSuggest={onSuggest}
    />,
  );
}

describe('Did you mean', () => {
  it('offers each suggested query as a button that runs it', () => {
    const ran: string[] = [];
    results(answer('huawai AND germny', 0, ['huawei AND germany', 'huawei AND germans']), (q) => ran.push(q));
    const line = t.$('did-you-mean');
    expect(line?.textContent).toBe('Did you mean huawei AND germany or huawei AND germans?');
    const buttons = [...(line?.querySelectorAll('button') ?? [])];
    expect(buttons.map((b) => b.textContent)).toEqual(['huawei AND germany', 'huawei AND germans']);
    act(() => buttons[1]?.click());
    expect(ran).toEqual(['huawei AND germans']);
  });

  it('says nothing when there is nothing to suggest', () => {
    results(answer('xyzzy', 0), () => undefined);
    expect(t.$('did-you-mean')).toBeNull();
    expect(t.container.textContent).toMatch(/No article matches/);
  });
});

describe('Search syntax help', () => {
  it('lists every form of the syntax registry, operators included', () => {
    t.render(<SearchBox value="" onChange={() => undefined} error={null} />);
    const help = t.container.querySelector('[aria-label="Search syntax"]');
    const examples = [...(help?.querySelectorAll('dt code') ?? [])].map((c) => c.textContent);
    expect(examples).toEqual(QUERY_SYNTAX.map((s) => s.example));
    expect(examples).toEqual(expect.arrayContaining(['tariff AND mayor', 'brine OR outfall', 'tariff NOT brine']));
    for (const n of QUERY_SYNTAX_NOTES) expect(help?.textContent).toContain(n);
  });

  it('is in the help overlay too, from the same registry', () => {
    t.render(<HelpOverlay onClose={() => undefined} />);
    const section = document.querySelector('[data-testid="help-search-syntax"]');
    expect([...(section?.querySelectorAll('dt code') ?? [])].map((c) => c.textContent)).toEqual(QUERY_SYNTAX.map((s) => s.example));
  });
});
