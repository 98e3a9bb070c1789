/**
 * The left column: search on top; below it the results while searching, else the library.
 */
import { useRef, type Ref } from 'react';
import type { AnnotationHit, IndexStatus } from '../../shared/api.js';
import type { ArticleMeta } from '../../shared/model.js';
import type { LibraryState } from '../state/use-library.js';
import type { SearchState } from '../state/use-search.js';
import { IndexStatusLine } from './IndexStatusLine.js';
import { Library, type LibraryView } from './Library.js';
import { SearchBox } from './SearchBox.js';
import { SearchResults } from './SearchResults.js';

/** Props of <Sidebar>. */
export interface SidebarProps {
  query: string;
  onQueryChange(query: string): void;
  search: SearchState;
  searchRef: Ref<HTMLInputElement>;
  index: IndexStatus | null;
  library: LibraryState;
  view: LibraryView;
  onViewChange(view: LibraryView): void;
  selectedId: string | null;
  /** Opens an article; `fromSearch` marks the search's hits in it. */
  onOpen(id: string, fromSearch: boolean): void;
  onDelete(article: ArticleMeta): void;
  /** Opens a claim or note found by the search. */
  onOpenAnnotation(hit: AnnotationHit): void;
  articleTitle(id: string): string | null;
}

/** The search and library column. */
export function Sidebar(props: SidebarProps) {
  const { query, search, library } = props;
  const results = useRef<HTMLOListElement>(null);
  const searching = query.trim() !== '';
  // bad-query errors belong under the box; other failures too, as the search is what failed.
  const error = search.error;
  return (
    <nav className="sidebar" aria-label="Search and library">
      <div className="sidebar__top">
        <SearchBox
          value={query}
          onChange={props.onQueryChange}
          error={error}
          inputRef={props.searchRef}
          onArrowDown={() => results.current?.querySelector('button')?.focus()}
        />
        <IndexStatusLine status={props.index} />
      </div>
      <div className="sidebar__body">
        {searching ? (
          error ? null : (
            <SearchResults
              response={search.response}
              pending={search.pending}
              selectedId={props.selectedId}
              onOpen={(id) => props.onOpen(id, true)}
              onOpenAnnotation={props.onOpenAnnotation}
              articleTitle={props.articleTitle}
              listRef={results}
            />
          )
        ) : (
          <Library
            articles={library.articles}
            loaded={library.loaded}
            view={props.view}
            onViewChange={props.onViewChange}
            selectedId={props.selectedId}
            onOpen={(id) => props.onOpen(id, false)}
            onDelete={props.onDelete}
          />
        )}
      </div>
    </nav>
  );
}
