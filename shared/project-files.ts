/** Facts about project files that every layer needs: their extension and display name. */

/** File extension of Warrant projects, with its dot. */
export const PROJECT_EXTENSION = '.warrant';

/** What a file dialog calls project files. */
export const PROJECT_FILE_LABEL = 'Warrant project';

/** True when `fileName` ends in the project extension (any case). */
export function hasProjectExtension(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(PROJECT_EXTENSION);
}
