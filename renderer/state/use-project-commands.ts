/**
 * New / Open / Save As, including choosing the path: native dialogs in Electron, the in-app
 * path dialog in the browser (or when the native dialog is unsupported). Paths are the
 * backend's: `project.proposePath` builds them from what was typed, never the UI. Replacing an
 * existing file is asked in a ConfirmDialog first.
 */
import type { ArgsOf } from '../../shared/api.js';
import { useCallback } from 'react';
import { useCall } from './backend.js';
import type { Report } from './notices.js';
import type { ConfirmRequest, PathPurpose, PathRequest } from './use-prompt.js';
import type { ProjectState } from './use-project.js';

/** Which folder a typed name is resolved against (see `project.proposePath`). */
type Near = NonNullable<ArgsOf<'project.proposePath'>['near']>;

/** The commands behind the New, Open and Save As buttons. */
export interface ProjectCommands {
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  saveProjectAs(): Promise<void>;
}

/** The dialogs the commands may ask through. */
export interface ProjectPrompts {
  askPath(request: PathRequest): Promise<string | null>;
  confirm(request: ConfirmRequest): Promise<boolean>;
}

/** The question before replacing `file` (its base name, when the backend said). */
export function replaceRequest(file: string | null): ConfirmRequest {
  return {
    title: file ? `Replace “${file}”?` : 'Replace the existing file?',
    message: `${file ? `“${file}”` : 'A file with that name'} already exists there. Replacing it overwrites it with this project; choose Cancel to pick another name.`,
    confirmLabel: 'Replace',
  };
}

/** Binds the project actions to path choosing. */
export function useProjectCommands(state: ProjectState, prompts: ProjectPrompts, report: Report): ProjectCommands {
  const call = useCall();
  const shell = state.info?.shell ?? 'browser';
  const { project, create, open, saveAs } = state;
  const { askPath, confirm } = prompts;

  /** Asks the native dialog in Electron; null means "use the in-app dialog instead". */
  const native = useCallback(
    async (which: 'open' | 'save', suggestedName: string): Promise<{ path: string | null } | null> => {
      if (shell !== 'electron') return null;
      const r = which === 'open' ? await call('dialog.openProject', {}) : await call('dialog.saveProject', { suggestedName });
      if (r.ok) return { path: r.value };
      if (r.error.code === 'unsupported') return null;
      report('Could not show the file dialog', r.error);
      return { path: null };
    },
    [call, report, shell],
  );

  /** The backend's full project path for what was typed or chosen (adds `.warrant`), or null. */
  const propose = useCallback(
    async (input: string, near: Near = 'default'): Promise<string | null> => {
      const r = await call('project.proposePath', { input, near });
      if (r.ok) return r.value;
      report('Could not use that path', r.error);
      return null;
    },
    [call, report],
  );

  /** Asks for a path in the in-app dialog, prefilled with the backend's proposal for `suggestion`. */
  const inApp = useCallback(
    async (purpose: PathPurpose, suggestion: string): Promise<string | null> => {
      // Save As proposes a copy beside the open project; New and Open use the default folder.
      const near: Near = purpose === 'saveAs' ? 'project' : 'default';
      const initial = await call('project.proposePath', { input: suggestion, near });
      const typed = await askPath({ purpose, initial: initial.ok ? initial.value : '' });
      return typed === null ? null : propose(typed, near);
    },
    [askPath, call, propose],
  );

  const newProject = useCallback(async () => {
    const chosen = await native('save', 'Untitled');
    // A native save dialog may leave the extension off: the backend adds it.
    const path = chosen ? chosen.path && (await propose(chosen.path)) : await inApp('new', '');
    if (path) await create(path);
  }, [create, inApp, native, propose]);

  const openProject = useCallback(async () => {
    const chosen = await native('open', '');
    const path = chosen ? chosen.path : await inApp('open', '');
    if (path) await open(path);
  }, [inApp, native, open]);

  const saveProjectAs = useCallback(async () => {
    if (!project) return;
    const suggestion = `${project.name} copy`;
    const chosen = await native('save', suggestion);
    const path = chosen ? chosen.path && (await propose(chosen.path)) : await inApp('saveAs', suggestion);
    if (!path) return;
    // The native save dialog has already asked about replacing an existing file.
    const outcome = await saveAs(path, chosen !== null);
    if (outcome.status === 'exists' && (await confirm(replaceRequest(outcome.file)))) await saveAs(path, true);
  }, [confirm, inApp, native, project, propose, saveAs]);

  return { newProject, openProject, saveProjectAs };
}
