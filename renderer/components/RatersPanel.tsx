/**
 * The raters of one claim: your own rating (editable: the rating and your rationale, saved as
 * yours through `claims.update`) and everyone else's, read-only, sorted by name. Each person's
 * rating is theirs: nothing here changes anyone else's.
 */
import { LIMITS } from '../../shared/limits.js';
import { ratingId, type ClaimRating, type Rating } from '../../shared/model.js';
import { RATING_SCALE, ratingInfo } from '../../shared/rating-scale.js';
import { formatSavedAt } from '../lib/format.js';
import { useWorkbench } from '../state/workbench.js';
import { DraftField } from './DraftField.js';
import { RatingBadge } from './RatingBadge.js';

/** Splits a claim's ratings into the current author's and the others' (sorted by name). */
export function splitRatings(claimId: string, ratings: readonly ClaimRating[], authorName: string | null | undefined): { mine: ClaimRating | null; others: ClaimRating[] } {
  // Ids derive from claim and rater exactly as the backend makes them, so the match is its own.
  const mineId = authorName?.trim() ? ratingId(claimId, authorName) : null;
  const own = ratings.filter((r) => r.claimId === claimId);
  const others = own
    .filter((r) => r.id !== mineId)
    // A rating set back to unrated with nothing said is no rating at all.
    .filter((r) => r.rating !== 'unrated' || r.rationale.trim() !== '')
    .sort((a, b) => a.rater.localeCompare(b.rater, 'en', { sensitivity: 'base' }));
  return { mine: own.find((r) => r.id === mineId) ?? null, others };
}

/** Props of <MyRating>. */
export interface MyRatingProps {
  claimId: string;
  mine: ClaimRating | null;
}

/** The current author's rating and rationale. */
export function MyRating({ claimId, mine }: MyRatingProps) {
  const { run, authorName } = useWorkbench();
  const rating = mine?.rating ?? 'unrated';
  const update = (patch: { rating?: Rating; rationale?: string }, what: string) =>
    void run('claims.update', { id: claimId, patch }, `Could not save your ${what}`);
  return (
    <div className="raters__mine" role="group" aria-labelledby={`my-rating-${claimId}`} data-testid="my-rating">
      <h4 id={`my-rating-${claimId}`} className="raters__heading">
        Your rating{authorName ? <span className="raters__who"> — {authorName}</span> : null}
      </h4>
      <div className="rating-row">
        <label className="field rating-row__field">
          <span className="field__label">Rating</span>
          <select className="select" value={rating} onChange={(e) => update({ rating: e.target.value as Rating }, 'rating')} data-testid="claim-rating">
            {RATING_SCALE.map((r) => (
              <option key={r.rating} value={r.rating}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <RatingBadge rating={rating} />
      </div>
      <p className="rating-row__meaning">{ratingInfo(rating).meaning}</p>
      <DraftField
        value={mine?.rationale ?? ''}
        onSave={(rationale) => update({ rationale }, 'rationale')}
        label="Your rationale"
        placeholder="Why this rating: which evidence weighs most, what is missing"
        rows={3}
        maxLength={LIMITS.maxNoteLength}
        testId="claim-rationale"
      />
      {!authorName && <p className="raters__hint">Your rating is kept under your name: you will be asked for it first.</p>}
    </div>
  );
}

/** Props of <OtherRatings>. */
export interface OtherRatingsProps {
  others: readonly ClaimRating[];
}

/** Everyone else's ratings, read-only (shown when someone else has rated). */
export function OtherRatings({ others }: OtherRatingsProps) {
  return (
    <div className="raters__others" role="group" aria-label="Other raters" data-testid="other-ratings">
      <h4 className="raters__heading">
        Other raters <span className="raters__count">{others.length}</span>
      </h4>
      <ul className="raters__list">
        {others.map((r) => (
          <li key={r.id} className="rater" data-testid="other-rating" data-rater={r.rater}>
            <div className="rater__head">
              <bdi className="rater__name">{r.rater}</bdi>
              <RatingBadge rating={r.rating} />
              <time className="rater__time" dateTime={r.updatedAt}>
                {formatSavedAt(r.updatedAt)}
              </time>
            </div>
            {r.rationale.trim() ? <p className="rater__rationale" dir="auto">{r.rationale}</p> : <p className="rater__rationale rater__rationale--none">No rationale given.</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
