/**
 * A claim's verdict, said plainly with the basis it rests on (all raters agree, one rater, the
 * team's reconciled verdict, or — as a warning — raters who disagree with no verdict recorded),
 * and the form in which the team records or withdraws its reconciled verdict
 * (`claims.setVerdict`), with who recorded it and when.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { VERDICT_BASIS_LABELS, type ClaimVerdict } from '../../shared/annotations/verdict.js';
import { LIMITS } from '../../shared/limits.js';
import type { Claim, Rating } from '../../shared/model.js';
import { isJudged, RATING_SCALE } from '../../shared/rating-scale.js';
import { formatSavedAt, plural } from '../lib/format.js';
import { useWorkbench } from '../state/workbench.js';
import { VerdictBadge } from './RatingBadge.js';

/** The ratings a verdict can be: every judgement ('unrated' is not a verdict). */
const VERDICT_STEPS = RATING_SCALE.filter((s) => isJudged(s.rating));

/** Props of <VerdictEditor>. */
export interface VerdictEditorProps {
  claim: Claim;
  verdict: ClaimVerdict;
}

/** The verdict, its basis, and recording or withdrawing the reconciled verdict. */
export function VerdictEditor({ claim, verdict }: VerdictEditorProps) {
  const wb = useWorkbench();
  const { run, toast, undo } = wb;
  const [editing, setEditing] = useState(false);
  const titleId = useId();
  // The toast's Undo must undo the withdrawal, not whatever was done after it.
  const history = useRef(wb.view.history);
  useEffect(() => {
    history.current = wb.view.history;
  }, [wb.view.history]);

  const { basis } = verdict;
  const recorded = claim.verdict;
  const raters = verdict.ratings.length;
  const disputed = basis === 'disagreement';
  // A verdict reconciles raters: there is something to record once two people have rated.
  const canRecord = raters > 1 || recorded !== null;

  const withdraw = async () => {
    const done = await run('claims.setVerdict', { id: claim.id, verdict: null }, 'Could not withdraw the verdict');
    if (done === undefined) return;
    toast('Verdict withdrawn', {
      label: 'Undo',
      run: () => {
        if (history.current.undoKind === 'claim.verdict') void undo();
        else toast(`Undo “${history.current.undoLabel ?? 'nothing'}” first: changes since come off the undo stack in order`);
      },
    });
  };

  let detail: string;
  switch (basis) {
    case 'single':
      detail = `${VERDICT_BASIS_LABELS.single}: ${verdict.ratings[0]?.rater ?? ''}`;
      break;
    case 'unanimous':
      detail = `${VERDICT_BASIS_LABELS.unanimous} (${plural(raters, 'rater')})`;
      break;
    case 'disagreement':
      detail = `${plural(raters, 'rater')}: ${verdict.ratings.map((r) => r.rater).join(', ')}. Talk it through and record the team’s verdict.`;
      break;
    default:
      detail = VERDICT_BASIS_LABELS[basis];
  }

  return (
    <div
      className={`verdict verdict--${basis}`}
      role="group"
      aria-labelledby={titleId}
      data-testid="verdict"
      data-basis={basis}
    >
      <div className="verdict__head">
        <h4 id={titleId} className="raters__heading">
          Verdict
        </h4>
        {!disputed && <VerdictBadge verdict={verdict} />}
        <span className="verdict__basis" data-testid="verdict-basis">
          {disputed ? (
            <span className="verdict__warning" role="status">
              <span aria-hidden="true">⚠ </span>
              {VERDICT_BASIS_LABELS.disagreement[0]!.toUpperCase() + VERDICT_BASIS_LABELS.disagreement.slice(1)}
            </span>
          ) : basis === 'reconciled' ? (
            VERDICT_BASIS_LABELS.reconciled
          ) : (
            detail
          )}
        </span>
      </div>
      {disputed && <p className="verdict__detail">{detail}</p>}
      {recorded && (
        <>
          <p className="verdict__stamp" data-testid="verdict-stamp">
            Recorded by <bdi className="stamp__author">{recorded.author}</bdi> · <time dateTime={recorded.decidedAt}>{formatSavedAt(recorded.decidedAt)}</time>
            {raters > 0 && <> · {plural(raters, 'rater')}</>}
          </p>
          {recorded.rationale.trim() && (
            <p className="verdict__rationale" data-testid="verdict-rationale-text">
              {recorded.rationale}
            </p>
          )}
        </>
      )}
      {editing ? (
        <VerdictForm claim={claim} verdict={verdict} onDone={() => setEditing(false)} />
      ) : (
        canRecord && (
          <div className="verdict__actions">
            <button
              type="button"
              className={`button button--small${disputed ? ' button--primary' : ''}`}
              onClick={() => setEditing(true)}
              data-testid="verdict-record"
            >
              {recorded ? 'Change verdict…' : 'Record verdict…'}
            </button>
            {recorded && (
              <button type="button" className="button button--small button--quiet" onClick={() => void withdraw()} data-testid="verdict-withdraw">
                Withdraw verdict
              </button>
            )}
          </div>
        )
      )}
    </div>
  );
}

/** Props of <VerdictForm>. */
interface VerdictFormProps {
  claim: Claim;
  verdict: ClaimVerdict;
  onDone(): void;
}

/** The form that records the team's verdict. */
function VerdictForm({ claim, verdict, onDone }: VerdictFormProps) {
  const { run, toast } = useWorkbench();
  // Starts from the recorded verdict, or the rating the raters agree on; never picks a side.
  const [rating, setRating] = useState<Rating | ''>(claim.verdict?.rating ?? (verdict.basis === 'single' || verdict.basis === 'unanimous' ? verdict.rating : ''));
  const [rationale, setRationale] = useState(claim.verdict?.rationale ?? '');
  const [busy, setBusy] = useState(false);
  const ratingField = useRef<HTMLSelectElement>(null);
  useEffect(() => ratingField.current?.focus(), []);

  const save = async () => {
    if (!rating) return;
    setBusy(true);
    const done = await run('claims.setVerdict', { id: claim.id, verdict: { rating, rationale: rationale.trim() } }, 'Could not record the verdict');
    setBusy(false);
    if (done === undefined) return;
    toast('Verdict recorded');
    onDone();
  };

  return (
    <form
      className="verdict-form"
      aria-label="Record the team’s verdict"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }
      }}
      data-testid="verdict-form"
    >
      <label className="field">
        <span className="field__label">Team verdict</span>
        <select ref={ratingField} className="select" value={rating} onChange={(e) => setRating(e.target.value as Rating | '')} required data-testid="verdict-rating">
          <option value="" disabled>
            Choose a rating…
          </option>
          {VERDICT_STEPS.map((s) => (
            <option key={s.rating} value={s.rating}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Why the team settled on it</span>
        <textarea
          dir="auto"
          className="input draft-field__input--area"
          rows={3}
          value={rationale}
          maxLength={LIMITS.maxNoteLength}
          placeholder="What decided it: which evidence, which rater’s reading"
          onChange={(e) => setRationale(e.target.value)}
          data-testid="verdict-rationale"
        />
      </label>
      <div className="verdict__actions">
        <button type="submit" className="button button--small button--primary" disabled={!rating || busy} data-testid="verdict-save">
          Record verdict
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDone} data-testid="verdict-cancel">
          Cancel
        </button>
      </div>
    </form>
  );
}
