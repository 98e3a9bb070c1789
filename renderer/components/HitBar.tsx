/**
 * "Hit 1 of 7" with previous/next, for an article opened from a search.
 */
import { formatCount } from '../lib/format.js';

/** Props of <HitBar>. */
export interface HitBarProps {
  query: string;
  count: number | null;
  active: number;
  onMove(delta: 1 | -1): void;
  onClear(): void;
}

/** The search-hit navigator above the article. */
export function HitBar({ query, count, active, onMove, onClear }: HitBarProps) {
  return (
    <div className="reader-bar" role="group" aria-label="Search hits in this article" data-testid="hit-bar">
      <p className="reader-bar__text" aria-live="polite" data-testid="hit-counter">
        {count === null
          ? 'Finding hits…'
          : count === 0
            ? `No hits for “${query}” in the text (it may match the title or details).`
            : `Hit ${formatCount(active + 1)} of ${formatCount(count)}`}
        {count !== null && count > 0 && <span className="reader-bar__query"> for “{query}”</span>}
      </p>
      <div className="reader-bar__buttons">
        <button
          type="button"
          className="button button--small"
          onClick={() => onMove(-1)}
          disabled={!count}
          aria-label="Previous hit"
          aria-keyshortcuts="Shift+F3 Shift+Enter"
          title="Previous hit (Shift+F3)"
        >
          ↑ Previous
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => onMove(1)}
          disabled={!count}
          aria-label="Next hit"
          aria-keyshortcuts="F3 Enter"
          title="Next hit (F3 or Enter)"
        >
          ↓ Next
        </button>
        <button type="button" className="icon-button" onClick={onClear} aria-label="Clear search hits" title="Clear hits">
          ×
        </button>
      </div>
    </div>
  );
}
