/**
 * What each highlight colour means and how it looks besides its colour. Every colour has a
 * label and its own underline style (solid, double, dotted, wavy, dashed), so a reader who
 * cannot tell the colours apart still can tell the highlights apart.
 */
import type { HighlightColor } from '../../shared/model.js';

/** The CSS text-decoration-style drawn under a highlight of this colour. */
export type UnderlinePattern = 'solid' | 'double' | 'dotted' | 'wavy' | 'dashed';

/** The label, pattern and suggested use of one highlight colour. */
export interface ColorInfo {
  color: HighlightColor;
  /** Short name shown on buttons, lists and badges. */
  label: string;
  pattern: UnderlinePattern;
  /** How the pattern is described in the help overlay. */
  patternName: string;
  /** Suggested use, shown as a tooltip and in the help overlay. */
  meaning: string;
  /** Number key that picks this colour while text is selected. */
  key: string;
}

/** The five colours in toolbar order. */
export const HIGHLIGHT_COLORS: readonly ColorInfo[] = [
  { color: 'yellow', label: 'Key', pattern: 'solid', patternName: 'solid underline', meaning: 'A key passage', key: '1' },
  { color: 'green', label: 'Fact', pattern: 'double', patternName: 'double underline', meaning: 'A fact or figure to check', key: '2' },
  { color: 'blue', label: 'Background', pattern: 'dotted', patternName: 'dotted underline', meaning: 'Background and context', key: '3' },
  { color: 'pink', label: 'Question', pattern: 'wavy', patternName: 'wavy underline', meaning: 'Doubtful, or to verify', key: '4' },
  { color: 'purple', label: 'Source', pattern: 'dashed', patternName: 'dashed underline', meaning: 'Who says it: attribution or quote', key: '5' },
];

const byColor = new Map(HIGHLIGHT_COLORS.map((c) => [c.color, c]));

/** The label and pattern of `color`. */
export function colorInfo(color: HighlightColor): ColorInfo {
  return byColor.get(color) ?? HIGHLIGHT_COLORS[0]!;
}

/** The colour picked by number key `key` ('1'–'5'), or null. */
export function colorForKey(key: string): HighlightColor | null {
  return HIGHLIGHT_COLORS.find((c) => c.key === key)?.color ?? null;
}
