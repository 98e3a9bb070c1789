/**
 * The left column: search on top; below it the results while searching, else the library.
 * Owns the column's own state (the query, the library's sort and filter, which survive a
 * search) and reads what it shares with the rest of the workspace from context: the library,
 * the open article, the annotations and the delete request.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AnnotationHit } from '../../shared/api.js';
import { useCommandSlice } from '../commands/host.js';
import { useRequestDelete } from '../state/article-deletion.js';
import { useArticleNav } from '../state/article-nav.js';
import { useIndexStatus } from '../state/use-index-status.js';
import { useLibraryContext } from '../state/use-library.js';
import { useSearch } from '../state/use-search.js';
import { useWorkbenchOrNull } from '../state/workbench.js';
import { IndexStatusLine } from './IndexStatusLine.js';
import { Library, type LibraryView } from './Library.js';
import { SearchBox } from './SearchBox.js';
import { SearchResults } from './SearchResults.js';

/** Props of <Sidebar>. */
export interface SidebarProps {
  /** The open project's path: the index status is asked again when it changes. */
  projectPath: string;
}

/** The search and library column. */
export function Sidebar({ projectPath }: SidebarProps) {
  const library = useLibraryContext();
  const nav = useArticleNav();
  const requestDelete = useRequestDelete();
  // Null while the annotations load: search and library work without them.
  const wb = useWorkbenchOrNull();
  const index = useIndexStatus(projectPath);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<LibraryView>({ filter: '', sort: 'title', direction: 'asc' });
  const search = useSearch(query, library.articles, index?.state ?? null);
  const searchInput = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);
  const selectedId = nav.opened?.id ?? null;
  const searching = query.trim() !== '';
  // bad-query errors belong under the box; other failures too, as the search is what failed.
  const error = search.error;

  // Ctrl/Cmd+F with no article open comes here (the reader takes it otherwise).
  const articleOpen = selectedId !== null;
  useCommandSlice(
    'search',
    useMemo(
      () => ({
        focus: () => {
          searchInput.current?.focus();
          searchInput.current?.select();
        },
        articleOpen,
      }),
      [articleOpen],
    ),
  );

  const open = (id: string, fromSearch: boolean) => {
    nav.open(id, fromSearch ? query.trim() : null);
    // A highlight of another article would be out of place under this one.
    const shown = wb?.panel.highlight;
    const hl = shown && wb.view.highlights.find((h) => h.id === shown.id);
    if (hl && hl.articleId !== id) wb.panel.selectHighlight(null);
  };

  const openAnnotation = (hit: AnnotationHit) => {
    if (!wb) return;
    if (hit.claimId) wb.panel.openClaim(hit.claimId);
    if (hit.highlightId && hit.articleId) {
      wb.openArticleAt(hit.articleId, hit.highlightId);
      wb.panel.selectHighlight(hit.highlightId);
    }
  };

  const articleTitle = useCallback((id: string) => wb?.articles.get(id)?.title ?? null, [wb]);

  return (
    <nav className="sidebar" aria-label="Search and library">
      <div className="sidebar__top">
        <SearchBox
          value={query}
          onChange={setQuery}
          error={error}
          inputRef={searchInput}
          onArrowDown={() => results.current?.querySelector('button')?.focus()}
        />
        <IndexStatusLine status={index} />
      </div>
      <div className="sidebar__body">
        {searching ? (
          error ? null : (
            <SearchResults
              response={search.response}
              pending={search.pending}
              selectedId={selectedId}
              onOpen={(id) => open(id, true)}
              onOpenAnnotation={openAnnotation}
              articleTitle={articleTitle}
              listRef={results}
              onSuggest={(q) => {
                setQuery(q);
                searchInput.current?.focus();
              }}
            />
          )
        ) : (
          <Library
            articles={library.articles}
            loaded={library.loaded}
            view={view}
            onViewChange={setView}
            selectedId={selectedId}
            onOpen={(id) => open(id, false)}
            onDelete={requestDelete}
          />
        )}
      </div>
    </nav>
  );
}
