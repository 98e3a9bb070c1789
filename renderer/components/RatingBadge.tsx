/**
 * A claim's rating as a small badge: the word (never colour alone) with a symbol per step.
 */
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
