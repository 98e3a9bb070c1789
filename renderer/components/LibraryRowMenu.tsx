/**
 * The library row's menu (right-click, the Menu key or Shift+F10 on an article): Open and
 * Delete…, so deleting never needs the row's small delete button. A WAI-ARIA menu: focus starts
 * on the first item, ↑/↓/Home/End move, Enter acts, Escape or Tab closes it.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import '../styles/keyboard.css';

/** Props of <LibraryRowMenu>. */
export interface LibraryRowMenuProps {
  /** The article's title, naming the menu for screen readers. */
  title: string;
  onOpen(): void;
  onDelete(): void;
  /** Closes the menu; `refocus` puts focus back on the article (not when focus moved on by itself). */
  onClose(refocus: boolean): void;
}

/** The menu, shown under its row. */
export function LibraryRowMenu({ title, onOpen, onDelete, onClose }: LibraryRowMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.findIndex((el) => el === document.activeElement);
    const to = { ArrowDown: Math.min(at + 1, items.length - 1), ArrowUp: Math.max(at - 1, 0), Home: 0, End: items.length - 1 }[e.key];
    // The row's list must not take these keys too (its arrows move between articles).
    e.stopPropagation();
    if (to !== undefined) {
      e.preventDefault();
      items[to]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose(true);
    } else if (e.key === 'Tab') {
      onClose(false);
    }
  };

  const act = (action: () => void) => () => {
    onClose(false);
    action();
  };

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={`Article “${title}”`}
      className="row-menu"
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) onClose(false);
      }}
      data-testid="library-row-menu"
    >
      <button type="button" role="menuitem" tabIndex={-1} className="row-menu__item" onClick={act(onOpen)}>
        Open
      </button>
      <button type="button" role="menuitem" tabIndex={-1} className="row-menu__item row-menu__item--danger" onClick={act(onDelete)} aria-keyshortcuts="Delete">
        Delete…
      </button>
    </div>
  );
}
