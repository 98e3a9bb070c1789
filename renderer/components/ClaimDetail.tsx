/**
 * One claim in full: its text (editable); its verdict and how it was reached, your own rating
 * and rationale, the rating the evidence suggests, the other raters' ratings (read-only), beside
 * the evidence summary; its evidence grouped by independent origin (with the Admiralty grades)
 * and by stance, its sub-claims, and who wrote it when. Dropping a highlight
 * anywhere on it links the passage as supporting.
 */
import { useId } from 'react';
import { claimOriginView, publisherGrades } from '../../shared/annotations/origin-evidence.js';
import { suggestRating } from '../../shared/annotations/suggested-rating.js';
import { summarizeEvidence } from '../../shared/annotations/summary.js';
import { verdictOf } from '../../shared/annotations/verdict.js';
import { LIMITS } from '../../shared/limits.js';
import type { Claim } from '../../shared/model.js';
import { isTextEntry } from '../commands/keys.js';
import { useClaimDrop } from '../state/use-claim-drop.js';
import { useClaimOrigins } from '../state/use-claim-origins.js';
import { useWorkbench } from '../state/workbench.js';
import { DraftField } from './DraftField.js';
import { EvidenceList } from './EvidenceList.js';
import { EvidenceSummaryLine } from './EvidenceSummaryLine.js';
import { OriginGroups } from './OriginGroups.js';
import { MyRating, OtherRatings, splitRatings } from './RatersPanel.js';
import { VerdictBadge } from './RatingBadge.js';
import { StampLine } from './StampLine.js';
import { SuggestedEvidence } from './SuggestedEvidence.js';
import { SuggestedRating } from './SuggestedRating.js';
import { VerdictEditor } from './VerdictEditor.js';

/** Props of <ClaimDetail>. */
export interface ClaimDetailProps {
  claim: Claim;
}

/** The claim's detail view. */
export function ClaimDetail({ claim }: ClaimDetailProps) {
  const wb = useWorkbench();
  const { view, articles, run, panel } = wb;
  const { over, handlers } = useClaimDrop(claim.id);
  const ratingId = useId();
  const summary = summarizeEvidence(claim.id, view, articles);
  const parent = claim.parentId ? view.claims.find((c) => c.id === claim.parentId) : undefined;
  const children = view.claims.filter((c) => c.parentId === claim.id);
  const active = panel.activeClaimId === claim.id;
  const verdict = verdictOf(claim, view.ratings);
  const { mine, others } = splitRatings(claim.id, view.ratings, wb.authorName);
  // Independent origins (issue 9): detected on the backend, never waited for here.
  const originsState = useClaimOrigins(claim.id);
  const gradeOf = publisherGrades(view.publishers);
  const origins = claimOriginView(claim.id, view, articles, gradeOf, originsState.origins);
  const suggestion = suggestRating(origins.groups);
  const saveText = (text: string) => void run('claims.update', { id: claim.id, patch: { text } }, 'Could not save the claim’s text');

  return (
    <div
      className={`claim-detail${over ? ' is-drop-target' : ''}`}
      {...handlers}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented && !isTextEntry(e.target)) panel.openClaim(null);
      }}
      data-testid="claim-detail"
      aria-labelledby={`${ratingId}-title`}
    >
      <div className="claim-detail__bar">
        <button type="button" className="button button--small button--quiet" onClick={() => panel.openClaim(null)} data-testid="claim-back">
          ← All claims
        </button>
        <div className="claim-detail__bar-actions">
          <button
            type="button"
            className={`button button--small${active ? ' is-on' : ''}`}
            aria-pressed={active}
            onClick={() => panel.setActiveClaim(active ? null : claim.id)}
            title="The active claim is what L links a selection to"
          >
            {active ? 'Active claim' : 'Make active'}
          </button>
          <button type="button" className="button button--small button--quiet button--danger-quiet" onClick={() => void wb.deleteClaim(claim.id)} data-testid="claim-delete">
            Delete
          </button>
        </div>
      </div>
      <h3 id={`${ratingId}-title`} className="visually-hidden">
        Claim: {claim.text}
      </h3>
      {parent && (
        <p className="claim-detail__parent">
          Sub-claim of{' '}
          <button type="button" className="link-button" onClick={() => panel.openClaim(parent.id)}>
            {parent.text}
          </button>
        </p>
      )}
      <DraftField value={claim.text} onSave={saveText} label="Claim" rows={3} maxLength={LIMITS.maxClaimLength} required testId="claim-text" autoFocus={panel.focusClaimText ?? false} />

      <section className="claim-detail__section raters" aria-label="Ratings">
        <VerdictEditor claim={claim} verdict={verdict} />
        <MyRating claimId={claim.id} mine={mine} />
        {origins.groups.length > 0 && <SuggestedRating claimId={claim.id} suggestion={suggestion} mine={mine?.rating ?? 'unrated'} detected={origins.detected} />}
        {others.length > 0 && <OtherRatings others={others} />}
        <EvidenceSummaryLine summary={summary} variant="full" origins={origins.detected ? { count: origins.supportingOrigins, names: origins.supportingNames } : null} />
      </section>

      {origins.groups.length > 0 && <OriginGroups view={origins} state={originsState} gradeOf={gradeOf} />}

      <section className="claim-detail__section" aria-label="Evidence">
        <h3 className="claim-detail__heading">Evidence</h3>
        {summary.supports + summary.refutes + summary.context === 0 && (
          <p className="claim-detail__hint">Select a passage in an article and press L (this claim must be active), or drag a highlight here.</p>
        )}
        <EvidenceList claimId={claim.id} />
      </section>

      <SuggestedEvidence key={claim.id} claim={claim} />

      {children.length > 0 && (
        <section className="claim-detail__section" aria-label="Sub-claims">
          <h3 className="claim-detail__heading">Sub-claims</h3>
          <ul className="claim-detail__children">
            {children.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => panel.openClaim(c.id)}>
                  {c.text}
                </button>{' '}
                <VerdictBadge verdict={verdictOf(c, view.ratings)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <StampLine item={claim} />
    </div>
  );
}
