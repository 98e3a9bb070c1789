/**
 * The importer's messages about files: why one cannot be imported (its extension, its size),
 * and the names and sizes those messages show. Which extensions are imported is the format
 * registry's (shared/formats.ts).
 */
import { IMPORT_EXTENSIONS, extensionOf } from '../../shared/formats.js';
import { PROJECT_EXTENSION } from '../../shared/project-files.js';
import { LIMITS } from '../../shared/limits.js';
import { formatBytes } from '../common/files.js';

/** Why `fileName` cannot be imported, naming its extension and what is supported. */
export function unsupportedReason(fileName: string): string {
  const ext = extensionOf(fileName);
  const supported = `Supported formats: ${IMPORT_EXTENSIONS.join(', ')}.`;
  if (ext === '') return `The file has no extension, so its format is unknown. ${supported}`;
  if (ext === PROJECT_EXTENSION) {
    return `This is a Warrant project, not an article: use “Merge a colleague’s copy…” (File menu) to bring in its work.`;
  }
  if (ext === '.doc') {
    return `Old Word ${ext} files are not supported; open it in Word or LibreOffice and save it as .docx. ${supported}`;
  }
  return `${ext} files are not supported. ${supported}`;
}

/** Base name of a path that may use either separator (names from a browser upload can be Windows paths). */
export function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts.filter((p) => p !== '').pop() ?? name;
}

/** Why a file over the size limit is refused: its size and the limit (exact bytes when they round alike). */
export function tooLargeReason(size: number): string {
  const limit = formatBytes(LIMITS.maxImportBytes);
  let shown = formatBytes(size);
  if (shown === limit) shown = `${size.toLocaleString('en-US')} bytes`;
  return `The file is ${shown}, larger than the import limit of ${limit}.`;
}
