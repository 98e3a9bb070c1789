/**
 * What an import did: articles added, duplicates skipped (and which article they duplicate),
 * and every file that failed with its reason. Stays until dismissed.
 */
import { useId } from 'react';
import type { ImportSummary } from '../../shared/api.js';
import { plural } from '../lib/format.js';

/** Props of <ImportSummaryPanel>. */
export interface ImportSummaryPanelProps {
  summary: ImportSummary;
  onDismiss(): void;
  onOpenArticle(id: string): void;
}

/** Up to this many imported articles the list starts expanded (failures are always listed). */
const IMPORTED_OPEN = 3;

/** The import summary. */
export function ImportSummaryPanel({ summary, onDismiss, onOpenArticle }: ImportSummaryPanelProps) {
  const titleId = useId();
  const { imported, duplicates, failed, cancelled } = summary;
  const headline = cancelled ? 'Import cancelled' : failed.length > 0 ? 'Import finished with problems' : 'Import finished';
  const tone = failed.length > 0 || cancelled ? 'warning' : 'success';
  return (
    <section className={`banner banner--summary banner--${tone}`} aria-labelledby={titleId} data-testid="import-summary">
      <div className="banner__row">
        <h2 id={titleId} className="banner__title">
          {headline}
        </h2>
        <p className="banner__counts" data-testid="import-counts">
          {plural(imported.length, 'article')} imported
          {duplicates.length > 0 && ` · ${plural(duplicates.length, 'duplicate')} skipped`}
          {failed.length > 0 && ` · ${plural(failed.length, 'file')} failed`}
        </p>
        <button type="button" className="icon-button" aria-label="Dismiss import summary" onClick={onDismiss}>
          ×
        </button>
      </div>
      {cancelled && (
        <p className="summary__note">
          {imported.length === 0
            ? 'Nothing was added to the library.'
            : 'The articles listed under Imported were added before the import was cancelled.'}
        </p>
      )}
      <div className="summary">
        {failed.length > 0 && (
          <div className="summary__group">
            <h3 className="summary__heading summary__heading--failed">Could not import ({failed.length})</h3>
            <ul className="summary__list" data-testid="import-failed">
              {failed.map((f, i) => (
                <li key={`${f.file}-${i}`} className="summary__item">
                  <span className="summary__file">{f.file}</span> {f.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
        {duplicates.length > 0 && (
          <div className="summary__group">
            <h3 className="summary__heading">Already in the library ({duplicates.length})</h3>
            <ul className="summary__list" data-testid="import-duplicates">
              {duplicates.map((d, i) => (
                <li key={`${d.file}-${i}`} className="summary__item">
                  <span className="summary__file">{d.file}</span> same text as “{d.existingTitle}”
                </li>
              ))}
            </ul>
          </div>
        )}
        {imported.length > 0 && (
          // Open when a file carries a note (an encoding guessed): the researcher should see it.
          <details className="summary__group" open={imported.length <= IMPORTED_OPEN || imported.some((a) => a.note)}>
            <summary className="summary__heading summary__toggle">Imported ({imported.length})</summary>
            <ul className="summary__list" data-testid="import-imported">
              {imported.map((a) => (
                <li key={a.id} className="summary__item" title={a.file}>
                  <button type="button" className="link-button summary__title" onClick={() => onOpenArticle(a.id)}>
                    {a.title}
                  </button>
                  {a.note && (
                    <span className="summary__note" data-testid="import-note">
                      {' '}
                      — {a.note}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
        {!cancelled && imported.length + duplicates.length + failed.length === 0 && (
          <p className="summary__muted">The selection contained no files to import.</p>
        )}
      </div>
    </section>
  );
}
