/**
 * Reading and writing `.warrant` project files. Reading validates the whole file and never
 * writes; writing is atomic (temp file + fsync + rename) so a crash mid-save cannot leave a
 * truncated project, and the file as it was before is kept as `<file>.bak`.
 */
import { copyFile, open, rename, stat, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { findIntegrityProblem } from '../../shared/annotations/integrity.js';
import { CURRENT_SCHEMA_VERSION, ProjectFile, ProjectFileV1, ProjectFileV2 } from '../../shared/model.js';
import { WarrantError } from '../../shared/result.js';
import { formatIssue, formatIssues } from '../../shared/schemas.js';
import { errorCode, exists, formatBytes, fsErrorReason } from '../common/files.js';
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
export async function readProjectFileWithInfo(path: string): Promise<{ project: ProjectFile; migratedFrom: number | null }> {
  const name = basename(path);
  let raw: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WarrantError('not-found', `“${name}” is a folder, not a Warrant project file.`);
    if (info.size > MAX_PROJECT_BYTES) {
      throw new WarrantError('corrupt-project', `“${name}” is ${formatBytes(info.size)}; Warrant opens project files up to ${formatBytes(MAX_PROJECT_BYTES)}.`);
    }
    const handle = await open(path, 'r');
    try {
      raw = await handle.readFile({ encoding: 'utf8' });
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof WarrantError) throw e;
    throw ioError(e, path, 'read');
  }
  return parseWithVersion(raw, name);
}

/** Copies the file as it is to `target` unless that exists already (used before migrating). */
export async function keepCopy(path: string, target: string): Promise<void> {
  if (await exists(target)) return;
  const temp = `${target}.${process.pid}.tmp`;
  await copyFile(path, temp);
  await rename(temp, target);
}

function parseWithVersion(text: string, name: string): { project: ProjectFile; migratedFrom: number | null } {
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
    const old = (version === 1 ? ProjectFileV1 : ProjectFileV2).safeParse(json);
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
  return { project: parsed.data, migratedFrom: version < CURRENT_SCHEMA_VERSION ? version : null };
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
  } catch (e) {
    throw ioError(e, path, 'save');
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
