/**
 * A claim's evidence in numbers: supporting, refuting and context passages, and how many
 * distinct articles and sources they come from (computed by summarizeEvidence).
 */
import { evidenceSummaryText, type EvidenceSummary, type OriginCount } from '../../shared/annotations/summary.js';
import { plural } from '../lib/format.js';

/** Props of <EvidenceSummaryLine>. */
export interface EvidenceSummaryLineProps {
  summary: EvidenceSummary;
  /** 'full' spells everything out (detail view); 'compact' fits a list row. */
  variant: 'full' | 'compact';
  /**
   * Independent origins among the supporting passages (full variant): the one-line summary
   * then counts them — "5 passages · 5 articles · 1 independent origin (…)". Null: not
   * detected yet, the line counts sources.
   */
  origins?: OriginCount | null;
}

/** The count cells of the summary grid; stance cells carry their stance's colour. */
const CELLS = [
  { key: 'supports', label: 'Supporting', modifier: true },
  { key: 'refutes', label: 'Refuting', modifier: true },
  { key: 'context', label: 'Context', modifier: true },
  { key: 'articles', label: 'Articles', modifier: false },
] as const;

/** The counts, with the stance words always written out (never colour alone). */
export function EvidenceSummaryLine({ summary: s, variant, origins = null }: EvidenceSummaryLineProps) {
  const total = s.supports + s.refutes + s.context;
  if (variant === 'compact') {
    if (total === 0) return <span className="evidence-counts evidence-counts--none">No evidence</span>;
    return (
      <span className="evidence-counts" aria-label={`${s.supports} supporting, ${s.refutes} refuting, ${s.context} context, from ${plural(s.articles, 'article')}`}>
        <span className="count count--supports">{s.supports} sup</span>
        <span className="count count--refutes">{s.refutes} ref</span>
        {s.context > 0 && <span className="count count--context">{s.context} ctx</span>}
        <span className="count count--articles">{plural(s.articles, 'article')}</span>
      </span>
    );
  }
  return (
    <>
      <dl className="summary-grid" data-testid="evidence-summary" aria-label="Evidence summary">
        {CELLS.map(({ key, label, modifier }) => (
          <div key={key} className={`summary-grid__cell${modifier ? ` summary-grid__cell--${key}` : ''}`}>
            <dt>{label}</dt>
            <dd data-testid={`summary-${key}`}>{s[key]}</dd>
          </div>
        ))}
        <div className="summary-grid__cell" title={s.unknownSources > 0 ? 'Articles without a known source are counted separately, never guessed into one' : undefined}>
          <dt>Sources</dt>
          <dd data-testid="summary-sources">{s.sources}</dd>
          {s.unknownSources > 0 && (
            <dd className="summary-grid__extra" data-testid="summary-unknown-sources">
              + {s.unknownSources} unknown
            </dd>
          )}
        </div>
      </dl>
      {total > 0 && (
        <p className="summary-line" dir="auto" data-testid="evidence-summary-line" title={origins ? 'Independent origins: the original reports the supporting passages go back to' : undefined}>
          {evidenceSummaryText(s, origins)}
        </p>
      )}
    </>
  );
}
