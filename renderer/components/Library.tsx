/**
 * The library: every article, filterable and sortable, each openable and deletable.
 */
import { useMemo, useRef, useState } from 'react';
import { describeImportFormats } from '../../shared/formats.js';
import type { ArticleMeta } from '../../shared/model.js';
import { formatDate, plural } from '../lib/format.js';
import { filterArticles, sortArticles, type SortDirection, type SortKey } from '../lib/library.js';
import { useRoving } from '../lib/use-roving.js';
import { LibraryRowMenu } from './LibraryRowMenu.js';

/** Sort and filter choices, kept by the parent so they survive a search. */
export interface LibraryView {
  filter: string;
  sort: SortKey;
  direction: SortDirection;
}

/** Props of <Library>. */
export interface LibraryProps {
  articles: readonly ArticleMeta[];
  loaded: boolean;
  view: LibraryView;
  onViewChange(view: LibraryView): void;
  selectedId: string | null;
  onOpen(id: string): void;
  onDelete(article: ArticleMeta): void;
}

/** How many rows to render at a time: big libraries grow on request, not all at once. */
const PAGE = 300;

/** The library list. */
export function Library({ articles, loaded, view, onViewChange, selectedId, onOpen, onDelete }: LibraryProps) {
  const [shown, setShown] = useState(PAGE);
  const visible = useMemo(
    () => sortArticles(filterArticles(articles, view.filter), view.sort, view.direction),
    [articles, view.filter, view.sort, view.direction],
  );
  const filtered = view.filter.trim() !== '';
  const rendered = visible.slice(0, shown);
  // One Tab stop for the whole list (the open article's row); arrows move, Delete deletes.
  const roving = useRoving(rendered.length, rendered.findIndex((a) => a.id === selectedId));
  // The article whose row menu is open (right-click, Menu key, Shift+F10), and its row's button.
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library__head">
        <h2 id="library-title" className="section-title">
          Library
        </h2>
        <p className="library__count" role="status" data-testid="library-count">
          {filtered ? `${visible.length} of ${plural(articles.length, 'article')}` : plural(articles.length, 'article')}
        </p>
      </div>

      {articles.length > 0 && (
        <div className="library__controls">
          <input
            type="text"
            dir="auto"
            className="input input--small"
            placeholder="Filter by title, source, author"
            aria-label="Filter library"
            value={view.filter}
            onChange={(e) => onViewChange({ ...view, filter: e.target.value })}
            spellCheck={false}
          />
          <div className="library__sort">
            <label className="visually-hidden" htmlFor="library-sort">
              Sort by
            </label>
            <select
              id="library-sort"
              className="select select--small"
              value={view.sort}
              onChange={(e) => onViewChange({ ...view, sort: e.target.value as SortKey })}
            >
              <option value="title">Title</option>
              <option value="date">Date</option>
              <option value="source">Source</option>
            </select>
            <button
              type="button"
              className="icon-button"
              aria-label={view.direction === 'asc' ? 'Sort ascending (click for descending)' : 'Sort descending (click for ascending)'}
              title={view.direction === 'asc' ? 'Ascending' : 'Descending'}
              data-testid="sort-direction"
              data-direction={view.direction}
              onClick={() => onViewChange({ ...view, direction: view.direction === 'asc' ? 'desc' : 'asc' })}
            >
              {view.direction === 'asc' ? '↑' : '↓'}
            </button>
          </div>
        </div>
      )}

      {!loaded ? (
        <p className="list-status">Loading…</p>
      ) : articles.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">No articles yet</p>
          <p>
            Use <strong>Import files…</strong> or <strong>Import folder…</strong>, or drop files and folders anywhere in this window.
          </p>
          <p className="empty-state__muted">Warrant reads {describeImportFormats()}.</p>
        </div>
      ) : visible.length === 0 ? (
        <p className="empty-note">No article’s title, source or author contains “{view.filter.trim()}”.</p>
      ) : (
        <ul ref={list} className="item-list" aria-label="Articles" data-testid="library-list" onKeyDown={roving.onKeyDown}>
          {rendered.map((a, i) => (
            <li key={a.id} className="item-row">
              <button
                type="button"
                className="item"
                aria-current={a.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen(a.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Delete' && !e.altKey && !e.ctrlKey && !e.metaKey) {
                    e.preventDefault();
                    onDelete(a);
                  } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
                    // Not every platform turns these keys into a contextmenu event: open it here.
                    e.preventDefault();
                    setMenuFor(a.id);
                  }
                }}
                onContextMenu={(e) => {
                  e.preventDefault();
                  setMenuFor(a.id);
                }}
                aria-haspopup="menu"
                aria-expanded={menuFor === a.id}
                aria-keyshortcuts="Delete Shift+F10"
                data-testid="library-item"
                {...roving.itemProps(i)}
              >
                <span className="item__title" dir="auto">{a.title}</span>
                <span className="item__meta" dir="auto">
                  {[a.source, a.date && formatDate(a.date)].filter(Boolean).join(' · ') || a.fileName}
                </span>
              </button>
              <button
                type="button"
                className="icon-button item-row__delete"
                aria-label={`Delete “${a.title}”`}
                title="Delete article (Delete key on the article)"
                // Out of the Tab order: the Delete key on the focused article does the same.
                tabIndex={-1}
                onClick={() => onDelete(a)}
                data-testid="delete-article"
              >
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                  <path
                    d="M6 2h4M2.5 4h11M4 4l.7 9.1c.05.5.45.9.95.9h4.7c.5 0 .9-.4.95-.9L12 4"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.3"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
              </button>
              {menuFor === a.id && (
                <LibraryRowMenu
                  title={a.title}
                  onOpen={() => onOpen(a.id)}
                  onDelete={() => onDelete(a)}
                  onClose={(refocus) => {
                    setMenuFor(null);
                    if (refocus) list.current?.querySelectorAll<HTMLElement>('[data-testid="library-item"]')[i]?.focus();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {visible.length > shown && (
        <button type="button" className="button button--small library__more" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, visible.length - shown)} more
        </button>
      )}
    </section>
  );
}
