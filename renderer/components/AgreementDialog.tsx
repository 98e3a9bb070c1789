/**
 * How far the raters agree, as QDA tools report intercoder agreement: every rated claim with
 * each rater's rating (claims × raters), disagreements marked with a sign and words, and for the
 * project Krippendorff's alpha — ordinal first, since the rating scale is ordinal — with
 * interval and nominal, percent agreement, and how many claims and ratings they rest on. A
 * figure that is undefined says why.
 */
import { useId, useRef, useState } from 'react';
import type { AgreementReport } from '../../shared/api.js';
import { RATING_SCALE, ratingLevel } from '../../shared/rating-scale.js';
import { formatCount, plural } from '../lib/format.js';
import { useAgreement } from '../state/use-agreement.js';
import { useAuthorOrNull } from '../state/use-author.js';
import { Modal } from './Modal.js';
import { RatingBadge } from './RatingBadge.js';

/** Props of <AgreementDialog>. */
export interface AgreementDialogProps {
  onClose(): void;
}

/** Alpha as reported: three decimals ("0.412", "−0.100"). */
export function formatAlpha(a: number): string {
  return a.toFixed(3).replace('-', '−');
}

/** A share as a percentage ("83.3 %"). */
export function formatPercent(p: number): string {
  return `${(p * 100).toFixed(1)} %`;
}

/** Why alpha is undefined for this report. */
export function undefinedAlphaReason(r: AgreementReport): string {
  if (r.claims === 0) return 'No claim has been rated by two or more raters yet, so there is nothing to compare.';
  return 'Every rating on those claims has the same value, so there is no variation for alpha to measure (the raters agree, but alpha cannot say how reliably).';
}

/** Why percent agreement is undefined. */
const NO_PAIRS = 'No two raters have rated the same claim yet.';

/**
 * The three alphas, in the order shown: ordinal first, the one to report. `what` says what each
 * measures (shown when it is defined).
 */
const ALPHAS: ReadonlyArray<{ level: keyof AgreementReport['alpha']; label: string; what: string }> = [
  { level: 'ordinal', label: 'Krippendorff’s α, ordinal', what: 'The figure to report: the rating scale is ordinal (contradicted < no support < weak < moderate < strong).' },
  { level: 'interval', label: 'α, interval', what: 'Treats the steps as equally spaced (positions 1–5).' },
  { level: 'nominal', label: 'α, nominal', what: 'Counts any two different ratings as equally far apart.' },
];

/** How far apart the ratings of one claim are, in steps of the scale ("1 step apart"). */
function spread(ratings: AgreementReport['perClaim'][number]['ratings']): string | null {
  const levels = ratings.map((r) => ratingLevel(r.rating)).filter((l): l is number => l !== null);
  if (levels.length < 2) return null;
  const steps = Math.max(...levels) - Math.min(...levels);
  return steps === 0 ? null : `${plural(steps, 'step')} apart`;
}

/** One figure of the project. */
function Figure({ label, value, note, primary, testId }: { label: string; value: string | null; note: string; primary?: boolean; testId: string }) {
  return (
    <div className={`agreement__figure${primary ? ' agreement__figure--primary' : ''}`} data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <span className={`agreement__value${value === null ? ' is-undefined' : ''}`}>{value ?? 'undefined'}</span>
        <span className="agreement__note">{note}</span>
      </dd>
    </div>
  );
}

/** The agreement view. */
export function AgreementDialog({ onClose }: AgreementDialogProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { report, error } = useAgreement();
  const me = useAuthorOrNull()?.name ?? null;
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);

  let content;
  if (!report) {
    content = error ? (
      <p className="form-error" role="alert">
        Could not compute the agreement: {error.message}
      </p>
    ) : (
      <p className="list-status" role="status" aria-busy="true">
        Computing…
      </p>
    );
  } else {
    const compared = report.perClaim.filter((c) => c.ratings.length >= 2);
    const disagreements = compared.filter((c) => !c.agree).length;
    const rows = onlyDisagreements ? compared.filter((c) => !c.agree) : report.perClaim;
    content = (
      <>
        <dl className="agreement__figures" data-testid="agreement-figures">
          {ALPHAS.map(({ level, label, what }) => {
            const alpha = report.alpha[level];
            return (
              <Figure
                key={level}
                primary={level === 'ordinal'}
                label={label}
                value={alpha === null ? null : formatAlpha(alpha)}
                note={alpha === null ? undefinedAlphaReason(report) : what}
                testId={`alpha-${level}`}
              />
            );
          })}
          <Figure
            label="Percent agreement"
            value={report.percentAgreement === null ? null : formatPercent(report.percentAgreement)}
            note={report.percentAgreement === null ? NO_PAIRS : 'Share of pairs of raters giving a claim the same rating; not corrected for chance.'}
            testId="percent-agreement"
          />
        </dl>
        <p className="agreement__basis" data-testid="agreement-basis">
          Based on {plural(report.claims, 'claim')} rated by two or more raters, {plural(report.ratings, 'rating')}
          {report.raters.length > 0 && ` by ${plural(report.raters.length, 'rater')}`}. Unrated counts as missing, not as a rating. Krippendorff
          recommends relying on data with α ≥ 0.800, and tentative conclusions only from α ≥ 0.667.
        </p>

        {report.perClaim.length === 0 ? (
          <p className="empty-note">No claim has a rating yet. Ratings appear here as each rater rates claims, in their own copy or this one.</p>
        ) : (
          <section className="agreement__table-wrap" aria-labelledby={`${titleId}-table`}>
            <div className="agreement__table-head">
              <h3 id={`${titleId}-table`} className="merge__subtitle">
                Ratings by claim and rater
              </h3>
              <span className="agreement__count">
                {plural(report.perClaim.length, 'claim')} rated, {formatCount(disagreements)} with disagreement
              </span>
              <label className="agreement__filter">
                <input type="checkbox" checked={onlyDisagreements} onChange={(e) => setOnlyDisagreements(e.target.checked)} data-testid="only-disagreements" />
                Only claims where raters disagree
              </label>
            </div>
            <div className="agreement__scroll">
              <table className="agreement__table" data-testid="agreement-table">
                <thead>
                  <tr>
                    <th scope="col">Claim</th>
                    {report.raters.map((r) => (
                      <th scope="col" key={r} data-testid="agreement-rater">
                        {r}
                        {r === me && <span className="agreement__you"> (you)</span>}
                      </th>
                    ))}
                    <th scope="col">Agreement</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => {
                    const byRater = new Map(c.ratings.map((r) => [r.rater, r.rating]));
                    const apart = spread(c.ratings);
                    const status = c.ratings.length < 2 ? 'single' : c.agree ? 'agree' : 'disagree';
                    return (
                      <tr key={c.id} className={status === 'disagree' ? 'is-disagreement' : undefined} data-testid="agreement-row" data-status={status}>
                        <th scope="row" className="agreement__claim">
                          {c.text}
                        </th>
                        {report.raters.map((r) => {
                          const rating = byRater.get(r);
                          return (
                            <td key={r} className="agreement__cell">
                              {rating ? (
                                <RatingBadge rating={rating} />
                              ) : (
                                <span className="agreement__none">
                                  <span aria-hidden="true">–</span>
                                  <span className="visually-hidden">not rated</span>
                                </span>
                              )}
                            </td>
                          );
                        })}
                        <td className={`agreement__status agreement__status--${status}`} data-testid="agreement-status">
                          {status === 'single' && 'One rater'}
                          {status === 'agree' && (
                            <>
                              <span aria-hidden="true">✓ </span>Agree
                            </>
                          )}
                          {status === 'disagree' && (
                            <>
                              <span aria-hidden="true">≠ </span>Disagree{apart && <span className="agreement__apart"> · {apart}</span>}
                            </>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        )}
        <p className="agreement__scale">
          Scale, lowest to highest:{' '}
          {[...RATING_SCALE]
            .filter((s) => s.level !== null)
            .reverse()
            .map((s) => s.label)
            .join(' < ')}
          .
        </p>
      </>
    );
  }

  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="modal--merge modal--agreement" testId="agreement-dialog" initialFocus={heading}>
      <div className="merge__head">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="modal__title merge__title">
          Rater agreement
        </h2>
        <p className="merge__intro">How consistently the people who rated claims in this project rated the same claims, each in their own rating.</p>
      </div>
      <div className="merge__scroll">{content}</div>
      <div className="modal__actions merge__actions">
        <button type="button" className="button button--primary" onClick={onClose} data-testid="agreement-close">
          Close
        </button>
      </div>
    </Modal>
  );
}
