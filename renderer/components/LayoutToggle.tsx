/**
 * Layout for narrow windows. Below {@link NARROW_QUERY} the three columns no longer fit (the
 * reader would shrink to a few words a line), so the search-and-library column leaves the grid and
 * opens on demand as a drawer over the reader: a toggle in the header opens it, Escape, a click
 * beside it or opening an article closes it, and focus goes back to the toggle. Whether it was
 * left open is remembered (localStorage), like the other per-window view choices.
 */
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';

/** Where the columns stop fitting: the library becomes a drawer. Kept in step with app.css. */
export const NARROW_QUERY = '(max-width: 1100px)';

/**
 * Where the header's actions stop fitting on one row beside the project's name (they need more
 * room than the columns do): the rarer ones move under "More". Kept in step with app.css.
 */
export const COMPACT_HEADER_QUERY = '(max-width: 1360px)';

const DRAWER_KEY = 'warrant.layout.libraryDrawer';

/** True while `query` matches; follows window resizes. */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia(query).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** The library drawer's state, shared by the header's toggle and the columns. */
export interface LibraryDrawer {
  /** The window is narrow: the library is a drawer rather than a column. */
  narrow: boolean;
  /** The drawer is showing (only meaningful while narrow). */
  open: boolean;
  setOpen(open: boolean): void;
  /** Closes the drawer and puts focus back on the toggle that opened it. */
  dismiss(): void;
  toggleRef: RefObject<HTMLButtonElement | null>;
}

const LibraryDrawerContext = createContext<LibraryDrawer | null>(null);

function storedOpen(): boolean {
  try {
    return localStorage.getItem(DRAWER_KEY) === 'open';
  } catch {
    // Storage can be unavailable (private mode, a locked profile): the drawer then starts closed.
    return false;
  }
}

/** Provides the drawer state to the header and the columns below it. */
export function LibraryDrawerProvider({ children }: { children: ReactNode }) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const [open, setOpenState] = useState(storedOpen);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    try {
      localStorage.setItem(DRAWER_KEY, next ? 'open' : 'closed');
    } catch {
      // Not remembered this time; the drawer still works.
    }
  }, []);
  const dismiss = useCallback(() => {
    setOpen(false);
    toggleRef.current?.focus();
  }, [setOpen]);
  const value = useMemo(() => ({ narrow, open, setOpen, dismiss, toggleRef }), [narrow, open, setOpen, dismiss]);
  return <LibraryDrawerContext value={value}>{children}</LibraryDrawerContext>;
}

/** The drawer state, or null outside a workspace. */
export function useLibraryDrawer(): LibraryDrawer | null {
  return use(LibraryDrawerContext);
}

/** The header button that shows or hides the library drawer; rendered only in narrow windows. */
export function LibraryToggle() {
  const drawer = useLibraryDrawer();
  if (!drawer?.narrow) return null;
  const { open, setOpen, toggleRef } = drawer;
  return (
    <button
      ref={toggleRef}
      type="button"
      className={`button layout-toggle${open ? ' is-on' : ''}`}
      aria-expanded={open}
      aria-controls="library-drawer"
      onClick={() => setOpen(!open)}
      title={open ? 'Hide the search and library' : 'Show the search and library'}
      data-testid="library-toggle"
    >
      <span aria-hidden="true">☰</span> Library
    </button>
  );
}

/** Props of <LibraryDrawerFrame>. */
export interface LibraryDrawerFrameProps {
  /** The id of the open article: opening another one closes the drawer, so the reader shows it. */
  openedId: string | null;
  children: ReactNode;
}

/**
 * Wraps the library column. Wide: passes it through as a grid column. Narrow and closed: hidden
 * (so Tab and region jumps skip it). Narrow and open: a drawer over the reader with a scrim.
 */
export function LibraryDrawerFrame({ openedId, children }: LibraryDrawerFrameProps) {
  const drawer = useLibraryDrawer();
  const frame = useRef<HTMLDivElement>(null);
  const narrow = drawer?.narrow ?? false;
  const open = narrow && (drawer?.open ?? false);
  const setOpen = drawer?.setOpen;

  // Opening an article from the drawer shows it: the drawer makes way (not on first render).
  const lastOpened = useRef(openedId);
  useEffect(() => {
    if (lastOpened.current === openedId) return;
    lastOpened.current = openedId;
    if (narrow && openedId !== null) setOpen?.(false);
  }, [openedId, narrow, setOpen]);

  // When it opens, focus goes into it (the search box first), so the keyboard follows the eye.
  useEffect(() => {
    if (!open) return;
    const root = frame.current;
    if (root && !root.contains(document.activeElement)) root.querySelector<HTMLElement>('input, button, [tabindex="0"]')?.focus();
  }, [open]);

  const className = `library-frame${narrow ? ' library-frame--drawer' : ''}${open ? ' is-open' : ''}`;
  return (
    <>
      <div
        ref={frame}
        id="library-drawer"
        className={className}
        data-testid="library-frame"
        onKeyDown={(e) => {
          // Escape closes the drawer unless something inside (a menu, the search box's own clear) used it.
          if (open && e.key === 'Escape' && !e.defaultPrevented) {
            e.preventDefault();
            drawer?.dismiss();
          }
        }}
      >
        {children}
      </div>
      {open && <div className="library-scrim" aria-hidden="true" onClick={() => drawer?.dismiss()} data-testid="library-scrim" />}
    </>
  );
}
