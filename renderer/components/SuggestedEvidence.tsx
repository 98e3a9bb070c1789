/**
 * The claim's "Suggested evidence": passages across the corpus that likely bear on it, one per
 * article, best first (`suggest.forClaim`). Collapsed until asked for (the toggle, or E with
 * the claim open), so nothing is computed for a claim nobody looks at. Each suggestion links in
 * one click as supporting, refuting or context (a highlight in the default colour plus its
 * link: one undo step), or is dismissed (remembered in the project, not suggested again).
 */
import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PassageSuggestion } from '../../shared/api-suggest.js';
import type { Claim } from '../../shared/model.js';
import type { AppError } from '../../shared/result.js';
import { CommandsContext, useCommandSlice } from '../commands/host.js';
import { shortcutText } from '../commands/registry.js';
import { STANCES } from '../lib/evidence.js';
import { passageKey } from '../lib/passage-link.js';
import { BridgeContext } from '../state/backend.js';
import { useSuggestions, type SuggestionsState } from '../state/use-suggestions.js';
import { useWordMarks, type MarkWords } from '../state/use-word-marks.js';
import { SuggestedPassage } from './SuggestedPassage.js';

/** Props of <SuggestedEvidence>. */
export interface SuggestedEvidenceProps {
  claim: Claim;
  /** Start expanded (tests); default collapsed. */
  initiallyOpen?: boolean;
}

/**
 * The section. It needs the backend and the command host; the claim view is also rendered on
 * its own (its unit tests, with neither), and then there is nothing to suggest.
 */
export function SuggestedEvidence(props: SuggestedEvidenceProps) {
  const bridge = useContext(BridgeContext);
  const host = useContext(CommandsContext);
  return bridge && host ? <SuggestedEvidenceSection {...props} /> : null;
}

/** What the researcher can do about a failed read, by its code. */
export function suggestionErrorText(error: AppError): string {
  switch (error.code) {
    case 'busy':
      return 'The search index is busy (being built or updated). Try again in a moment.';
    case 'not-found':
      return 'This claim or its articles could not be found; it may have just been deleted.';
    case 'no-project':
      return 'Open a project to see suggested evidence.';
    default:
      return `Suggestions could not be computed: ${error.message}`;
  }
}

function SuggestedEvidenceSection({ claim, initiallyOpen = false }: SuggestedEvidenceProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const s = useSuggestions(claim.id, open);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);
  const markWords = useWordMarks(claim.text);

  // Opened by the researcher: the section comes to the top of the panel, so the list that
  // loads below its heading is in view (it sits under the evidence, often below the fold).
  const [reveal, setReveal] = useState(0);
  const expand = (next: boolean) => {
    setOpen(next);
    if (next) setReveal((n) => n + 1);
  };
  // Again when the first answer arrives: until the list is there, the panel may not scroll far enough.
  const loaded = s.items !== null;
  useEffect(() => {
    // Not in jsdom, which lays nothing out.
    if (open && reveal > 0 && typeof section.current?.scrollIntoView === 'function') section.current.scrollIntoView({ block: 'start' });
  }, [open, reveal, loaded]);

  useCommandSlice(
    'suggestions',
    useMemo(
      () => ({
        open: () => {
          setOpen(true);
          setReveal((n) => n + 1);
          toggle.current?.focus({ preventScroll: true });
        },
      }),
      [],
    ),
  );

  const keys = shortcutText('claim.suggest');
  return (
    <section ref={section} className="claim-detail__section suggestions" aria-labelledby={`${id}-title`} aria-busy={open && s.loading} data-testid="suggestions">
      <h3 id={`${id}-title`} className="claim-detail__heading suggestions__heading">
        <button
          ref={toggle}
          type="button"
          className="suggestions__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => expand(!open)}
          title={keys ? `Passages in the corpus that may bear on this claim (${keys})` : undefined}
          data-testid="suggestions-toggle"
        >
          <span className="suggestions__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          Suggested evidence
        </button>
        {open && s.loading && s.items !== null && <span className="spinner spinner--small" role="status" aria-label="Updating the suggestions" />}
      </h3>
      {open && (
        <div id={`${id}-body`} className="suggestions__body">
          <SuggestionsBody s={s} markWords={markWords} />
        </div>
      )}
    </section>
  );
}

function SuggestionsBody({ s, markWords }: { s: SuggestionsState; markWords: MarkWords | null }) {
  const foot = useRef<HTMLDivElement>(null);
  // After a suggestion leaves the list, the focus goes to the one that took its place (or,
  // after the last one, to the section's toggle) rather than falling back to the page.
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const section = foot.current?.closest('section');
    if (refocus.current === null || !section) return;
    const buttons = section.querySelectorAll<HTMLButtonElement>('[data-testid="suggestion-supports"]');
    (buttons[Math.min(refocus.current, buttons.length - 1)] ?? section.querySelector('button'))?.focus();
    refocus.current = null;
  }, [s.items]);

  if (s.error) {
    return (
      <div className="suggestions__error" role="alert" data-testid="suggestions-error" data-code={s.error.code}>
        <p>{suggestionErrorText(s.error)}</p>
        <button type="button" className="button button--small" onClick={s.retry}>
          Try again
        </button>
      </div>
    );
  }
  if (s.items === null) {
    return (
      <p className="suggestions__status" role="status" data-testid="suggestions-loading">
        <span className="spinner" aria-hidden="true" /> Looking through the corpus…
      </p>
    );
  }
  const indexing = s.indexing && (
    <p className="suggestions__status" role="status" data-testid="suggestions-indexing">
      <span className="spinner spinner--small" aria-hidden="true" /> The corpus is still being indexed: the list fills in when it is done.
    </p>
  );
  const act = (index: number, run: () => void) => () => {
    refocus.current = index;
    run();
  };
  return (
    <>
      {indexing}
      {s.items.length === 0 ? (
        // While indexing, an empty list says nothing yet about the corpus.
        !s.indexing && (
          <p className="suggestions__empty" data-testid="suggestions-empty">
            No passage in the corpus seems to bear on this claim.
          </p>
        )
      ) : (
        <ol className="suggestions__list" aria-label="Suggested passages, best first">
          {s.items.map((item, i) => (
            <SuggestedPassage key={passageKey(item)} passage={item} markWords={markWords} onOpen={s.open} testId="suggestion">
              <SuggestionActions item={item} onLink={(stance) => act(i, () => s.link(item, stance))()} onDismiss={act(i, () => s.dismiss(item))} />
            </SuggestedPassage>
          ))}
        </ol>
      )}
      <div className="suggestions__foot" ref={foot}>
        {s.more && (
          <button type="button" className="button button--small button--quiet" onClick={s.showMore} data-testid="suggestions-more">
            Show more
          </button>
        )}
        <button type="button" className="link-button suggestions__restore" onClick={s.restoreDismissed} title="Suggest again every passage you dismissed for this claim" data-testid="suggestions-restore">
          Restore dismissed
        </button>
      </div>
    </>
  );
}

function SuggestionActions({ item, onLink, onDismiss }: { item: PassageSuggestion; onLink(stance: (typeof STANCES)[number]['stance']): void; onDismiss(): void }) {
  const from = `the passage from “${item.title}”`;
  return (
    <div className="suggestion__actions" role="group" aria-label={`What ${from} does for the claim`}>
      {STANCES.map(({ stance, label, group }) => (
        <button
          key={stance}
          type="button"
          className={`button button--small suggestion__stance suggestion__stance--${stance}`}
          onClick={() => onLink(stance)}
          aria-label={`${label}: link ${from} as ${group.toLowerCase()} evidence`}
          data-testid={`suggestion-${stance}`}
        >
          {label}
        </button>
      ))}
      <button type="button" className="button button--small button--quiet suggestion__dismiss" onClick={onDismiss} aria-label={`Dismiss ${from}: not relevant, do not suggest it again`} data-testid="suggestion-dismiss">
        Dismiss
      </button>
    </div>
  );
}
