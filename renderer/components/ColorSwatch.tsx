/**
 * A highlight colour as a small sample: tinted, with the colour's own underline pattern, plus
 * its label — so the colour is never the only cue.
 */
import type { HighlightColor } from '../../shared/model.js';
import { colorInfo, patternStyle } from '../lib/highlight-colors.js';

/** Props of <ColorSwatch>. */
export interface ColorSwatchProps {
  color: HighlightColor;
  /** Show the label beside the sample (default true). */
  label?: boolean;
}

/** The sample and label of a colour. */
export function ColorSwatch({ color, label = true }: ColorSwatchProps) {
  const info = colorInfo(color);
  return (
    <span className="swatch-wrap" data-color={color}>
      <span className={`swatch hl--${color}`} style={patternStyle(color)} aria-hidden="true">
        Ab
      </span>
      {label && <span className="swatch__label">{info.label}</span>}
    </span>
  );
}
