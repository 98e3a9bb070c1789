/**
 * Search results: count, then each hit with title, source, date and a marked snippet.
 */
import type { AnnotationHit, SearchResults as SearchAnswer } from '../../shared/api.js';
import { formatDate, plural } from '../lib/format.js';
import { useRoving } from '../lib/use-roving.js';
import { AnnotationHits } from './AnnotationHits.js';
import { MarkedText } from './MarkedText.js';

/** Props of <SearchResults>. */
export interface SearchResultsProps {
  response: SearchAnswer | null;
  pending: boolean;
  selectedId: string | null;
  onOpen(id: string): void;
  onOpenAnnotation(hit: AnnotationHit): void;
  articleTitle(id: string): string | null;
  listRef?: React.Ref<HTMLOListElement>;
  /** Runs a suggested query ("Did you mean huawei?") in place of the one typed. */
  onSuggest?(query: string): void;
}

/** The result list shown instead of the library while the search box has text. */
export function SearchResults({ response, pending, selectedId, onOpen, onOpenAnnotation, articleTitle, listRef, onSuggest }: SearchResultsProps) {
  const hitList = response?.hits ?? [];
  // One Tab stop for the results (the open one, else the first); arrows, Home and End move.
  const roving = useRoving(hitList.length, hitList.findIndex((h) => h.id === selectedId));
  if (!response) {
    return (
      <p className="list-status" role="status">
        {pending ? 'Searching…' : ''}
      </p>
    );
  }
  const { total, hits, annotations, suggestions = [] } = response;
  return (
    <section className="results" aria-busy={pending}>
      <AnnotationHits hits={annotations} articleTitle={articleTitle} onOpen={onOpenAnnotation} />
      {annotations.length > 0 && (
        <h2 className="section-title annotation-hits__title">
          Articles
        </h2>
      )}
      <p className="list-status" role="status" data-testid="result-count">
        {plural(total, 'result')}
        {hits.length < total && ` · showing the best ${hits.length}`}
      </p>
      {total === 0 && onSuggest && suggestions.length > 0 && (
        <p className="did-you-mean" data-testid="did-you-mean">
          Did you mean{' '}
          {suggestions.map((s, i) => (
            <span key={s}>
              {i > 0 && (i === suggestions.length - 1 ? ' or ' : ', ')}
              <button type="button" className="link-button" onClick={() => onSuggest(s)}>
                {s}
              </button>
            </span>
          ))}
          ?
        </p>
      )}
      {total === 0 ? (
        <p className="empty-note">
          No article matches this search. Try fewer words, a wildcard (<code>secur*</code>) or fuzzy matching (
          <code>word~1</code>).
        </p>
      ) : (
        <ol className="item-list" ref={listRef} aria-label="Search results" data-testid="result-list" onKeyDown={roving.onKeyDown}>
          {hits.map((h, i) => (
            <li key={h.id}>
              <button
                type="button"
                className="item"
                aria-current={h.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen(h.id)}
                data-testid="search-result"
                {...roving.itemProps(i)}
              >
                <span className="item__title" dir="auto">{h.title}</span>
                {(h.source || h.date) && (
                  <span className="item__meta" dir="auto">{[h.source, h.date && formatDate(h.date)].filter(Boolean).join(' · ')}</span>
                )}
                {h.snippet.text && (
                  <span className="item__snippet" dir="auto">
                    <MarkedText text={h.snippet.text} marks={h.snippet.marks} />
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
