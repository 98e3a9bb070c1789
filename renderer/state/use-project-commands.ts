/**
 * New / Open / Save As, and choosing a colleague's copy to merge, including choosing the path: native dialogs in Electron, the in-app
 * path dialog in the browser (or when the native dialog is unsupported). Paths are the
 * backend's: `project.proposePath` builds them from what was typed, never the UI.
 *
 * A file already at the chosen path is never replaced without asking. Save As asks in a
 * ConfirmDialog, unless the native dialog already asked about exactly that file. New never
 * replaces a project: it offers to open the one that is there. In the in-app dialog, Cancel on
 * either question goes back to the path dialog with the path tried; after a native dialog it
 * leaves everything as it was.
 */
import type { ArgsOf } from '../../shared/api.js';
import { useCallback } from 'react';
import { useCall } from './backend.js';
import type { Report } from './notices.js';
import type { ConfirmRequest, PathPurpose, PathRequest } from './use-prompt.js';
import type { PathOutcome, ProjectState } from './use-project.js';

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

/** The file found in the way, as the backend named it. */
type ExistingFile = Extract<PathOutcome, { status: 'exists' }>;

/** What Cancel on a question about an existing file does: back to the path dialog, or nothing more. */
type OnCancel = 'pick-again' | 'stop';

/** After trying a path: finished (whatever the result), or pick another path. */
type Attempt = 'done' | 'again';

/** "A file already exists at /path/x.warrant" (or, without a path, "That file already exists"). */
const alreadyThere = (existing: ExistingFile, noun: 'file' | 'project file'): string =>
  existing.path ? `A ${noun} already exists at ${existing.path}` : `That ${noun} already exists`;

/** The question before replacing an existing file with this project (Save As). */
function replaceRequest(existing: ExistingFile, onCancel: OnCancel): ConfirmRequest {
  return {
    title: existing.file ? `Replace “${existing.file}”?` : 'Replace the existing file?',
    message: `${alreadyThere(existing, 'file')}. Replacing it overwrites it with this project; ${onCancel === 'pick-again' ? 'choose Cancel to pick another name' : 'Cancel leaves it as it is and saves nothing'}.`,
    confirmLabel: 'Replace',
  };
}

/** The offer when New meets an existing project file: open it (a new project never replaces one). */
function openExistingRequest(existing: ExistingFile, onCancel: OnCancel): ConfirmRequest {
  return {
    title: existing.file ? `“${existing.file}” already exists` : 'That project file already exists',
    message: `${alreadyThere(existing, 'project file')}, and a new project never replaces one. Open it instead, or ${onCancel === 'pick-again' ? 'choose Cancel to pick another name' : 'choose Cancel to leave it and create nothing'}.`,
    confirmLabel: 'Open it',
    tone: 'primary',
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

  /** The backend's full project path for what was typed or chosen (adds `.warrant`), or null (reported). */
  const propose = useCallback(
    async (input: string, near: Near = 'default', intent: 'create' | 'open' = 'create'): Promise<string | null> => {
      const r = await call('project.proposePath', { input, near, intent });
      if (r.ok) return r.value;
      report('Could not use that path', r.error);
      return null;
    },
    [call, report],
  );

  /**
   * Asks for a path in the in-app dialog and tries it, until `attempt` is done with one or the
   * researcher cancels. The first time the dialog holds the backend's proposal for
   * `suggestion`; after an `again` it holds the path just tried.
   */
  const inApp = useCallback(
    async (purpose: PathPurpose, suggestion: string, attempt: (path: string) => Promise<Attempt>, note?: string): Promise<void> => {
      // Save As and Merge look beside the open project (a colleague's copy is often saved
      // there); New and Open use the default folder. Open and Merge start from a folder, since
      // there is no file name to propose.
      const near: Near = purpose === 'saveAs' || purpose === 'merge' ? 'project' : 'default';
      const intent = purpose === 'open' || (purpose === 'merge' && !suggestion) ? 'open' : 'create';
      let initial = (await propose(suggestion, near, intent)) ?? '';
      for (;;) {
        const typed = await askPath({ purpose, initial, ...(note ? { note } : {}) });
        if (typed === null) return;
        const path = await propose(typed, near, intent);
        if (path === null || (await attempt(path)) === 'done') return;
        initial = path;
      }
    },
    [askPath, propose],
  );

  /** When `outcome` met an existing file: asks `question`, and on yes runs `instead`. */
  const settle = useCallback(
    async (outcome: PathOutcome, question: (e: ExistingFile) => ConfirmRequest, instead: (e: ExistingFile) => Promise<unknown>, onCancel: OnCancel): Promise<Attempt> => {
      if (outcome.status !== 'exists') return 'done';
      if (await confirm(question(outcome))) {
        await instead(outcome);
        return 'done';
      }
      return onCancel === 'pick-again' ? 'again' : 'done';
    },
    [confirm],
  );

  const newProject = useCallback(async () => {
    const createAt = async (path: string, onCancel: OnCancel) =>
      settle(await create(path), (e) => openExistingRequest(e, onCancel), (e) => open(e.path ?? path), onCancel);
    const chosen = await native('save', 'Untitled');
    if (!chosen) return inApp('new', '', (path) => createAt(path, 'pick-again'));
    // A native save dialog may leave the extension off: the backend adds it.
    const path = chosen.path && (await propose(chosen.path));
    if (path) await createAt(path, 'stop');
  }, [create, inApp, native, open, propose, settle]);

  const openProject = useCallback(async () => {
    const chosen = await native('open', '');
    if (!chosen) {
      let opened = false;
      await inApp('open', '', async (path) => {
        opened = await open(path);
        return 'done';
      });
      return opened;
    }
    return chosen.path ? open(chosen.path) : false;
  }, [inApp, native, open]);

  const chooseCopy = useCallback(
    async (dropped?: string): Promise<string | null> => {
      let picked: string | null = null;
      const take = async (path: string): Promise<Attempt> => {
        picked = path;
        return 'done';
      };
      if (dropped !== undefined) {
        await inApp('merge', dropped, take, droppedCopyNote(dropped));
        return picked;
      }
      const chosen = await native('open', '');
      if (chosen) return chosen.path;
      await inApp('merge', '', take);
      return picked;
    },
    [inApp, native],
  );

  const saveProjectAs = useCallback(async () => {
    if (!project) return;
    const suggestion = `${project.name} copy`;
    const saveAt = async (path: string, asked: boolean, onCancel: OnCancel) =>
      settle(await saveAs(path, asked), (e) => replaceRequest(e, onCancel), () => saveAs(path, true), onCancel);
    const chosen = await native('save', suggestion);
    if (!chosen) return inApp('saveAs', suggestion, (path) => saveAt(path, false, 'pick-again'));
    if (!chosen.path) return;
    const path = await propose(chosen.path);
    // The native dialog asked about replacing the file it returned, and only that one: when the
    // backend changed the path (it added `.warrant`), nobody has asked about the file there.
    if (path) await saveAt(path, path === chosen.path, 'stop');
  }, [inApp, native, project, propose, saveAs, settle]);

  return { newProject, openProject, saveProjectAs, chooseCopy };
}
