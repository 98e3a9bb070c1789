/**
 * Where highlights sit in an article, ready for rendering: which highlights are anchored (and
 * where), which are orphaned, and which of several overlapping highlights a click means.
 */
import type { ResolvedHighlight } from '../../shared/api.js';
import type { Highlight, HighlightColor } from '../../shared/model.js';

/** A highlight with its current range in the article text. */
export interface PlacedHighlight {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
}

/** An article's highlights as the reader shows them. */
export interface HighlightLayout {
  /** Anchored highlights in text order. */
  placed: PlacedHighlight[];
  /** Highlights whose passage is no longer in the text (never dropped: listed with their quote). */
  orphaned: Highlight[];
}

/**
 * Places `highlights` using the backend's anchoring answer. A highlight the answer does not
 * cover yet (it was just created) is placed at its recorded position when the text there is
 * still its quote, so it shows at once instead of after the next round trip.
 */
export function layoutHighlights(text: string, highlights: readonly Highlight[], resolved: ReadonlyMap<string, ResolvedHighlight>): HighlightLayout {
  const placed: PlacedHighlight[] = [];
  const orphaned: Highlight[] = [];
  for (const h of highlights) {
    const r = resolved.get(h.id);
    let range: readonly [number, number] | null = null;
    if (r) range = r.status === 'anchored' ? r.range : null;
    else {
      const { start, end } = h.target.position;
      if (text.slice(start, end) === h.target.quote.exact) range = [start, end];
    }
    if (range && range[1] > range[0]) placed.push({ id: h.id, color: h.color, start: range[0], end: range[1] });
    else orphaned.push(h);
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  return { placed, orphaned };
}

/**
 * Orders highlights covering the same text innermost first: the shortest one (a passage
 * inside a longer one is what a click on it means), then the one starting later.
 */
export function innermostFirst<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
}

/** The highlights covering `offset`, innermost first. */
export function highlightsAt(placed: readonly PlacedHighlight[], offset: number): PlacedHighlight[] {
  return innermostFirst(placed.filter((p) => p.start <= offset && offset < p.end));
}

/** How one rendered piece of text shows the highlights covering it. */
export interface HighlightLook {
  /** Ids of the covering highlights, innermost first (what a click picks, then the others). */
  ids: string[];
  /** The innermost highlight's colour: its tint and underline pattern are drawn. */
  color: HighlightColor;
  /** CSS classes: colour of the innermost, the next one's colour when layered. */
  classes: string[];
  /** Tooltip naming the highlights by label. */
  title: string;
}

/**
 * The look of a piece of text covered by `covering` highlights. The innermost highlight gives
 * the colour and underline pattern; a second one shows as a band of its colour above the text,
 * and three or more deepen the tint, so nesting stays visible.
 */
export function highlightLook(covering: readonly PlacedHighlight[], labelOf: (color: HighlightColor) => string, selectedId: string | null, flashId: string | null): HighlightLook | null {
  if (covering.length === 0) return null;
  const ordered = innermostFirst(covering);
  const inner = ordered[0]!;
  const classes = ['hl', `hl--${inner.color}`];
  const outer = ordered[1];
  if (outer) classes.push('hl--layered', `hl-outer--${outer.color}`);
  if (ordered.length > 2) classes.push('hl--deep');
  if (selectedId !== null && ordered.some((h) => h.id === selectedId)) classes.push('is-selected');
  if (flashId !== null && ordered.some((h) => h.id === flashId)) classes.push('is-flashing');
  const labels = ordered.map((h) => labelOf(h.color));
  const title = ordered.length === 1 ? `${labels[0]} highlight — click to open` : `${ordered.length} highlights here (${labels.join(', ')}) — click for the innermost`;
  return { ids: ordered.map((h) => h.id), color: inner.color, classes, title };
}
