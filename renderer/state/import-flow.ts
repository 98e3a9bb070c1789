/**
 * The import flow as the workspace shares it: the import's state (progress, summary, cancel),
 * the interchange import's (annotation and QDA files) and `pick`, which asks what to import. Provided by <ImportProvider>.
 */
import { createContext, useContext } from 'react';
import type { ImportState } from './use-import.js';
import type { InterchangeImportState } from './use-interchange-import.js';

/** The import state plus choosing what to import. */
export interface ImportFlow extends ImportState {
  /** Asks for files or a folder: the native dialog in Electron, the browser's picker otherwise. */
  pick(folders: boolean): Promise<void>;
  /** Annotation and QDA files picked or dropped: imported onto the project's annotations. */
  interchange: InterchangeImportState;
}

/** Provided by <ImportProvider>. */
export const ImportContext = createContext<ImportFlow | null>(null);

/** The import flow; only valid below <ImportProvider>. */
export function useImports(): ImportFlow {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useImports() used outside <ImportProvider>');
  return value;
}
