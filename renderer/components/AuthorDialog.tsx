/**
 * Asks for the researcher's name before their first annotation: it is recorded on every
 * highlight, claim and link, so shared projects show who did what.
 */
import { useId, useState } from 'react';
import type { AppError } from '../../shared/result.js';
import { LIMITS } from '../../shared/limits.js';
import { Modal } from './Modal.js';

/** Props of <AuthorDialog>. */
export interface AuthorDialogProps {
  onAnswer(name: string | null): Promise<AppError | null>;
  /** Set when changing a name already given (from the header): the name now, prefilled. */
  changing?: { current: string | null };
}

/** The dialog. */
export function AuthorDialog({ onAnswer, changing }: AuthorDialogProps) {
  const titleId = useId();
  const [name, setName] = useState(changing?.current ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!name.trim()) {
      setError('Enter a name (or initials).');
      return;
    }
    setBusy(true);
    const failed = await onAnswer(name.trim());
    setBusy(false);
    if (failed) setError(failed.message);
  };
  return (
    <Modal labelledBy={titleId} onCancel={() => void onAnswer(null)} testId="author-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId} className="modal__title">
          {changing ? 'Change your name' : 'Who is annotating?'}
        </h2>
        <div className="modal__body">
          {changing ? (
            <p>
              What you do from now on in this window is recorded under this name, and your ratings are the ones under it: a new name starts a new rater.
              What you already did keeps the name it was made under.
            </p>
          ) : (
            <p>
              Your name is recorded on the highlights, claims, evidence links and ratings you make, so a shared project shows who did what and each rater’s
              ratings stay theirs. It is stored on this computer, not in the project.
            </p>
          )}
          <label className="field author-dialog__field">
            <span className="field__label">Your name</span>
            <input
              className="input"
              dir="auto"
              value={name}
              maxLength={LIMITS.maxAuthorLength}
              onChange={(e) => setName(e.target.value)}
              onFocus={(e) => changing && e.target.select()}
              autoFocus
              autoComplete="name"
              data-testid="author-input"
            />
          </label>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="modal__actions">
          <button type="button" className="button" onClick={() => void onAnswer(null)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="author-save">
            {changing ? 'Change name' : 'Continue'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
