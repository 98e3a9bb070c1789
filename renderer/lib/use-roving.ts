/**
 * React side of roving tabindex (see roving.ts): give each item `itemProps(i)` and the list
 * `onKeyDown`; only one item is in the Tab order, the arrows move focus between them.
 */
import { useCallback, useState, type KeyboardEvent } from 'react';
import { rovingTarget, tabStopIndex } from './roving.js';

/** Marks an item element of a roving list. */
const ITEM_ATTR = 'data-roving-item';

/** What useRoving returns. */
export interface Roving {
  /** Put on the list element: arrow keys, Home and End move focus between its items. */
  onKeyDown(e: KeyboardEvent): void;
  /** Put on item `index`. */
  itemProps(index: number): { tabIndex: number; [ITEM_ATTR]: true; onFocus(): void };
}

/**
 * Roving focus over `count` items; `preferred` (the open or selected item, -1 for none) holds
 * the Tab stop until the user moves it.
 */
export function useRoving(count: number, preferred: number): Roving {
  const [current, setCurrent] = useState<number | null>(null);
  const stop = tabStopIndex(current, preferred, count);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const items = [...e.currentTarget.querySelectorAll<HTMLElement>(`[${ITEM_ATTR}]`)];
      const from = items.findIndex((el) => el === e.target);
      // Keys pressed inside an item's own controls (a text field) are not list moves.
      if (from < 0) return;
      const to = rovingTarget(e.key, from, items.length);
      if (to === null) return;
      e.preventDefault();
      setCurrent(to);
      items[to]?.focus();
      items[to]?.scrollIntoView({ block: 'nearest' });
    },
    [],
  );

  const itemProps = useCallback(
    (index: number) => ({ tabIndex: index === stop ? 0 : -1, [ITEM_ATTR]: true as const, onFocus: () => setCurrent(index) }),
    [stop],
  );

  return { onKeyDown, itemProps };
}
