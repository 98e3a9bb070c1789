/**
 * The header of an open project: its name and save state, merge conflicts waiting to be
 * decided, the project, import, merge and export actions, and whose name this window records work
 * under. (The raters' agreement is opened from the claims panel, where the ratings are.)
 */
import type { ProjectSummary } from '../../shared/api.js';
import { useRunCommand } from '../commands/host.js';
import { ariaKeys } from '../commands/keys.js';
import { firstKey, shortcutText } from '../commands/registry.js';
import { plural } from '../lib/format.js';
import { useImports } from '../state/import-flow.js';
import { useMergeFlow } from '../state/merge-flow.js';
import { middleEllipsis } from '../lib/middle-ellipsis.js';
import { useAuthorOrNull } from '../state/use-author.js';
import { COMPACT_HEADER_QUERY, LibraryToggle, useMediaQuery } from './LayoutToggle.js';
import { SaveStatus } from './SaveStatus.js';
import { ToolbarMore } from './ToolbarMore.js';

/** Props of <Toolbar>. */
export interface ToolbarProps {
  project: ProjectSummary;
  saving: boolean;
  /** A project action is running: the project buttons wait. */
  busy: boolean;
}

const saveKey = firstKey('save');

/** Longest path shown in the header (characters), roomy and compact; the whole path is in its tooltip. */
const PATH_CHARS = 40;
const PATH_CHARS_COMPACT = 32;

/**
 * The app header; its buttons run the same commands as the menu and the keys. In a window too
 * narrow for all of them (COMPACT_HEADER_QUERY) the less frequent actions move into "More", so
 * the header never wraps onto a second row.
 */
export function Toolbar({ project, saving, busy }: ToolbarProps) {
  const run = useRunCommand();
  const imports = useImports();
  const importing = imports.phase !== 'idle' || imports.interchange.running;
  const merging = useMergeFlow().open;
  const compact = useMediaQuery(COMPACT_HEADER_QUERY);
  const importFolder = (
    <button type="button" className="button" onClick={() => run('importFolder')} disabled={importing}>
      Import folder…
    </button>
  );
  const mergeCopy = (
    <button type="button" className="button" onClick={() => run('merge')} disabled={busy || merging} title="Merge a colleague’s copy of this project" data-testid="merge-button">
      Merge copy…
    </button>
  );
  const exportButton = (
    <button type="button" className="button" onClick={() => run('export')} title={`Export a report or a file for other tools (${shortcutText('export')})`} data-testid="export-button">
      Export…
    </button>
  );
  const saveAs = (
    <button type="button" className="button" onClick={() => run('saveAs')} disabled={busy}>
      Save As…
    </button>
  );
  const fileActions = (
    <>
      <button type="button" className="button button--quiet" onClick={() => run('new')} disabled={busy}>
        New…
      </button>
      <button type="button" className="button button--quiet" onClick={() => run('open')} disabled={busy}>
        Open…
      </button>
      <button type="button" className="button button--quiet" onClick={() => run('close')} disabled={busy}>
        Close
      </button>
    </>
  );
  return (
    <header className={`toolbar${compact ? ' toolbar--compact' : ''}`}>
      <div className="toolbar__project">
        <LibraryToggle />
        <span className="toolbar__brand" aria-hidden="true">
          W
        </span>
        <div className="toolbar__names">
          <span className="toolbar__name" title={project.path} data-testid="project-name">
            {project.name}
          </span>
          <span className="toolbar__path" title={project.path} data-testid="project-path">
            <PathText text={middleEllipsis(project.path, compact ? PATH_CHARS_COMPACT : PATH_CHARS)} />
          </span>
        </div>
        <SaveStatus project={project} saving={saving} />
        {project.pendingConflicts > 0 && (
          <button
            type="button"
            className="conflicts-badge"
            onClick={() => run('conflicts')}
            disabled={merging}
            title="Merge conflicts left undecided: your version is in use until you decide"
            data-testid="pending-conflicts"
          >
            <span aria-hidden="true">⚠ </span>
            {plural(project.pendingConflicts, 'conflict')}
            <span className="visually-hidden"> to decide</span>
          </button>
        )}
      </div>

      <div className="toolbar__actions" role="toolbar" aria-label="Project actions">
        <div className="toolbar__group">
          <button type="button" className="button button--primary" onClick={() => run('importFiles')} disabled={importing}>
            Import files…
          </button>
          {!compact && (
            <>
              {importFolder}
              {mergeCopy}
              {exportButton}
            </>
          )}
        </div>
        <div className="toolbar__group">
          <button
            type="button"
            className={`button${project.saveError && !project.diskChanged ? ' button--danger' : ''}`}
            onClick={() => run('save')}
            disabled={busy || merging}
            title={project.diskChanged ? 'The file was changed on disk: Save first merges those changes' : `Save (${shortcutText('save')})`}
            aria-keyshortcuts={saveKey && ariaKeys(saveKey)}
            data-testid="save-button"
          >
            {project.diskChanged ? 'Save…' : project.saveError ? 'Retry save' : 'Save'}
          </button>
          {!compact && saveAs}
        </div>
        {compact ? (
          <ToolbarMore>
            {importFolder}
            {mergeCopy}
            {exportButton}
            {saveAs}
            {fileActions}
          </ToolbarMore>
        ) : (
          <div className="toolbar__group">{fileActions}</div>
        )}
        <AuthorButton />
      </div>
    </header>
  );
}

/** Whose name this window records work under; a click changes it. */
function AuthorButton() {
  const author = useAuthorOrNull();
  if (!author || author.name === undefined) return null;
  const { name } = author;
  return (
    <button
      type="button"
      className="author-chip"
      onClick={author.change}
      aria-label={name ? `Your name: ${name}. Change it` : 'Set your name'}
      title={name ? 'Your work in this window is recorded under this name. Click to change it.' : 'Set the name your work is recorded under'}
      data-testid="author-name"
    >
      <span className="author-chip__icon" aria-hidden="true">
        {name ? initials(name) : '?'}
      </span>
      <span className="author-chip__name">{name ?? 'Set your name'}</span>
    </button>
  );
}

/** "Ada Lovelace" → "AL" (at most two letters). */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
  return letters.map((p) => Array.from(p)[0]!.toUpperCase()).join('') || '?';
}

/**
 * A path whose folder part gives way first when the header is narrower than the characters
 * allowed (between the breakpoints): the folder is cut at its end, the file name never is.
 */
function PathText({ text }: { text: string }) {
  const cut = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
  return (
    <bdi className="toolbar__path-text">
      <span className="toolbar__path-dir">{text.slice(0, cut)}</span>
      <span className="toolbar__path-file">{text.slice(cut)}</span>
    </bdi>
  );
}
