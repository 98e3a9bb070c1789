/**
 * How highlight colours are picked and drawn in the UI. What each colour means — its label,
 * underline pattern and suggested use — is the shared registry's (shared/highlight-colors.ts);
 * this module adds only the number key that picks a colour while text is selected.
 */
import { HIGHLIGHT_COLORS as SHARED_COLORS, type HighlightColorInfo, type HighlightPattern } from '../../shared/highlight-colors.js';
import type { HighlightColor } from '../../shared/model.js';

/** The CSS text-decoration-style drawn under a highlight of this colour. */
export type UnderlinePattern = HighlightPattern;

/** The label, pattern and suggested use of one highlight colour, and the key that picks it. */
export interface ColorInfo extends HighlightColorInfo {
  /** Number key that picks this colour while text is selected: '1' for the first. */
  key: string;
}

/** The five colours in toolbar order. */
export const HIGHLIGHT_COLORS: readonly ColorInfo[] = SHARED_COLORS.map((c, i) => ({ ...c, key: String(i + 1) }));

const byColor = new Map(HIGHLIGHT_COLORS.map((c) => [c.color, c]));

/** The label and pattern of `color`. */
export function colorInfo(color: HighlightColor): ColorInfo {
  return byColor.get(color) ?? HIGHLIGHT_COLORS[0]!;
}

/** The colour picked by number key `key` ('1'–'5'), or null. */
export function colorForKey(key: string): HighlightColor | null {
  return HIGHLIGHT_COLORS.find((c) => c.key === key)?.color ?? null;
}
