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
    <a
      href="#reader"
      className="skip-link"
      onClick={(e) => {
        // The reader has no fixed id (it is re-mounted per article): focus it directly.
        e.preventDefault();
        focusReader();
      }}
      data-testid="skip-link"
    >
      Skip to reader
    </a>
  );
}
