/**
 * Search as you type: the query is sent ~150 ms after the last keystroke, and answers to
 * older queries are discarded, so results always match what is in the box.
 */
import { useEffect, useState } from 'react';
import type { SearchResults } from '../../shared/api.js';
import type { AppError } from '../../shared/result.js';
import { useCall } from './backend.js';
import { useLatestCall } from './use-latest-call.js';

/** Delay after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 150;
/** Results fetched per query; the total count is still exact. */
export const SEARCH_LIMIT = 200;

/** What useSearch returns. */
export interface SearchState {
  /** The answer for the current query (null while blank or before the first answer). */
  response: SearchResults | null;
  /** A query the backend could not run; `bad-query` messages are shown under the box. */
  error: AppError | null;
  /** A search is scheduled or running for the current text. */
  pending: boolean;
}

/**
 * Runs `query` against the index. The versions are values that change when the searchable
 * content changes (the article list; the index state) so results re-run.
 */
export function useSearch(query: string, contentVersion: unknown, indexVersion: unknown): SearchState {
  const call = useCall();
  const [state, setState] = useState<SearchState>({ response: null, error: null, pending: false });
  const latest = useLatestCall();

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ response: null, error: null, pending: false });
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      latest.run(
        () => call('search.query', { query: q, limit: SEARCH_LIMIT }),
        (r) => setState(r.ok ? { response: r.value, error: null, pending: false } : { response: null, error: r.error, pending: false }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      // A newer query (or newer content) is on its way: this answer would be out of date.
      latest.invalidate();
    };
  }, [call, query, contentVersion, indexVersion, latest]);

  return state;
}
