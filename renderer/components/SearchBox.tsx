/**
 * The search field, its error line for malformed queries, and the syntax help popover.
 */
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { LIMITS } from '../../shared/limits.js';
import type { AppError } from '../../shared/result.js';
import { QUERY_SYNTAX, QUERY_SYNTAX_NOTES } from '../../shared/search/syntax.js';

/** Props of <SearchBox>. */
export interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  error: AppError | null;
  inputRef?: Ref<HTMLInputElement>;
  /** Down arrow from the box: move focus to the first result. */
  onArrowDown?(): void;
}

/** The search box. Errors other than malformed queries also show here, as they concern the search. */
export function SearchBox({ value, onChange, error, inputRef, onArrowDown }: SearchBoxProps) {
  const [helpOpen, setHelpOpen] = useState(false);
  const helpId = useId();
  const errorId = useId();
  const wrapper = useRef<HTMLDivElement>(null);

  // Close the help when clicking elsewhere.
  useEffect(() => {
    if (!helpOpen) return;
    const onDown = (e: MouseEvent) => {
      if (wrapper.current && !wrapper.current.contains(e.target as Node)) setHelpOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [helpOpen]);

  return (
    <div className="search" ref={wrapper}>
      <div className="search__row">
        <input
          ref={inputRef}
          type="search"
          dir="auto"
          role="searchbox"
          className={`input search__input${error ? ' input--invalid' : ''}`}
          placeholder="Search articles"
          aria-label="Search articles"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={value}
          maxLength={LIMITS.maxQueryLength}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && value) {
              e.preventDefault();
              onChange('');
            } else if (e.key === 'ArrowDown' && onArrowDown) {
              e.preventDefault();
              onArrowDown();
            }
          }}
          spellCheck={false}
          autoComplete="off"
        />
        <button
          type="button"
          className="icon-button search__help-button"
          aria-label="Search syntax help"
          aria-expanded={helpOpen}
          aria-controls={helpId}
          onClick={() => setHelpOpen((o) => !o)}
        >
          ?
        </button>
      </div>
      {error && (
        <p id={errorId} className="search__error" role="status" data-testid="query-error">
          {error.message}
        </p>
      )}
      <div
        id={helpId}
        className="popover search__help"
        hidden={!helpOpen}
        role="region"
        aria-label="Search syntax"
        onKeyDown={(e) => {
          if (e.key === 'Escape') setHelpOpen(false);
        }}
      >
        <h2 className="popover__title">Search syntax</h2>
        <dl className="syntax">
          {QUERY_SYNTAX.map((s) => (
            <div key={s.example} className="syntax__row">
              <dt>
                <code>{s.example}</code>
              </dt>
              <dd>{s.meaning}</dd>
            </div>
          ))}
        </dl>
        {QUERY_SYNTAX_NOTES.map((n) => (
          <p key={n} className="popover__note">
            {n}
          </p>
        ))}
      </div>
    </div>
  );
}
