/**
 * Turns files the researcher picked or dropped into import sources (browser shell, and drops in
 * Electron): reads them as base64 and walks dropped folders. Files Warrant will not send are
 * returned as failures with a reason, so the import summary can list them — none are dropped
 * silently.
 */
import type { ImportSource } from '../../shared/api.js';
import { fileInputAccept, importPickerAccept, isInterchangeFile } from '../../shared/formats.js';
import { LIMITS } from '../../shared/model.js';
import { hasProjectExtension } from '../../shared/project-files.js';
import { formatCount } from './format.js';

/** The `accept` list of the import file input: the format registry's extensions (shared/formats.ts). */
export const IMPORT_ACCEPT = fileInputAccept();

/**
 * What the "Import files" picker offers: the article formats, annotation and QDA files (sent to
 * the interchange import) and project files, which are offered for merging (see
 * separateProjectFiles and separateInterchangeFiles).
 */
export const IMPORT_PICKER_ACCEPT = importPickerAccept();

/** A file and the name shown for it (its path relative to the picked or dropped folder). */
export interface PickedFile {
  file: File;
  name: string;
}

/** A file the UI refused to send, with the reason shown in the import summary. */
export interface LocalFailure {
  file: string;
  reason: string;
}

/** True for hidden files and files in hidden folders (".DS_Store", ".git/…"), which are skipped. */
export function isHiddenPath(name: string): boolean {
  return name.split('/').some((part) => part.startsWith('.'));
}

/** Files from an <input type=file>, named by their folder-relative path when there is one. */
export function fromFileList(list: FileList | readonly File[]): PickedFile[] {
  return Array.from(list, (file) => ({ file, name: file.webkitRelativePath || file.name }));
}

/**
 * What was dropped: folder-aware entries when the browser offers them, plain files otherwise.
 * Must be called synchronously inside the drop handler — the items expire after it returns.
 */
export function droppedItems(dt: DataTransfer): { entries: FileSystemEntry[]; files: File[] } {
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
  }
  return entries.length > 0 ? { entries, files: [] } : { entries, files: Array.from(dt.files) };
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/**
 * Walks dropped entries depth-first and returns every file, named by its path inside the drop
 * ("folder/sub/file.txt"). Hidden files and folders are skipped; unreadable ones are reported.
 */
export async function walkEntries(entries: readonly FileSystemEntry[]): Promise<{ files: PickedFile[]; failed: LocalFailure[] }> {
  const files: PickedFile[] = [];
  const failed: LocalFailure[] = [];
  const visit = async (entry: FileSystemEntry): Promise<void> => {
    const name = entry.fullPath.replace(/^\/+/, '') || entry.name;
    if (isHiddenPath(name)) return;
    try {
      if (entry.isFile) {
        files.push({ file: await entryFile(entry as FileSystemFileEntry), name });
      } else if (entry.isDirectory) {
        const reader = (entry as FileSystemDirectoryEntry).createReader();
        // readEntries returns the folder in batches (100 at a time in Chromium) until empty.
        for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
          for (const child of batch) await visit(child);
        }
      }
    } catch (e) {
      failed.push({ file: name, reason: `Could not be read from the dropped ${entry.isDirectory ? 'folder' : 'file'} (${String(e)}).` });
    }
  };
  for (const entry of entries) await visit(entry);
  return { files, failed };
}

/** Reads a file's bytes as base64 (without the data-URL prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** Options of toByteSources. */
export interface ReadOptions {
  /** Called after each file with the number of files read so far. */
  onProgress?: (done: number) => void;
  /** Stops reading; the files read so far are returned. */
  signal?: AbortSignal;
}

/**
 * Reads picked files into byte sources. Files over the import size limit, and files the
 * browser cannot read, become failures instead of sources.
 */
export async function toByteSources(
  files: readonly PickedFile[],
  { onProgress, signal }: ReadOptions = {},
): Promise<{ sources: ImportSource[]; failed: LocalFailure[] }> {
  const sources: ImportSource[] = [];
  const failed: LocalFailure[] = [];
  const limitMb = formatCount(LIMITS.maxImportBytes / (1024 * 1024));
  let done = 0;
  for (const { file, name } of files) {
    if (signal?.aborted) break;
    onProgress?.(done++);
    if (file.size > LIMITS.maxImportBytes) {
      failed.push({ file: name, reason: `The file is larger than Warrant’s import limit of ${limitMb} MB.` });
      continue;
    }
    try {
      sources.push({ kind: 'bytes', name, dataBase64: await readAsBase64(file) });
    } catch (e) {
      failed.push({ file: name, reason: `The browser could not read the file (${e instanceof Error ? e.message : String(e)}).` });
    }
  }
  return { sources, failed };
}

/**
 * Splits sources into batches of at most `maxChars` of base64 (and at least one source each),
 * so one huge drop does not become one enormous request.
 */
export function batchSources(sources: readonly ImportSource[], maxChars = 24 * 1024 * 1024): ImportSource[][] {
  const batches: ImportSource[][] = [];
  let current: ImportSource[] = [];
  let size = 0;
  for (const s of sources) {
    const n = s.kind === 'bytes' ? s.dataBase64.length : s.path.length;
    if (current.length > 0 && size + n > maxChars) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += n;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Why a project file found inside an imported folder was not imported. */
export const PROJECT_IN_FOLDER_REASON =
  'A Warrant project, not an article. To bring a colleague’s work on this project into yours, use Merge a colleague’s copy… (File menu or toolbar).';

/** Why a second project file picked or dropped at once was set aside. */
export const PROJECT_ONE_AT_A_TIME_REASON = 'A Warrant project: copies are merged one at a time. Merge it after the first with Merge a colleague’s copy….';

/**
 * Picked or dropped files sorted into articles to import and a project file to offer for
 * merging (`.warrant` — importing one used to fail as an unsupported format). Only a project
 * file picked or dropped on its own is offered, and one at a time; one found inside a folder
 * is listed as a failure saying how to merge it, never silently dropped.
 */
export function separateProjectFiles(files: readonly PickedFile[]): { project: PickedFile | null; articles: PickedFile[]; failed: LocalFailure[] } {
  let project: PickedFile | null = null;
  const articles: PickedFile[] = [];
  const failed: LocalFailure[] = [];
  for (const f of files) {
    if (!hasProjectExtension(f.name)) articles.push(f);
    else if (f.name.includes('/')) failed.push({ file: f.name, reason: PROJECT_IN_FOLDER_REASON });
    else if (project) failed.push({ file: f.name, reason: PROJECT_ONE_AT_A_TIME_REASON });
    else project = f;
  }
  return { project, articles, failed };
}

/** The same for paths chosen in the desktop import dialog: the first project file is offered for merging. */
export function separateProjectPaths(paths: readonly string[]): { project: string | null; others: string[] } {
  const project = paths.find((p) => hasProjectExtension(p)) ?? null;
  return { project, others: paths.filter((p) => p !== project) };
}

/** Why an annotation or QDA file found inside an imported folder was not imported. */
export const INTERCHANGE_IN_FOLDER_REASON =
  'An annotations or QDA project file, not an article. Import it on its own (Import Files…, or drop just that file) to add its highlights and claims.';

/**
 * Picked or dropped files sorted into annotation and QDA files (`.qdpx`, `.jsonld`, `.json`),
 * imported onto the project's annotations one by one, and the rest. One found inside a folder is
 * listed as a failure saying how to import it: a folder of articles often holds unrelated JSON.
 */
export function separateInterchangeFiles(files: readonly PickedFile[]): { interchange: PickedFile[]; others: PickedFile[]; failed: LocalFailure[] } {
  const interchange: PickedFile[] = [];
  const others: PickedFile[] = [];
  const failed: LocalFailure[] = [];
  for (const f of files) {
    if (!isInterchangeFile(f.name)) others.push(f);
    else if (f.name.includes('/')) failed.push({ file: f.name, reason: INTERCHANGE_IN_FOLDER_REASON });
    else interchange.push(f);
  }
  return { interchange, others, failed };
}

/** The same for paths chosen in the desktop import dialog (a folder chosen there is left to the importer). */
export function separateInterchangePaths(paths: readonly string[]): { interchange: string[]; others: string[] } {
  return { interchange: paths.filter((p) => isInterchangeFile(p)), others: paths.filter((p) => !isInterchangeFile(p)) };
}
