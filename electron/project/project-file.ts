/**
 * Reading and writing `.warrant` project files. Reading validates the whole file and never
 * writes; writing is atomic (temp file + fsync + rename) so a crash mid-save cannot leave a
 * truncated project, and the file as it was before is kept as `<file>.bak`.
 */
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { copyFile, type FileHandle, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { findIntegrityProblem } from '../../shared/annotations/integrity.js';
import { type Article, CURRENT_SCHEMA_VERSION, PROJECT_FILE_SCHEMAS, ProjectFile } from '../../shared/model.js';
import { WarrantError } from '../../shared/result.js';
import { formatIssue, formatIssues } from '../../shared/schemas.js';
import { errorCode, exists, formatBytes, fsErrorReason } from '../common/files.js';
import { setAsideArticles } from './set-aside.js';
import { migrateToCurrent } from './migrations.js';
import { serializeProject, validateForSave } from './serialize.js';

/** Largest project file we try to read: beyond this a JSON string no longer fits in V8. */
const MAX_PROJECT_BYTES = 480 * 1024 * 1024;

/** The backup kept beside a project file. */
export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

/** Reads, parses, migrates and validates a project file. Throws WarrantError with a readable message. */
export async function readProjectFile(path: string): Promise<ProjectFile> {
  return (await readProjectFileWithInfo(path)).project;
}

/** As readProjectFile, also saying which older format the file was migrated from (or null). */
export async function readProjectFileWithInfo(
  path: string,
  options: { setAsideDamaged?: boolean } = {},
): Promise<{ project: ProjectFile; migratedFrom: number | null; setAside: string[] }> {
  const name = basename(path);
  let raw: string;
  try {
    // Check what the path is before opening it: opening a FIFO blocks until a writer comes, and
    // a device such as /dev/zero never ends.
    checkReadable(await stat(path), name);
    // O_NONBLOCK: if the path was swapped for a FIFO since, opening it still returns at once
    // (on regular files the flag changes nothing); the handle is checked again below.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      checkReadable(info, name);
      raw = await readAtMost(handle, info.size);
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof WarrantError) throw e;
    throw ioError(e, path, 'read');
  }
  return parseWithVersion(raw, name, path, options);
}

/** Refuses anything but a regular file of a size we can read, naming the file (never its content). */
function checkReadable(info: Stats, name: string): void {
  if (info.isDirectory()) throw new WarrantError('not-found', `“${name}” is a folder, not a Warrant project file.`);
  if (!info.isFile()) {
    throw new WarrantError('corrupt-project', `“${name}” is ${kindOf(info)}, not a Warrant project file; Warrant opens only regular files.`);
  }
  if (info.size > MAX_PROJECT_BYTES) {
    throw new WarrantError('corrupt-project', `“${name}” is ${formatBytes(info.size)}; Warrant opens project files up to ${formatBytes(MAX_PROJECT_BYTES)}.`);
  }
}

/** What a path that is not a regular file is, in words. */
function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads the file's `size` bytes as UTF-8, and no more even if it grows meanwhile. */
async function readAtMost(handle: FileHandle, size: number): Promise<string> {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.toString('utf8', 0, filled);
}

/** Copies the file as it is to `target` unless that exists already (used before migrating). */
export async function keepCopy(path: string, target: string): Promise<void> {
  if (await exists(target)) return;
  const temp = `${target}.${process.pid}.tmp`;
  await copyFile(path, temp);
  await rename(temp, target);
}

function parseWithVersion(text: string, name: string, path: string, options: { setAsideDamaged?: boolean }): { project: ProjectFile; migratedFrom: number | null; setAside: string[] } {
  // Editors such as Notepad put a byte-order mark in front of JSON they save; it is not damage.
  const raw = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (raw.trim() === '') throw new WarrantError('corrupt-project', `“${name}” is empty — it is not a usable Warrant project (was a save interrupted by another program?).`);
  // Anything that does not even start like a JSON object is some other file: say so, and do not
  // quote its contents back (it could be anything on the user's disk).
  if (!raw.trimStart().startsWith('{')) throw new WarrantError('corrupt-project', `“${name}” is not a Warrant project file.`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new WarrantError('corrupt-project', `“${name}” is damaged: it is not valid JSON${jsonErrorWhere(e)}. The file may be truncated. Try its backup “${name}.bak” if there is one.`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== 'warrant-project') {
    throw new WarrantError('corrupt-project', `“${name}” is not a Warrant project file (no "format": "warrant-project" marker).`);
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new WarrantError('corrupt-project', `“${name}” has no valid schemaVersion, so Warrant cannot tell how to read it.`);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new WarrantError('newer-version', `“${name}” was saved by a newer version of Warrant (project format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Warrant to open it; the file was not changed.`);
  }
  if (version < CURRENT_SCHEMA_VERSION) {
    // Check an old file against its own format first: migrating must not drop data it holds.
    const old = (PROJECT_FILE_SCHEMAS[version] as z.ZodType).safeParse(json);
    if (!old.success) {
      throw new WarrantError('corrupt-project', `“${name}” is damaged or was edited by hand: ${formatIssues(old.error)}. The file was not changed.`);
    }
  }
  const migrated = migrateToCurrent(json as { schemaVersion: number });
  const parsed = ProjectFile.safeParse(migrated);
  if (!parsed.success) {
    throw new WarrantError('corrupt-project', `“${name}” is damaged or was edited by hand: ${formatIssues(parsed.error)}. The file was not changed.`);
  }
  const problem = findIntegrityProblem(parsed.data);
  if (problem) throw new WarrantError('corrupt-project', `“${name}” is damaged: ${problem}. The file was not changed.`);
  const damaged = damagedArticles(parsed.data.articles);
  const migratedFrom = version < CURRENT_SCHEMA_VERSION ? version : null;
  if (damaged.length > 0 && !options.setAsideDamaged) {
    throw new WarrantError('corrupt-project', `“${name}” is damaged: ${describeDamaged(damaged)}. The file was not changed. Warrant can open the rest of the project read-only.`, {
      path,
      file: name,
      recovery: 'open-read-only',
    });
  }
  return { project: setAsideArticles(parsed.data, damaged, new Date().toISOString()), migratedFrom, setAside: damaged.map((a) => a.title) };
}

/**
 * Articles whose text no longer matches their `contentHash` (SHA-256 of the text as UTF-8, taken
 * at import): a flipped byte that keeps the length is caught here. Measured: ~0.05 s
 * for a 50 MB corpus (8,000 articles, Node 24), so it runs on the read path.
 */
export function damagedArticles(articles: readonly Article[]): Article[] {
  return articles.filter((a) => createHash('sha256').update(a.text, 'utf8').digest('hex') !== a.contentHash);
}

/** Names damaged articles by title (shortened), never quoting their text. */
function describeDamaged(damaged: readonly Article[]): string {
  const shown = damaged.slice(0, 3).map((a) => `“${shortTitle(a.title)}”`);
  const more = damaged.length > shown.length ? ` and ${(damaged.length - shown.length).toLocaleString('en-US')} more` : '';
  const which = damaged.length === 1 ? `the text of the article ${shown[0]} does not` : `the texts of ${damaged.length.toLocaleString('en-US')} articles (${shown.join(', ')}${more}) do not`;
  return `${which} match the checksum recorded when ${damaged.length === 1 ? 'it was' : 'they were'} imported (the file was changed outside Warrant or by a disk error)`;
}

function shortTitle(title: string): string {
  const chars = [...title];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : title;
}

/**
 * Writes the project atomically. When `keepBackup` is set and a file already exists at `path`,
 * it is first copied (atomically, too) to `<path>.bak`.
 */
export async function writeProjectFile(path: string, project: ProjectFile, keepBackup: boolean): Promise<void> {
  const name = basename(path);
  // Validate before writing: a bug must never put an unreadable file on disk.
  const invalid = validateForSave(project);
  if (invalid) {
    throw new WarrantError('internal', `Refusing to save “${name}”: the project data is invalid (${formatIssue(invalid)}).`);
  }
  // A file that would be refused on reopen must not replace a good one.
  const problem = findIntegrityProblem(project);
  if (problem) throw new WarrantError('internal', `Refusing to save “${name}”: ${problem}. This is a bug in Warrant; your last saved version is untouched.`);
  const json = serializeProject(project);
  try {
    if (keepBackup && (await exists(path))) {
      const backup = backupPathFor(path);
      const temp = `${backup}.${process.pid}.tmp`;
      await copyFile(path, temp);
      await rename(temp, backup).catch(async (e: unknown) => {
        await unlink(temp).catch(() => undefined);
        throw e;
      });
    }
    await writeFileAtomic(path, json, { fsync: true });
    // The rename is only durable (power loss, not just a crash) once the folder is synced.
    await syncFolder(dirname(path));
  } catch (e) {
    throw ioError(e, path, 'save');
  }
}

/** fsyncs a folder; platforms that cannot (Windows opens no folders) are left as they are. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (e) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(errorCode(e) ?? '')) throw e;
  } finally {
    await handle?.close();
  }
}
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'EPERM', 'EACCES', 'ENOTSUP', 'EBADF']);

/** How old a temp file must be before it counts as left behind by a crash (ms). */
const STALE_TEMP_AGE_MS = 60_000;

/**
 * Removes temp files our own atomic saves left beside `path` after a crash. write-file-atomic
 * names them `<file>.<unsigned 32-bit number>` (see its getTmpname); only files named exactly so
 * for this project file, older than a minute and holding the start of a Warrant project (or
 * nothing) are removed. Returns their names. Never throws: a leftover that stays is harmless.
 */
export async function removeStaleTempFiles(path: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  try {
    // write-file-atomic puts its temp file beside the real file (symbolic links resolved).
    const real = await realpath(path).catch(() => path);
    const folder = dirname(real);
    const prefix = `${basename(real)}.`;
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.startsWith(prefix)) continue;
      const suffix = entry.name.slice(prefix.length);
      // write-file-atomic's `<file>.<n>`; our own copies' `<file>.bak.<pid>.tmp` (the backup) and
      // `<file>.format-<n>.bak.<pid>.tmp` (before migrating) — each a whole project, left by a kill.
      const atomic = /^\d{1,10}$/.test(suffix) && Number(suffix) <= 0xffffffff;
      if (!atomic && !/^(?:format-\d{1,3}\.)?bak\.\d{1,10}\.tmp$/.test(suffix)) continue;
      const leftover = join(folder, entry.name);
      const info = await stat(leftover).catch(() => null);
      if (!info?.isFile() || now - info.mtimeMs < STALE_TEMP_AGE_MS) continue;
      if (!(await startsLikeProject(leftover))) continue;
      await unlink(leftover).then(
        () => removed.push(entry.name),
        () => undefined,
      );
    }
  } catch {
    // An unreadable folder: nothing to clean.
  }
  return removed;
}

/** The first bytes every project file we write starts with (see serializeProject). */
const PROJECT_START = Buffer.from('{"format":"warrant-project"');

/** True when the file is empty or starts as (a prefix of) our own serialization does. */
async function startsLikeProject(path: string): Promise<boolean> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(PROJECT_START.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).equals(PROJECT_START.subarray(0, bytesRead));
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

/** A failed read or save, in the shared words for OS errors (a missing file on read is `not-found`). */
function ioError(e: unknown, path: string, verb: 'read' | 'save'): WarrantError {
  const code = errorCode(e);
  const file = basename(path);
  // Saving, a missing path can only be the folder: the file itself is being created.
  const reason = code === 'ENOENT' && verb === 'save' ? 'its folder does not exist' : fsErrorReason(e);
  return new WarrantError(code === 'ENOENT' && verb === 'read' ? 'not-found' : 'io', `Could not ${verb} “${file}”: ${reason}.`, { path, file });
}

/**
 * Where JSON.parse gave up (" (at character 1,234)", or ''), never its message: V8 quotes the
 * offending text there, and a message must not echo the file's content.
 */
function jsonErrorWhere(e: unknown): string {
  const at = /at position (\d+)/.exec(e instanceof Error ? e.message : '');
  return at ? ` (at character ${Number(at[1]).toLocaleString('en-US')})` : '';
}
