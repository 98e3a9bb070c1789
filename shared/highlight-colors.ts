/**
 * The highlight colours: the one list, with what each means. Every colour also has a label and
 * its own underline pattern, so that colour is never the only way to tell highlights apart
 * (colour-blind readers). `HighlightColor` in shared/model.ts is derived from it; the renderer
 * adds only how to draw and pick them (renderer/lib/highlight-colors.ts).
 */

/** How a highlight is underlined, named as CSS `text-decoration-style` names it. */
export type HighlightPattern = 'solid' | 'double' | 'dotted' | 'wavy' | 'dashed';

/** One highlight colour. */
export interface HighlightColorInfo {
  readonly color: HighlightColorId;
  /** Short name shown on buttons, lists and badges. */
  readonly label: string;
  /** Drawn by the UI as the underline's style (renderer/lib/highlight-colors.ts). */
  readonly pattern: HighlightPattern;
  /** How the pattern is described in help: "wavy underline". */
  readonly patternName: string;
  /** Suggested use, shown as a tooltip and in help. */
  readonly meaning: string;
}

// Declared once, in toolbar order; the id type is derived from it so the list cannot drift.
const COLORS = [
  // The default: neutral, so a passage highlighted by linking it (L, C, a context menu's Link)
  // says nothing about its role that the researcher did not choose.
  { color: 'yellow', label: 'Plain', pattern: 'solid', meaning: 'A passage with no particular role (the default, and what linking makes)' },
  { color: 'green', label: 'Fact', pattern: 'double', meaning: 'A fact or figure to check' },
  { color: 'blue', label: 'Background', pattern: 'dotted', meaning: 'Background and context' },
  { color: 'pink', label: 'Question', pattern: 'wavy', meaning: 'Doubtful, or to verify' },
  { color: 'purple', label: 'Source', pattern: 'dashed', meaning: 'Who says it: attribution or quote' },
] as const satisfies ReadonlyArray<{ color: string; label: string; pattern: HighlightPattern; meaning: string }>;

/** A highlight colour's id as stored in project files; never rename one. */
export type HighlightColorId = (typeof COLORS)[number]['color'];

/** The colours in toolbar order. */
export const HIGHLIGHT_COLORS: readonly HighlightColorInfo[] = COLORS.map((c) => ({ ...c, patternName: `${c.pattern} underline` }));

/** The colour ids in toolbar order. */
export const HIGHLIGHT_COLOR_IDS: readonly HighlightColorId[] = COLORS.map((c) => c.color);

/** The colour a highlight gets when none was chosen, and when linking makes it (the first in the toolbar: Plain). */
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColorId = COLORS[0].color;

/**
 * The colour of a highlight made by linking a suggested passage (Supports / Refutes / Context
 * in the claim's suggested evidence): the default, with no label, as a highlight made with no
 * colour chosen, so the link says nothing the researcher did not decide.
 */
export const SUGGESTION_HIGHLIGHT_COLOR: HighlightColorId = DEFAULT_HIGHLIGHT_COLOR;

const BY_COLOR: ReadonlyMap<HighlightColorId, HighlightColorInfo> = new Map(HIGHLIGHT_COLORS.map((c) => [c.color, c]));

/** The label, pattern and meaning of `color`. */
export function highlightColorInfo(color: HighlightColorId): HighlightColorInfo {
  const found = BY_COLOR.get(color);
  if (!found) throw new RangeError(`Not a highlight colour: ${String(color)}`);
  return found;
}
