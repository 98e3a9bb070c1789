/**
 * New / Open / Save As, including choosing the path: native dialogs in Electron, the in-app
 * path dialog in the browser (or when the native dialog is unsupported).
 */
import { useCallback } from 'react';
import type { AppInfo } from '../../shared/api.js';
import { defaultProjectFolder, defaultProjectPath, folderOf, projectFileName, withProjectExtension } from '../lib/paths.js';
import { useCall } from './backend.js';
import type { Report } from './notices.js';
import type { PathRequest } from './use-path-prompt.js';
import type { ProjectState } from './use-project.js';

/** The commands behind the New, Open and Save As buttons. */
export interface ProjectCommands {
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  saveProjectAs(): Promise<void>;
}

const FALLBACK_INFO: AppInfo = { shell: 'browser', version: '', defaultProjectDir: '', pathSeparator: '/' };

/** Binds the project actions to path choosing. */
export function useProjectCommands(
  state: ProjectState,
  ask: (request: PathRequest) => Promise<string | null>,
  report: Report,
): ProjectCommands {
  const call = useCall();
  const info = state.info ?? FALLBACK_INFO;
  const { project, create, open, saveAs } = state;

  /** Asks the native dialog in Electron; null means "use the in-app dialog instead". */
  const native = useCallback(
    async (which: 'open' | 'save', suggestedName: string): Promise<{ path: string | null } | null> => {
      if (info.shell !== 'electron') return null;
      const r = which === 'open' ? await call('dialog.openProject', {}) : await call('dialog.saveProject', { suggestedName });
      if (r.ok) return { path: r.value };
      if (r.error.code === 'unsupported') return null;
      report('Could not show the file dialog', r.error);
      return { path: null };
    },
    [call, info.shell, report],
  );

  const newProject = useCallback(async () => {
    const chosen = (await native('save', projectFileName('Untitled')))?.path;
    const path = chosen !== undefined ? chosen : await ask({ purpose: 'new', initial: defaultProjectPath(info) });
    if (path) await create(withProjectExtension(path, info.pathSeparator));
  }, [ask, create, info, native]);

  const openProject = useCallback(async () => {
    const chosen = (await native('open', ''))?.path;
    const initial = defaultProjectFolder(info);
    const path = chosen !== undefined ? chosen : await ask({ purpose: 'open', initial });
    if (path) await open(path.trim());
  }, [ask, info, native, open]);

  const saveProjectAs = useCallback(async () => {
    if (!project) return;
    const suggested = projectFileName(`${project.name} copy`);
    const chosen = (await native('save', suggested))?.path;
    const folder = folderOf(project.path, info.pathSeparator);
    const initial = folder ? folder + suggested : defaultProjectPath(info, `${project.name} copy`);
    const path = chosen !== undefined ? chosen : await ask({ purpose: 'saveAs', initial });
    // The native save dialog has already asked about replacing an existing file.
    if (path) await saveAs(withProjectExtension(path, info.pathSeparator), chosen !== undefined && chosen !== null);
  }, [ask, info, native, project, saveAs]);

  return { newProject, openProject, saveProjectAs };
}
