/**
 * Turns what the researcher picked (files, folders, uploaded files) into the list of files to
 * import. Folders are walked recursively; hidden files and folders (".git", ".DS_Store") and
 * editors' lock files are skipped; symbolic links are followed, but a folder already visited is
 * not entered again, so link loops end. Problems found here (a missing path, an unreadable
 * folder, an unsupported or oversized file) become failed entries, not errors.
 */
import type { Dirent, Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '../../shared/limits.js';
import type { ImportSource } from '../../shared/api.js';
import { errorCode, fsErrorReason } from '../common/files.js';
import { formatOf } from '../../shared/formats.js';
import { baseName, tooLargeReason, unsupportedReason } from './formats.js';
import type { ParseJob } from './parse-job.js';

/** One file found: either a job for a worker, or a reason it cannot be imported. */
export interface Candidate {
  /** How the summary names it: the path (or uploaded name) as the researcher knows it. */
  file: string;
  job: ParseJob | null;
  failure: string | null;
}

/** Names that are never articles: hidden files, Office lock files, OS thumbnails. */
function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(?:thumbs\.db|desktop\.ini|icon\r)$/i.test(name);
}

/**
 * Why a path or folder cannot be read, as advice for the codes a walk meets; every other error
 * gets the shared words for its code (electron/common/files.ts), never a bare code or the library's message.
 */
export function walkErrorReason(e: unknown, what: 'file or folder' | 'folder'): string {
  const code = errorCode(e);
  if (code === 'ENOENT') return `No such ${what}.`;
  if (code === 'EACCES' || code === 'EPERM') return `Permission denied: Warrant is not allowed to read this ${what}.`;
  if (code === 'ELOOP') return 'The link points to itself (a symbolic link loop).';
  return `Could not read this ${what}: ${fsErrorReason(e)}.`;
}


/** Lists every file to import from `sources`, in no particular order. Stops early if `signal` aborts. */
export async function collectSources(sources: readonly ImportSource[], signal?: AbortSignal): Promise<Candidate[]> {
  const found: Candidate[] = [];
  const visitedDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const addFile = async (file: string, stat: Stats) => {
    let real = file;
    try {
      real = await fs.realpath(file);
    } catch {
      // keep the path as given; the worker will report it if it cannot be read
    }
    if (seenFiles.has(real)) return; // the same file picked twice (directly and through its folder)
    seenFiles.add(real);
    const name = path.basename(file);
    if (formatOf(name) === null) found.push({ file, job: null, failure: unsupportedReason(name) });
    else if (stat.size > LIMITS.maxImportBytes) found.push({ file, job: null, failure: tooLargeReason(stat.size) });
    else found.push({ file, job: { kind: 'path', path: file, name }, failure: null });
  };

  const walk = async (dir: string): Promise<void> => {
    if (signal?.aborted) return;
    let real: string;
    let entries: Dirent[];
    try {
      real = await fs.realpath(dir);
      if (visitedDirs.has(real)) return;
      visitedDirs.add(real);
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      found.push({ file: dir, job: null, failure: walkErrorReason(e, 'folder') });
      return;
    }
    for (const entry of entries) {
      if (signal?.aborted) return;
      if (isSkippedName(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full);
      } else if (entry.isFile()) {
        try {
          await addFile(full, await fs.stat(full));
        } catch (e) {
          found.push({ file: full, job: null, failure: walkErrorReason(e, 'file or folder') });
        }
      } else if (entry.isSymbolicLink()) {
        let target: Stats;
        try {
          target = await fs.stat(full);
        } catch (e) {
          const reason = errorCode(e) === 'ENOENT' ? 'This is a link to a file or folder that does not exist.' : walkErrorReason(e, 'file or folder');
          found.push({ file: full, job: null, failure: reason });
          continue;
        }
        if (target.isDirectory()) await walk(full);
        else if (target.isFile()) await addFile(full, target);
      }
      // Sockets, pipes and devices inside a folder are not documents: skipped silently.
    }
  };

  for (const source of sources) {
    if (signal?.aborted) break;
    if (source.kind === 'bytes') {
      const segments = source.name.split(/[\\/]/).filter((s) => s !== '');
      // Hidden files are skipped inside an uploaded folder, as in a folder on disk; a file
      // picked on its own is imported whatever its name.
      if (segments.length > 1 && segments.some(isSkippedName)) continue;
      const name = baseName(source.name);
      // base64 carries 3 bytes in 4 characters: the size is known before decoding anything.
      const size = Math.floor((source.dataBase64.replace(/=+$/, '').length * 3) / 4);
      if (formatOf(name) === null) found.push({ file: source.name, job: null, failure: unsupportedReason(name) });
      else if (size > LIMITS.maxImportBytes) found.push({ file: source.name, job: null, failure: tooLargeReason(size) });
      else found.push({ file: source.name, job: { kind: 'bytes', name: source.name, base64: source.dataBase64 }, failure: null });
      continue;
    }
    let stat: Stats;
    try {
      stat = await fs.stat(source.path);
    } catch (e) {
      found.push({ file: source.path, job: null, failure: walkErrorReason(e, 'file or folder') });
      continue;
    }
    if (stat.isDirectory()) await walk(source.path);
    else if (stat.isFile()) await addFile(source.path, stat);
    else found.push({ file: source.path, job: null, failure: 'This is not a regular file (it is a device, pipe or socket).' });
  }
  return found;
}
