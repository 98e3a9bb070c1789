/** Native open/save dialogs for the desktop app. */
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../server/backend.js';

const PROJECT_FILTER = { name: 'Warrant project', extensions: ['warrant'] };
const ARTICLE_FILTER = { name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] };

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
      const options = { defaultPath: suggestedName.endsWith('.warrant') ? suggestedName : `${suggestedName}.warrant`, filters: [PROJECT_FILTER] };
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async importPaths(folders) {
      const w = parent();
      const options = folders
        ? { properties: ['openDirectory' as const, 'multiSelections' as const] }
        : { properties: ['openFile' as const, 'multiSelections' as const], filters: [ARTICLE_FILTER] };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? [] : r.filePaths;
    },
  };
}
