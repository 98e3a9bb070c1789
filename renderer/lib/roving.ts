/**
 * Roving tabindex for lists (WAI-ARIA APG): a list is one Tab stop; arrow keys, Home and End
 * move between its items. Pure, so the key rules are tested without a DOM.
 */

/**
 * The item a key moves to from item `index` of `count`, or null when the key is not a list key
 * (or there is nowhere to go). Up/Down stop at the ends rather than wrap, as native lists do.
 */
export function rovingTarget(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(index, 0), last);
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The index that holds the Tab stop: the one last focused, else `preferred`, within range. */
export function tabStopIndex(current: number | null, preferred: number, count: number): number {
  if (count <= 0) return -1;
  const wanted = current ?? (preferred >= 0 ? preferred : 0);
  return Math.min(Math.max(wanted, 0), count - 1);
}
