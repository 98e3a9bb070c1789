/**
 * The header of an open project: its name and save state, and the project and import actions.
 */
import type { ProjectSummary } from '../../shared/api.js';
import { SaveStatus } from './SaveStatus.js';

/** Props of <Toolbar>. */
export interface ToolbarProps {
  project: ProjectSummary;
  saving: boolean;
  busy: boolean;
  importing: boolean;
  onImportFiles(): void;
  onImportFolder(): void;
  onSave(): void;
  onSaveAs(): void;
  onNew(): void;
  onOpen(): void;
  onClose(): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** The app header. */
export function Toolbar(props: ToolbarProps) {
  const { project, saving, busy, importing } = props;
  return (
    <header className="toolbar">
      <div className="toolbar__project">
        <span className="toolbar__brand" aria-hidden="true">
          W
        </span>
        <div className="toolbar__names">
          <span className="toolbar__name" title={project.path} data-testid="project-name">
            {project.name}
          </span>
          <span className="toolbar__path" title={project.path} data-testid="project-path">
            <bdi>{project.path}</bdi>
          </span>
        </div>
        <SaveStatus project={project} saving={saving} />
      </div>

      <div className="toolbar__actions" role="toolbar" aria-label="Project actions">
        <div className="toolbar__group">
          <button type="button" className="button button--primary" onClick={props.onImportFiles} disabled={importing}>
            Import files…
          </button>
          <button type="button" className="button" onClick={props.onImportFolder} disabled={importing}>
            Import folder…
          </button>
        </div>
        <div className="toolbar__group">
          <button
            type="button"
            className={`button${project.saveError ? ' button--danger' : ''}`}
            onClick={props.onSave}
            disabled={busy}
            title={`Save (${mod}S)`}
            aria-keyshortcuts={isMac ? 'Meta+S' : 'Control+S'}
          >
            {project.saveError ? 'Retry save' : 'Save'}
          </button>
          <button type="button" className="button" onClick={props.onSaveAs} disabled={busy}>
            Save As…
          </button>
        </div>
        <div className="toolbar__group">
          <button type="button" className="button button--quiet" onClick={props.onNew} disabled={busy}>
            New…
          </button>
          <button type="button" className="button button--quiet" onClick={props.onOpen} disabled={busy}>
            Open…
          </button>
          <button type="button" className="button button--quiet" onClick={props.onClose} disabled={busy}>
            Close
          </button>
        </div>
      </div>
    </header>
  );
}
