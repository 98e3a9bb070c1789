/**
 * Progress of a running import, with Cancel.
 */
import { formatCount } from '../lib/format.js';
import type { ImportState } from '../state/use-import.js';

/** Props of <ImportBanner>. */
export interface ImportBannerProps {
  state: Pick<ImportState, 'phase' | 'progress' | 'cancelling' | 'cancel'>;
}

/** Shown while an import runs. */
export function ImportBanner({ state }: ImportBannerProps) {
  const { phase, progress, cancelling, cancel } = state;
  if (phase === 'idle') return null;
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  let label: string;
  if (phase === 'reading') label = `Reading files ${formatCount(done)} / ${formatCount(total)}…`;
  else if (total > 0) label = `Importing ${formatCount(done)} / ${formatCount(total)}`;
  else label = 'Importing…';
  return (
    <section className="banner banner--progress" aria-label="Import" data-testid="import-progress">
      <div className="banner__row">
        <p className="banner__text" role="status">
          {label}
          {phase === 'running' && progress?.current ? (
            <>
              {' — '}
              <span className="banner__file">{progress.current}</span>
            </>
          ) : null}
        </p>
        <button type="button" className="button button--small" onClick={cancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
      </div>
      {/* Without a total yet the bar is indeterminate. */}
      <progress className="progress" aria-label="Import progress" max={total || undefined} value={total ? done : undefined} />
    </section>
  );
}
