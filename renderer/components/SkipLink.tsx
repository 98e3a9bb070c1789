/**
 * "Skip to reader": the first tab stop of the workbench, shown only while focused, so a
 * keyboard user reaches the article without tabbing through the toolbar and library. F6 /
 * Shift+F6 (renderer/commands/navigation-commands.ts) move between the regions after that.
 */
import { focusReader } from '../lib/regions.js';
import '../styles/keyboard.css';

/** The skip link; render it first in the workbench. */
export function SkipLink() {
  return (
    // A button, not an in-page link: the reader has no fixed anchor (it is re-mounted per
    // article), so the link focuses it directly instead of jumping to a fragment.
    <button type="button" className="skip-link" onClick={() => void focusReader()} data-testid="skip-link">
      Skip to reader
    </button>
  );
}
