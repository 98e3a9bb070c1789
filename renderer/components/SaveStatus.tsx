/**
 * Where the project's changes stand: saved (when), saving, unsaved, or not saved because
 * autosave failed (explained by SaveErrorBanner).
 */
import type { ProjectSummary } from '../../shared/api.js';
import { formatSavedAt } from '../lib/format.js';

/** Props of <SaveStatus>. */
export interface SaveStatusProps {
  project: ProjectSummary;
  saving: boolean;
}

/** The save state line in the header. */
export function SaveStatus({ project, saving }: SaveStatusProps) {
  if (project.saveError) {
    // The reason and the ways out are in the SaveErrorBanner below the header.
    return (
      <span className="save-status save-status--error" data-testid="save-status" data-state="error" title={project.saveError}>
        {saving ? 'Saving…' : 'Not saved'}
      </span>
    );
  }
  let text: string;
  let state: string;
  if (saving) {
    text = 'Saving…';
    state = 'saving';
  } else if (project.dirty) {
    text = 'Unsaved changes';
    state = 'dirty';
  } else if (project.lastSavedAt) {
    text = `Saved ${formatSavedAt(project.lastSavedAt)}`;
    state = 'saved';
  } else {
    text = 'Not saved yet';
    state = 'new';
  }
  return (
    <span className={`save-status save-status--${state}`} role="status" data-testid="save-status" data-state={state}>
      {text}
    </span>
  );
}

/** Props of <SaveErrorBanner>. */
export interface SaveErrorBannerProps {
  message: string;
  saving: boolean;
  onRetry(): void;
  onSaveAs(): void;
}

/**
 * A failed autosave, shown prominently under the header: the changes exist only in memory
 * until a save succeeds, so the researcher must see why and what to do.
 */
export function SaveErrorBanner({ message, saving, onRetry, onSaveAs }: SaveErrorBannerProps) {
  return (
    <section className="banner banner--error" role="alert" aria-label="Save failed" data-testid="save-error">
      <div className="banner__row">
        <p className="banner__message">
          <strong>Your latest changes are not saved.</strong> {message}
        </p>
        <button type="button" className="button button--small" onClick={onRetry} disabled={saving}>
          {saving ? 'Saving…' : 'Try again'}
        </button>
        <button type="button" className="button button--small" onClick={onSaveAs} disabled={saving}>
          Save As…
        </button>
      </div>
    </section>
  );
}
