/**
 * Splits a stretch of text into segments at the boundaries of marked ranges (search hits,
 * find matches, later highlights), so the UI can render untrusted text as plain React text
 * nodes and <mark> elements — never as HTML.
 */
import type { TextRange } from '../../shared/api.js';

/** One kind of marks over a text, e.g. search hits; ranges are [start, end) offsets. */
export interface MarkLayer {
  /** Short name used for CSS classes and data attributes, e.g. 'hit' or 'find'. */
  kind: string;
  ranges: readonly TextRange[];
}

/** Which range of which layer covers a segment. */
export interface SegmentMark {
  kind: string;
  /** Index of the range in its layer. */
  index: number;
}

/** A piece of the text, [start, end), covered by the same set of marks throughout. */
export interface Segment {
  start: number;
  end: number;
  marks: SegmentMark[];
}

/** A layer prepared for repeated lookups: ranges sorted by start, plus the longest length. */
export interface IndexedLayer {
  kind: string;
  /** Ranges sorted by start, each remembering its index in the original layer. */
  sorted: { start: number; end: number; index: number }[];
  maxLength: number;
}

/** Sorts a layer once so that many paragraphs can look up their ranges quickly. */
export function indexLayer(layer: MarkLayer): IndexedLayer {
  const sorted = layer.ranges
    .map(([start, end], index) => ({ start, end, index }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const maxLength = sorted.reduce((max, r) => Math.max(max, r.end - r.start), 0);
  return { kind: layer.kind, sorted, maxLength };
}

/** Index of the first range whose start is >= `offset` (binary search). */
function lowerBound(sorted: IndexedLayer['sorted'], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Returns the segments of [start, end): consecutive, non-empty, covering the whole stretch,
 * each with the marks that cover it. Ranges are clipped to the stretch; empty ones are ignored.
 */
export function segment(start: number, end: number, layers: readonly (MarkLayer | IndexedLayer)[]): Segment[] {
  if (end <= start) return [];
  const indexed = layers.map((l) => ('sorted' in l ? l : indexLayer(l)));
  // Ranges that overlap [start, end): no range starting before start - maxLength can reach it.
  const overlapping: { kind: string; start: number; end: number; index: number }[] = [];
  for (const layer of indexed) {
    for (let i = lowerBound(layer.sorted, start - layer.maxLength); i < layer.sorted.length; i++) {
      const r = layer.sorted[i]!;
      if (r.start >= end) break;
      if (r.end > start) overlapping.push({ kind: layer.kind, ...r });
    }
  }
  const cuts = new Set<number>([start, end]);
  for (const r of overlapping) {
    cuts.add(Math.max(r.start, start));
    cuts.add(Math.min(r.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const marks = overlapping
      .filter((r) => r.start <= a && r.end >= b)
      .map((r) => ({ kind: r.kind, index: r.index }));
    segments.push({ start: a, end: b, marks });
  }
  return segments;
}
