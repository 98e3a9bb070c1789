/** The app area: `app.*` and `dialog.*` — what the shell is, and its native dialogs. */
import { WarrantError } from '../../../shared/result.js';
import type { AreaHandlers } from '../areas.js';
import type { ServerContext } from '../context.js';

/** Handlers of the app area. */
export function appArea(ctx: ServerContext): AreaHandlers<'app'> {
  const { options } = ctx;
  const dialogs = () => {
    if (!options.dialogs) throw new WarrantError('unsupported', 'Native dialogs are only available in the desktop app.');
    return options.dialogs;
  };
  return {
    'app.info': async () => ({
      shell: options.shell,
      version: options.version,
    }),
    'dialog.openProject': async () => dialogs().openProject(),
    'dialog.saveProject': async ({ suggestedName }) => dialogs().saveProject(suggestedName),
    'dialog.importPaths': async ({ folders }) => dialogs().importPaths(folders),
    'dialog.exportPath': async ({ suggestedName, format }) => dialogs().exportPath(suggestedName, format),
    // Warrant's own file browser exists only where there are no native dialogs and the folders
    // are confined: `warrant serve` answers this method itself (electron/serve/list-dir.ts).
    'dialog.listDir': async () => {
      throw new WarrantError('unsupported', 'Browsing folders is only available in the browser (`warrant serve`); the desktop app uses the system’s file dialogs.');
    },
  };
}
