// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResults } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import type { WarrantApi, WarrantBridge } from '../../shared/transport.js';
import { BridgeContext } from './backend.js';
import { SEARCH_DEBOUNCE_MS, useSearch, type SearchState } from './use-search.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A bridge whose search answers only when the test says so. */
function fakeBridge() {
  const pending: { query: string; resolve: (r: Result<SearchResults>) => void }[] = [];
  const api = {
    'search.query': ({ query }: { query: string }) =>
      new Promise<Result<SearchResults>>((resolve) => pending.push({ query, resolve })),
  } as unknown as WarrantApi;
  const bridge: WarrantBridge = { api, onEvent: () => () => {} };
  return { bridge, pending };
}

const answer = (query: string, total: number): Result<SearchResults> => ({ ok: true, value: { query, total, hits: [], annotations: [] } });

let root: Root;
let state: SearchState;
function Probe({ query }: { query: string }) {
  state = useSearch(query, 0, 'ready');
  return null;
}

describe('useSearch', () => {
  const { bridge, pending } = fakeBridge();
  const render = (query: string) =>
    act(() =>
      root.render(
        <BridgeContext value={bridge}>
          <Probe query={query} />
        </BridgeContext>,
      ),
    );

  beforeEach(() => {
    vi.useFakeTimers();
    pending.length = 0;
    root = createRoot(document.createElement('div'));
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });

  it('waits for a pause in typing before asking the backend', () => {
    render('h');
    render('hu');
    render('hua');
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(pending.map((p) => p.query)).toEqual(['hua']);
    expect(state.pending).toBe(true);
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    render('huawei');
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    render('huawei 5g');
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(pending).toHaveLength(2);
    await act(async () => pending[1]!.resolve(answer('huawei 5g', 2)));
    await act(async () => pending[0]!.resolve(answer('huawei', 9)));
    expect(state.response?.query).toBe('huawei 5g');
    expect(state.response?.total).toBe(2);
    expect(state.pending).toBe(false);
  });

  it('reports a malformed query as an error instead of results', async () => {
    render('title:');
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    await act(async () => pending[0]!.resolve({ ok: false, error: { code: 'bad-query', message: '“title:” needs a word' } }));
    expect(state.error).toEqual({ code: 'bad-query', message: '“title:” needs a word' });
    expect(state.response).toBeNull();
  });

  it('clears everything for a blank query without asking the backend', () => {
    render('   ');
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(pending).toHaveLength(0);
    expect(state).toEqual({ response: null, error: null, pending: false });
  });
});
