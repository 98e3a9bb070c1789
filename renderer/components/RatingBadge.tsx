/**
 * A rating as a small badge: the word (never colour alone) with a symbol per step. A claim's
 * verdict uses the same badge, or a "Disputed" one when its raters disagree and the team has
 * not recorded a verdict.
 */
import type { ClaimVerdict } from '../../shared/annotations/verdict.js';
import { VERDICT_BASIS_LABELS } from '../../shared/annotations/verdict.js';
import { ratingInfo } from '../../shared/rating-scale.js';
import type { Rating } from '../../shared/model.js';

const SYMBOL: Record<Rating, string> = { strong: '●●●', moderate: '●●○', weak: '●○○', none: '○○○', contradicted: '✗', unrated: '–' };

/** Props of <RatingBadge>. */
export interface RatingBadgeProps {
  rating: Rating;
}

/** The badge. */
export function RatingBadge({ rating }: RatingBadgeProps) {
  const scale = ratingInfo(rating);
  return (
    <span className={`rating-badge rating-badge--${rating}`} title={scale.meaning} data-testid="rating-badge" data-rating={rating}>
      <span className="rating-badge__symbol" aria-hidden="true">
        {SYMBOL[rating]}
      </span>
      {scale.label}
    </span>
  );
}

/** What the disputed badge says, in the list, the detail and the help. */
export const DISPUTED_LABEL = 'Disputed';

/** The badge of a claim with raters who disagree and no recorded verdict. */
export function DisputedBadge() {
  return (
    <span className="rating-badge rating-badge--disputed" title={`Raters disagree: ${VERDICT_BASIS_LABELS.disagreement}.`} data-testid="rating-badge" data-rating="disputed">
      <span className="rating-badge__symbol" aria-hidden="true">
        ≠
      </span>
      {DISPUTED_LABEL}
    </span>
  );
}

/** Props of <VerdictBadge>. */
export interface VerdictBadgeProps {
  verdict: Pick<ClaimVerdict, 'rating' | 'basis'>;
}

/** A claim's verdict: its rating's badge, or the disputed badge. */
export function VerdictBadge({ verdict }: VerdictBadgeProps) {
  return verdict.basis === 'disagreement' ? <DisputedBadge /> : <RatingBadge rating={verdict.rating} />;
}
