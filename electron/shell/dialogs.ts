/** Native open/save dialogs for the desktop app. Their file filters come from the registries in shared/. */
import { dialog, type BrowserWindow } from 'electron';
import { exportFormat } from '../../shared/export-formats.js';
import { importDialogFilters } from '../../shared/formats.js';
import { hasProjectExtension, PROJECT_EXTENSION, PROJECT_FILE_LABEL } from '../../shared/project-files.js';
import type { Dialogs } from '../server/context.js';

// Electron names extensions without the dot.
const PROJECT_FILTER = { name: PROJECT_FILE_LABEL, extensions: [PROJECT_EXTENSION.slice(1)] };

/** Dialogs attached to the current main window. */
export function createDialogs(window: () => BrowserWindow | null): Dialogs {
  const parent = (): BrowserWindow | undefined => window() ?? undefined;
  return {
    async openProject() {
      const w = parent();
      const options = { properties: ['openFile' as const], filters: [PROJECT_FILTER] };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async saveProject(suggestedName) {
      const w = parent();
      const options = { defaultPath: hasProjectExtension(suggestedName) ? suggestedName : `${suggestedName}${PROJECT_EXTENSION}`, filters: [PROJECT_FILTER] };
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async importPaths(folders) {
      const w = parent();
      const options = folders
        ? { properties: ['openDirectory' as const, 'multiSelections' as const] }
        : { properties: ['openFile' as const, 'multiSelections' as const], filters: importDialogFilters() };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? [] : r.filePaths;
    },
    async exportPath(suggestedName, format) {
      const w = parent();
      const f = exportFormat(format);
      // The native dialog asks before replacing a file, so the UI writes with `overwrite` after it.
      const options = {
        defaultPath: suggestedName,
        filters: [{ name: f.label, extensions: [f.extension.slice(1)] }],
        // macOS and Windows always ask before replacing a file; GTK only when told to.
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
