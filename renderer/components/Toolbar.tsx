/**
 * The header of an open project: its name and save state, and the project and import actions.
 */
import type { ProjectSummary } from '../../shared/api.js';
import { useRunCommand } from '../commands/host.js';
import { ariaKeys } from '../commands/keys.js';
import { firstKey, shortcutText } from '../commands/registry.js';
import { useImports } from '../state/import-flow.js';
import { SaveStatus } from './SaveStatus.js';

/** Props of <Toolbar>. */
export interface ToolbarProps {
  project: ProjectSummary;
  saving: boolean;
  /** A project action is running: the project buttons wait. */
  busy: boolean;
}

const saveKey = firstKey('save');

/** The app header; its buttons run the same commands as the menu and the keys. */
export function Toolbar({ project, saving, busy }: ToolbarProps) {
  const run = useRunCommand();
  const importing = useImports().phase !== 'idle';
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
          <button type="button" className="button button--primary" onClick={() => run('importFiles')} disabled={importing}>
            Import files…
          </button>
          <button type="button" className="button" onClick={() => run('importFolder')} disabled={importing}>
            Import folder…
          </button>
        </div>
        <div className="toolbar__group">
          <button
            type="button"
            className={`button${project.saveError ? ' button--danger' : ''}`}
            onClick={() => run('save')}
            disabled={busy}
            title={`Save (${shortcutText('save')})`}
            aria-keyshortcuts={saveKey && ariaKeys(saveKey)}
          >
            {project.saveError ? 'Retry save' : 'Save'}
          </button>
          <button type="button" className="button" onClick={() => run('saveAs')} disabled={busy}>
            Save As…
          </button>
        </div>
        <div className="toolbar__group">
          <button type="button" className="button button--quiet" onClick={() => run('new')} disabled={busy}>
            New…
          </button>
          <button type="button" className="button button--quiet" onClick={() => run('open')} disabled={busy}>
            Open…
          </button>
          <button type="button" className="button button--quiet" onClick={() => run('close')} disabled={busy}>
            Close
          </button>
        </div>
      </div>
    </header>
  );
}
