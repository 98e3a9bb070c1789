/**
 * The workbench's regions for F6 / Shift+F6 and the skip link: the search-and-library column,
 * the reader and the claims panel, found by their landmarks so any layout (a collapsed column
 * is simply skipped) keeps working.
 */

/** The landmarks, in the order F6 visits them. */
const REGION_SELECTOR = 'nav.sidebar, main.reader, aside.panel';

/** The reader's scrolling text: F6 lands there rather than on the find bar above it. */
const PREFERRED_SELECTOR = '[data-testid="reader"]';

/** A region's tab stops otherwise (the first one is focused). */
const FOCUS_SELECTOR = '[tabindex="0"], button:not([disabled]), input:not([disabled]), select, textarea, a[href]';

function shown(el: Element): boolean {
  return el.getClientRects().length > 0 && !el.closest('[hidden], [inert]');
}

/** The regions on screen now, in document order. */
export function visibleRegions(doc: Document = document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(REGION_SELECTOR)].filter(shown);
}

/** Focuses a region: its preferred element, else the region itself (made focusable for it). */
export function focusRegion(region: HTMLElement): void {
  const candidates = [...region.querySelectorAll<HTMLElement>(PREFERRED_SELECTOR), ...region.querySelectorAll<HTMLElement>(FOCUS_SELECTOR)];
  const target = candidates.find((el) => shown(el) && el.tabIndex >= 0);
  if (target) {
    target.focus();
    return;
  }
  if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
  region.focus();
}

/**
 * Moves focus to the next (delta 1) or previous (-1) region from the one holding focus, wrapping
 * round. From outside every region (the toolbar), F6 goes to the first. Returns whether it moved.
 */
export function cycleRegion(delta: 1 | -1, doc: Document = document): boolean {
  const regions = visibleRegions(doc);
  if (regions.length === 0) return false;
  const active = doc.activeElement;
  const current = regions.findIndex((r) => active instanceof Node && r.contains(active));
  const next = current < 0 ? (delta === 1 ? 0 : regions.length - 1) : (current + delta + regions.length) % regions.length;
  focusRegion(regions[next]!);
  return true;
}

/** Focuses the reader's text, if an article is open; returns whether it did. */
export function focusReader(doc: Document = document): boolean {
  const reader = doc.querySelector<HTMLElement>('main.reader');
  if (!reader || !shown(reader)) return false;
  focusRegion(reader);
  return true;
}
