/**
 * Warrant's own file browser, inside the path dialog in the browser (`warrant serve`): the
 * folders the server may use, breadcrumbs, and the folder's subfolders and the files that fit
 * (project files, or what Import reads). One Tab stop: the list is a listbox moved through with
 * the arrow keys; Enter opens a folder or chooses a file, Backspace goes up.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DirEntry, DirListing } from '../../shared/api-files.js';
import { formatSavedAt } from '../lib/format.js';
import type { DirState } from '../state/use-dir-listing.js';

/** Props of <FileBrowser>. */
export interface FileBrowserProps {
  state: DirState;
  /** What the files are, for "No project files here". */
  noun: string;
  /** Go into a folder (null: the list of allowed folders). */
  onFolder(path: string | null): void;
  /** A file was selected (click, arrows): the dialog's path becomes it. */
  onSelectFile(path: string): void;
  /** A file was chosen (Enter, double-click): the dialog answers with it. */
  onChooseFile(path: string): void;
}

/** "12 KB" for a file size. */
function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The listing to show (a failed folder still shows where to go on from). */
function listingOf(state: DirState): DirListing | null {
  if (state.status === 'ready') return state.listing;
  if (state.status === 'failed') return state.listing;
  return null;
}

/** The browser; renders nothing in a shell without one. */
export function FileBrowser({ state, noun, onFolder, onSelectFile, onChooseFile }: FileBrowserProps) {
  const listing = listingOf(state);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const entries = listing?.entries ?? [];
  const where = listing?.path ?? null;

  // A new folder starts at its first entry.
  useEffect(() => setActive(0), [where]);
  // Keep the active entry in view while moving with the keys.
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  if (state.status === 'unsupported') return null;

  const activate = (entry: DirEntry, how: 'select' | 'choose') => {
    if (entry.kind === 'folder') onFolder(entry.path);
    else if (how === 'choose') onChooseFile(entry.path);
    else onSelectFile(entry.path);
  };

  const move = (to: number) => {
    const next = Math.max(0, Math.min(entries.length - 1, to));
    setActive(next);
    const entry = entries[next];
    if (entry?.kind === 'file') onSelectFile(entry.path);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const entry = entries[active];
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(entries.length - 1),
      PageDown: () => move(active + 10),
      PageUp: () => move(active - 10),
      Enter: () => entry && activate(entry, 'choose'),
      ArrowRight: () => entry?.kind === 'folder' && onFolder(entry.path),
      Backspace: () => listing && where !== null && onFolder(listing.parent),
      ArrowLeft: () => listing && where !== null && onFolder(listing.parent),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      // Enter in the list must not also submit the dialog's form.
      e.stopPropagation();
      action();
      return;
    }
    // Type-ahead: the next entry starting with the letter typed.
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && entries.length > 0) {
      const letter = e.key.toLocaleLowerCase();
      for (let i = 1; i <= entries.length; i++) {
        const at = (active + i) % entries.length;
        if (entries[at]!.name.toLocaleLowerCase().startsWith(letter)) {
          e.preventDefault();
          move(at);
          return;
        }
      }
    }
  };

  const activeEntry = entries[active];
  const roots = listing?.roots ?? [];
  return (
    <section className="file-browser" aria-label="Browse folders" data-testid="file-browser">
      <div className="file-browser__bar">
        <nav className="file-browser__crumbs" aria-label="Folder">
          <ol>
            <li>
              <button type="button" className="file-browser__crumb" onClick={() => onFolder(null)} aria-current={where === null ? 'location' : undefined} data-testid="browse-places">
                Places
              </button>
            </li>
            {(listing?.crumbs ?? []).map((c, i, all) => (
              <li key={c.path}>
                <span className="file-browser__sep" aria-hidden="true">
                  ›
                </span>
                <button
                  type="button"
                  className="file-browser__crumb"
                  onClick={() => onFolder(c.path)}
                  aria-current={i === all.length - 1 ? 'location' : undefined}
                  title={c.path}
                  data-testid="browse-crumb"
                >
                  <bdi>{c.name}</bdi>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <button
          type="button"
          className="button button--small"
          onClick={() => listing && onFolder(listing.parent)}
          disabled={where === null}
          aria-label="Up one folder"
          title="Up one folder (Backspace)"
          data-testid="browse-up"
        >
          ↑ Up
        </button>
      </div>
      {state.status === 'failed' && (
        <p className="file-browser__error" role="alert" data-testid="browse-error">
          {state.error.message}
        </p>
      )}
      {state.status === 'loading' && !listing ? (
        <p className="file-browser__empty">Reading the folder…</p>
      ) : entries.length === 0 ? (
        <p className="file-browser__empty" data-testid="browse-empty">
          {where === null
            ? 'This server may not use any folder that exists yet. Type a path below.'
            : `No folders or ${noun} here. Type a name below, or go up.`}
        </p>
      ) : (
        <ul
          ref={listRef}
          id={listId}
          className="file-browser__list"
          role="listbox"
          tabIndex={0}
          aria-label={where === null ? 'Folders Warrant may use' : `Folders and ${noun} in ${listing?.crumbs.at(-1)?.name ?? where}`}
          aria-activedescendant={activeEntry ? `${listId}-${active}` : undefined}
          onKeyDown={onKeyDown}
          data-testid="browse-list"
        >
          {entries.map((entry, i) => (
            <li
              key={entry.path}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-index={i}
              data-kind={entry.kind}
              className={`file-browser__entry file-browser__entry--${entry.kind}${i === active ? ' is-active' : ''}`}
              onClick={() => {
                setActive(i);
                activate(entry, 'select');
              }}
              onDoubleClick={() => entry.kind === 'file' && onChooseFile(entry.path)}
              title={entry.path}
              data-testid="browse-entry"
            >
              <EntryIcon kind={entry.kind} />
              <bdi className="file-browser__name">{entry.name}</bdi>
              {entry.kind === 'file' && (
                <span className="file-browser__meta">
                  {entry.size !== undefined && sizeText(entry.size)}
                  {entry.modified && ` · ${formatSavedAt(entry.modified)}`}
                </span>
              )}
              {entry.kind === 'folder' && where === null && roots.length > 0 && <span className="file-browser__meta">{entry.path}</span>}
            </li>
          ))}
        </ul>
      )}
      {listing?.truncated && <p className="file-browser__empty">This folder holds more than the browser lists; type the name to reach the rest.</p>}
    </section>
  );
}

/** A folder or document outline (drawn, so it needs no emoji font). */
function EntryIcon({ kind }: { kind: DirEntry['kind'] }) {
  return (
    <svg className={`file-browser__icon file-browser__icon--${kind}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {kind === 'folder' ? (
        <path d="M1.5 3.5h4.2l1.5 1.6h7.3v7.4H1.5z" fill="currentColor" fillOpacity="0.18" stroke="currentColor" strokeWidth="1.1" strokeLinejoin="round" />
      ) : (
        <path d="M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 8h5M5.5 10.5h5" fill="none" stroke="currentColor" strokeWidth="1.1" strokeLinejoin="round" />
      )}
    </svg>
  );
}
