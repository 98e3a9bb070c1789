/**
 * How highlight colours are picked and drawn in the UI. What each colour means — its label,
 * underline pattern and suggested use — is the shared registry's (shared/highlight-colors.ts);
 * this module adds the number key that picks a colour while text is selected, and the style
 * that draws a colour's underline pattern from the registry (the stylesheet holds only tints).
 */
import type { CSSProperties } from 'react';
import { HIGHLIGHT_COLORS as SHARED_COLORS, type HighlightColorInfo } from '../../shared/highlight-colors.js';
import type { HighlightColor } from '../../shared/model.js';

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

// One object per colour, so rendering a mark does not make a new style each time.
const PATTERN_STYLES = new Map<HighlightColor, CSSProperties>(HIGHLIGHT_COLORS.map((c) => [c.color, { '--hl-pattern': c.pattern } as CSSProperties]));

/**
 * The style that gives an element of class `hl--<color>` its colour's underline pattern
 * (`--hl-pattern`, read by highlights.css). React sets it through the CSSOM, which the CSP allows.
 */
export function patternStyle(color: HighlightColor): CSSProperties {
  return PATTERN_STYLES.get(color) ?? PATTERN_STYLES.get(HIGHLIGHT_COLORS[0]!.color)!;
}
