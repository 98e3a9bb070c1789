/**
 * In-article find (Ctrl/Cmd+F): case-insensitive substring, all matches marked. The current
 * match can be highlighted (Alt+H) or selected in the reader (Alt+Enter), where the selection
 * keys link it or make a claim of it — highlighting without a mouse.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useCommandSlice, useRunCommand, useSliceReader } from '../commands/host.js';
import { shortcutText } from '../commands/registry.js';
import { MAX_FIND_MATCHES } from '../lib/find.js';
import { selectFindMatch } from '../lib/find-selection.js';
import { formatCount } from '../lib/format.js';
import '../styles/keyboard.css';

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

/** Frames to wait for the reader to measure a selection made from the find bar (it measures on selectionchange). */
const SELECTION_WAIT_FRAMES = 30;

/** The find bar above the article. */
export function FindBar({ value, onChange, count, active, onMove, onClose, focusSignal }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const readSlice = useSliceReader();
  const runCommand = useRunCommand();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSignal]);

  const slice = useMemo(() => {
    /** Selects match `active` in the reader; returns its start offset in the article. */
    const select = (): number | null => {
      const reader = bar.current?.closest('.reader') ?? document;
      return selectFindMatch(reader, active, value, reader.querySelector<HTMLElement>('[data-testid="reader"]'));
    };
    return {
      count,
      selectMatch: () => void select(),
      highlightMatch: () => {
        const start = select();
        if (start === null) return;
        // The reader measures the new selection on the next selectionchange and re-provides its
        // slice; wait for the slice that holds this match, never act on an older selection.
        let frames = 0;
        const attempt = () => {
          const current = readSlice('selection');
          if (current?.selection?.start === start) void current.actions.highlight(current.actions.lastColor);
          else if (++frames < SELECTION_WAIT_FRAMES) requestAnimationFrame(attempt);
        };
        requestAnimationFrame(attempt);
      },
    };
  }, [active, count, readSlice, value]);
  useCommandSlice('find', slice);

  const status = !value.trim()
    ? ''
    : count === 0
      ? 'No matches'
      : `${formatCount(active + 1)} of ${formatCount(count)}${count >= MAX_FIND_MATCHES ? '+' : ''}`;

  return (
    <div ref={bar} className="reader-bar reader-bar--find" role="search" aria-label="Find in article" data-testid="find-bar">
      <input
        ref={input}
        type="text"
        dir="auto"
        className={`input input--small find__input${value.trim() && count === 0 ? ' input--invalid' : ''}`}
        aria-label="Find in article"
        aria-keyshortcuts="Alt+H Alt+Enter"
        placeholder="Find in article"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Alt+Enter belongs to the command registry (select the match); Enter alone steps.
          if (e.key === 'Enter' && !e.altKey) {
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
        <button
          type="button"
          className="button button--small"
          onClick={() => runCommand('find.highlightMatch')}
          disabled={count === 0}
          title={`Highlight this match (${shortcutText('find.highlightMatch')})`}
          data-testid="find-highlight"
        >
          Highlight
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => runCommand('find.selectMatch')}
          disabled={count === 0}
          title={`Select this match to link it or make a claim of it (${shortcutText('find.selectMatch')})`}
          data-testid="find-select"
        >
          Select
        </button>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close find bar" title="Close (Esc)">
          ×
        </button>
      </div>
    </div>
  );
}
