/**
 * Which files Warrant can import, decided by extension, and the messages for those it cannot.
 */
import { LIMITS, type ArticleFormat } from '../../shared/model.js';

/** Extension (lower case, with dot) -> the format that parses it. */
const EXTENSIONS: ReadonlyMap<string, ArticleFormat> = new Map<string, ArticleFormat>([
  ['.txt', 'txt'],
  ['.md', 'md'],
  ['.markdown', 'md'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.pdf', 'pdf'],
  ['.docx', 'docx'],
]);

/** Supported extensions, for messages and file pickers. */
export const SUPPORTED_EXTENSIONS: readonly string[] = [...EXTENSIONS.keys()];

/** The extension of a file name, lower case with its dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  // A leading dot names a hidden file (".profile"), not an extension.
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

/** The format that parses `fileName`, or null when the extension is not supported. */
export function formatOf(fileName: string): ArticleFormat | null {
  return EXTENSIONS.get(extensionOf(fileName)) ?? null;
}

/** Why `fileName` cannot be imported, naming its extension and what is supported. */
export function unsupportedReason(fileName: string): string {
  const ext = extensionOf(fileName);
  const supported = `Supported formats: ${SUPPORTED_EXTENSIONS.join(', ')}.`;
  if (ext === '') return `The file has no extension, so its format is unknown. ${supported}`;
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

/** File size for messages: "812 bytes", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** Why a file over the size limit is refused: its size and the limit (exact bytes when they round alike). */
export function tooLargeReason(size: number): string {
  const limit = formatBytes(LIMITS.maxImportBytes);
  let shown = formatBytes(size);
  if (shown === limit) shown = `${size.toLocaleString('en-US')} bytes`;
  return `The file is ${shown}, larger than the import limit of ${limit}.`;
}
