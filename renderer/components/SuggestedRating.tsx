/**
 * The suggested rating of a claim, beside the researcher's own: worked out from the evidence
 * (shared/annotations/suggested-rating.ts) with its plain-language explanation. It never
 * changes anyone's rating by itself: "Use this" sets the researcher's OWN rating, exactly as
 * picking it in their rating menu would, and only when they click it.
 */
import type { SuggestedRating as Suggestion } from '../../shared/annotations/suggested-rating.js';
import type { Rating } from '../../shared/model.js';
import { ratingLabel } from '../../shared/rating-scale.js';
import { useWorkbench } from '../state/workbench.js';
import { RatingBadge } from './RatingBadge.js';

/** Props of <SuggestedRating>. */
export interface SuggestedRatingProps {
  claimId: string;
  suggestion: Suggestion;
  /** The researcher's own rating now ('unrated' when none). */
  mine: Rating;
  /** False while origins are not detected: the suggestion then counts each article as its own origin. */
  detected: boolean;
}

/** The suggestion, its explanation and the "Use this" button. */
export function SuggestedRating({ claimId, suggestion, mine, detected }: SuggestedRatingProps) {
  const { run } = useWorkbench();
  const same = mine === suggestion.rating;
  const use = () => void run('claims.update', { id: claimId, patch: { rating: suggestion.rating } }, 'Could not set your rating');
  return (
    <div className="suggested-rating" role="group" aria-labelledby={`suggested-${claimId}`} data-testid="suggested-rating" data-rating={suggestion.rating}>
      <div className="suggested-rating__head">
        <h4 id={`suggested-${claimId}`} className="raters__heading">
          Suggested rating
        </h4>
        <RatingBadge rating={suggestion.rating} />
        <button
          type="button"
          className="button button--small"
          onClick={use}
          disabled={same}
          aria-label={same ? `Your rating is already ${ratingLabel(suggestion.rating)}` : `Use ${ratingLabel(suggestion.rating)} as your rating`}
          data-testid="use-suggested-rating"
        >
          {same ? 'Your rating' : 'Use this'}
        </button>
      </div>
      <p className="suggested-rating__why" dir="auto" data-testid="suggested-explanation">
        {suggestion.explanation}
      </p>
      <p className="suggested-rating__note">
        {detected ? 'A suggestion only: your rating changes when you choose it.' : 'Origins not detected yet: each article counts as its own origin.'}
      </p>
    </div>
  );
}
