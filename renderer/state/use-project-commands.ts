/**
 * New / Open / Save As, and choosing a colleague's copy to merge, including choosing the path: native dialogs in Electron, the in-app
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
  /** Resolves true when a project was opened. */
  openProject(): Promise<boolean>;
  saveProjectAs(): Promise<void>;
  /**
   * Asks for a colleague's copy to merge: the native open dialog in Electron, the in-app path
   * dialog otherwise. `dropped` names a project file that was dropped or picked for import:
   * the browser does not say where it is, so the in-app dialog asks, prefilled with its name.
   */
  chooseCopy(dropped?: string): Promise<string | null>;
}

/** Why the path dialog asks for the path of a dropped project file. */
export function droppedCopyNote(name: string): string {
  return `“${name}” is a Warrant project, not an article: Warrant can merge its work into this project. The browser does not tell Warrant where a dropped or picked file is, so confirm its path on the computer running Warrant.`;
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
    async (purpose: PathPurpose, suggestion: string, note?: string): Promise<string | null> => {
      // Save As and Merge look beside the open project (a colleague's copy is often saved
      // there); New and Open use the default folder.
      const near: Near = purpose === 'saveAs' || purpose === 'merge' ? 'project' : 'default';
      const initial = await call('project.proposePath', { input: suggestion, near });
      const typed = await askPath({ purpose, initial: initial.ok ? initial.value : '', ...(note ? { note } : {}) });
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
    return path ? open(path) : false;
  }, [inApp, native, open]);

  const chooseCopy = useCallback(
    async (dropped?: string) => {
      if (dropped !== undefined) return inApp('merge', dropped, droppedCopyNote(dropped));
      const chosen = await native('open', '');
      return chosen ? chosen.path : inApp('merge', '');
    },
    [inApp, native],
  );

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

  return { newProject, openProject, saveProjectAs, chooseCopy };
}
