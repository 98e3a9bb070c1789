/**
 * Where the project's changes stand: saved (when), saving, unsaved, the server not answering
 * (`warrant serve` stopped: nothing can be saved), or not saved because autosave failed (explained by SaveErrorBanner) or because another program changed the file on
 * disk (explained by DiskChangedBanner, which offers to merge its changes).
 */
import type { ReactNode } from 'react';
import type { ProjectSummary } from '../../shared/api.js';
import { formatSavedAt } from '../lib/format.js';
import { useConnection } from '../state/use-connection.js';
import type { ConnectionState } from '../transport/connection.js';

/** Props of <SaveStatus>. */
export interface SaveStatusProps {
  project: ProjectSummary;
  saving: boolean;
}

/** What the badge says while the backend does not answer (`warrant serve` stopped or restarted). */
const UNREACHABLE: Record<Exclude<ConnectionState, 'connected'>, { text: string; title: string }> = {
  lost: {
    text: 'Server not answering',
    title: 'Warrant’s server is not answering (is `warrant serve` still running?). Nothing can be saved until it answers; Warrant keeps trying and carries on by itself.',
  },
  restarted: {
    text: 'Server restarted',
    title: '`warrant serve` was started again and no longer accepts this page. Open the new address it printed; what was saved before is in the project file.',
  },
};

/** The save state line in the header. */
export function SaveStatus({ project, saving }: SaveStatusProps) {
  const connection = useConnection();
  if (connection !== 'connected') {
    // Whatever the last summary said, nothing is being saved now: never show "Saved" here.
    const { text, title } = UNREACHABLE[connection];
    return (
      <span className="save-status save-status--error" role="status" data-testid="save-status" data-state={connection === 'lost' ? 'offline' : 'restarted'} title={title}>
        {text}
      </span>
    );
  }
  if (project.readOnly) {
    // Explained, with the way out (Save As), by ReadOnlyBanner below the header.
    return (
      <span className="save-status" data-testid="save-status" data-state="read-only" title="Open read-only: nothing is saved to this file">
        Read-only
      </span>
    );
  }
  if (project.diskChanged) {
    // Explained, with the way out (merge its changes), by DiskChangedBanner below the header.
    return (
      <span className="save-status save-status--error" data-testid="save-status" data-state="disk-changed" title="Not saved: the file was changed on disk by another program">
        Changed on disk
      </span>
    );
  }
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
    <Banner
      tone="error"
      label="Save failed"
      testId="save-error"
      message={
        <>
          <strong>Your latest changes are not saved.</strong> {message}
        </>
      }
    >
      <button type="button" className="button button--small" onClick={onRetry} disabled={saving}>
        {saving ? 'Saving…' : 'Try again'}
      </button>
      <button type="button" className="button button--small" onClick={onSaveAs} disabled={saving}>
        Save As…
      </button>
    </Banner>
  );
}

/** Props of <DiskChangedBanner>. */
export interface DiskChangedBannerProps {
  path: string;
  /** A merge dialog is already open. */
  merging: boolean;
  onMerge(): void;
  onSaveAs(): void;
}

/**
 * The open file was changed on disk by another program (`warrant import`, a sync folder):
 * saving would overwrite those changes, so it waits. The way on is to merge the file's changes
 * into what is open here (the merge dialog, previewed first); Save As keeps this version apart.
 */
export function DiskChangedBanner({ path, merging, onMerge, onSaveAs }: DiskChangedBannerProps) {
  return (
    <Banner
      tone="disk"
      label="Project file changed on disk"
      testId="disk-changed"
      message={
        <>
          <strong>This project’s file was changed on disk by another program</strong> (for example <code>warrant import</code> or a sync folder). Your work
          here is safe; saving waits so it does not overwrite those changes. Merge them into what is open here to keep both and save again.
          <span className="banner__file" title={path}>
            {' '}
            <bdi>{path}</bdi>
          </span>
        </>
      }
    >
      <button type="button" className="button button--small button--primary" onClick={onMerge} disabled={merging} data-testid="merge-from-disk">
        Merge its changes…
      </button>
      <button type="button" className="button button--small" onClick={onSaveAs}>
        Save As…
      </button>
    </Banner>
  );
}

/** Props of <ReadOnlyBanner>. */
export interface ReadOnlyBannerProps {
  /** Titles of the damaged articles set aside. */
  setAside: readonly string[];
  onSaveAs(): void;
}

/** The project is the rest of a damaged file, open read-only: what was set aside, and the way on (Save As). */
export function ReadOnlyBanner({ setAside, onSaveAs }: ReadOnlyBannerProps) {
  const shown = setAside.slice(0, 3);
  const more = setAside.length - shown.length;
  return (
    <Banner
      tone="disk"
      label="Read-only project"
      testId="read-only"
      message={
        <>
          <strong>Read-only: nothing you change here can be saved to this file.</strong>{' '}
          {setAside.length > 0 && (
            <>
              Set aside because their text is damaged:{' '}
              {shown.map((t, i) => (
                <span key={i}>
                  {i > 0 && ', '}“<bdi>{t}</bdi>”
                </span>
              ))}
              {more > 0 && ` and ${more} more`}. Their passages show as “article removed”.{' '}
            </>
          )}
          Save As keeps a working copy of the rest under another name.
        </>
      }
    >
      <button type="button" className="button button--small button--primary" onClick={onSaveAs} data-testid="read-only-save-as">
        Save As…
      </button>
    </Banner>
  );
}

/** The frame of both banners: an alert with its message, then the ways out (`children`). */
function Banner({ tone, label, testId, message, children }: { tone: 'error' | 'disk'; label: string; testId: string; message: ReactNode; children: ReactNode }) {
  return (
    <section className={`banner banner--${tone}`} role="alert" aria-label={label} data-testid={testId}>
      <div className="banner__row">
        <p className="banner__message">{message}</p>
        {children}
      </div>
    </section>
  );
}
