/**
 * In-article find (Ctrl/Cmd+F): case-insensitive substring, all matches marked.
 */
import { useEffect, useRef } from 'react';
import { formatCount } from '../lib/format.js';
import { MAX_FIND_MATCHES } from '../lib/find.js';

/** Props of <FindBar>. */
export interface FindBarProps {
  value: string;
  onChange(value: string): void;
  count: number;
  active: number;
  onMove(delta: 1 | -1): void;
  onClose(): void;
  /** Changes whenever Ctrl/Cmd+F is pressed again, to refocus the field. */
  focusSignal: number;
}

/** The find bar above the article. */
export function FindBar({ value, onChange, count, active, onMove, onClose, focusSignal }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSignal]);

  const status = !value.trim()
    ? ''
    : count === 0
      ? 'No matches'
      : `${formatCount(active + 1)} of ${formatCount(count)}${count >= MAX_FIND_MATCHES ? '+' : ''}`;

  return (
    <div className="reader-bar reader-bar--find" role="search" aria-label="Find in article" data-testid="find-bar">
      <input
        ref={input}
        type="text"
        dir="auto"
        className={`input input--small find__input${value.trim() && count === 0 ? ' input--invalid' : ''}`}
        aria-label="Find in article"
        placeholder="Find in article"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onMove(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
        spellCheck={false}
        autoComplete="off"
      />
      <span className="find__count" aria-live="polite" data-testid="find-count">
        {status}
      </span>
      <div className="reader-bar__buttons">
        <button type="button" className="button button--small" onClick={() => onMove(-1)} disabled={count === 0} aria-label="Previous match">
          ↑
        </button>
        <button type="button" className="button button--small" onClick={() => onMove(1)} disabled={count === 0} aria-label="Next match">
          ↓
        </button>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close find bar" title="Close (Esc)">
          ×
        </button>
      </div>
    </div>
  );
}
