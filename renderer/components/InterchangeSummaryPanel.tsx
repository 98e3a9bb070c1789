/**
 * What importing annotation and QDA files did, file by file, in the import summary's banner
 * style: what each added, every item it could not place with the reason (none is dropped
 * silently), or why the file could not be imported. Stays until dismissed. While the import
 * runs, a progress line names the file being read.
 */
import { useId } from 'react';
import { addedText, INTERCHANGE_KIND_LABELS } from '../lib/interchange-words.js';
import { plural } from '../lib/format.js';
import type { InterchangeImportState, InterchangeOutcome } from '../state/use-interchange-import.js';

/** Props of <InterchangeSummaryPanel>. */
export interface InterchangeSummaryPanelProps {
  outcomes: readonly InterchangeOutcome[];
  onDismiss(): void;
}

/** One file's outcome. */
function OutcomeGroup({ outcome }: { outcome: InterchangeOutcome }) {
  if (!outcome.ok) {
    return (
      <div className="summary__group" data-testid="interchange-outcome" data-ok="false">
        <h3 className="summary__heading summary__heading--failed">Could not import</h3>
        <p className="summary__item">
          <span className="summary__file">{outcome.file}</span>
          <span data-testid="interchange-error">{outcome.message}</span>
        </p>
      </div>
    );
  }
  const { summary } = outcome;
  return (
    <div className="summary__group" data-testid="interchange-outcome" data-ok="true">
      <h3 className="summary__heading">{INTERCHANGE_KIND_LABELS[summary.kind]}</h3>
      <p className="summary__item">
        <span className="summary__file">{outcome.file}</span>
        <span data-testid="interchange-counts">{addedText(summary.counts)}.</span>
      </p>
      {summary.unmatched.length > 0 && (
        <details className="summary__unmatched" open>
          <summary className="summary__heading summary__heading--failed summary__toggle">Not imported ({summary.unmatched.length})</summary>
          <ul className="summary__list" data-testid="interchange-unmatched">
            {summary.unmatched.map((u, i) => (
              <li key={i} className="summary__item">
                <span className="summary__what" dir="auto">
                  {u.what}
                </span>{' '}
                {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The outcome of the last interchange import. */
export function InterchangeSummaryPanel({ outcomes, onDismiss }: InterchangeSummaryPanelProps) {
  const titleId = useId();
  const failed = outcomes.filter((o) => !o.ok).length;
  const unmatched = outcomes.reduce((n, o) => n + (o.ok ? o.summary.unmatched.length : 0), 0);
  const problems = failed > 0 || unmatched > 0;
  return (
    <section className={`banner banner--summary${problems ? ' banner--warning' : ''}`} aria-labelledby={titleId} data-testid="interchange-summary">
      <div className="banner__row">
        <h2 id={titleId} className="banner__title">
          {failed === outcomes.length ? 'Annotations not imported' : problems ? 'Annotations imported with problems' : 'Annotations imported'}
        </h2>
        <p className="banner__counts">
          {plural(outcomes.length - failed, 'file')} imported
          {failed > 0 && ` · ${plural(failed, 'file')} failed`}
          {unmatched > 0 && ` · ${plural(unmatched, 'item')} not placed`}
        </p>
        <button type="button" className="icon-button" aria-label="Dismiss annotations import summary" onClick={onDismiss}>
          ×
        </button>
      </div>
      <div className="summary">
        {outcomes.map((o, i) => (
          <OutcomeGroup key={`${o.file}-${i}`} outcome={o} />
        ))}
      </div>
    </section>
  );
}

/** Shown while annotation files are imported. */
export function InterchangeBanner({ state }: { state: Pick<InterchangeImportState, 'running' | 'current'> }) {
  if (!state.running) return null;
  return (
    <section className="banner banner--progress" aria-label="Importing annotations" data-testid="interchange-progress">
      <p className="banner__text" role="status">
        Importing annotations{state.current ? ' from ' : '…'}
        {state.current && <span className="banner__file">{state.current}</span>}
      </p>
      <progress className="progress" aria-label="Annotations import progress" />
    </section>
  );
}
