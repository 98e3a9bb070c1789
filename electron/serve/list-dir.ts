/**
 * `dialog.listDir` for `warrant serve`: Warrant's own file browser lists a folder's subfolders
 * and the files it can use, and nothing outside the folders the server may use (confine.ts).
 * The same Confinement that guards every other path argument decides, so the browser never
 * shows a place whose files Open or Save would then refuse.
 *
 * What is never shown: hidden entries (a leading dot), entries a symlink leads out of the
 * allowed folders (their names would tell a page what lies elsewhere), and files of other kinds.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { MAX_DIR_ENTRIES, type DirEntry, type DirListing, type DirRoot, type ListDirShow } from '../../shared/api-files.js';
import { INTERCHANGE_IMPORT_EXTENSIONS } from '../../shared/export-formats.js';
import { extensionOf, IMPORT_EXTENSIONS } from '../../shared/formats.js';
import { PROJECT_EXTENSION } from '../../shared/project-files.js';
import { WarrantError } from '../../shared/result.js';
import { errorCode, fsErrorReason } from '../common/files.js';
import { isInside, realLocation, type Confinement } from './confine.js';

/** Extensions each kind of listing shows (from the formats registries, never a list of its own). */
const SHOWN: Record<ListDirShow, ReadonlySet<string>> = {
  projects: new Set([PROJECT_EXTENSION]),
  // What "Import" accepts: articles, annotation and QDA files, and project copies (merged).
  imports: new Set([...IMPORT_EXTENSIONS, ...INTERCHANGE_IMPORT_EXTENSIONS, PROJECT_EXTENSION]),
};

/** Entries stat-ed at once: enough to be quick, few enough not to exhaust file handles. */
const STAT_BATCH = 64;

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' });

/** A folder's display name: its base name, or the path itself for a drive or `/`. */
const folderName = (path: string): string => basename(path) || path;

/** The allowed folders that exist, as roots (a default projects folder not made yet is left out). */
async function existingRoots(confinement: Confinement): Promise<DirRoot[]> {
  const found = await Promise.all(
    confinement.folders.map(async (path) => ((await stat(path).catch(() => null))?.isDirectory() ? { name: folderName(path), path } : null)),
  );
  return found.filter((r): r is DirRoot => r !== null);
}

/** The innermost allowed folder holding `real` (a real location); undefined when none does. */
function rootOf(real: string, confinement: Confinement): string | undefined {
  return confinement.folders.filter((f) => isInside(real, f)).sort((a, b) => b.length - a.length)[0];
}

/** Breadcrumbs from `root` down to `real`. */
function crumbsOf(real: string, root: string): DirRoot[] {
  const crumbs: DirRoot[] = [{ name: folderName(root), path: root }];
  let at = root;
  for (const segment of relative(root, real).split(sep)) {
    if (!segment) continue;
    at = join(at, segment);
    crumbs.push({ name: segment, path: at });
  }
  return crumbs;
}

/** Why a folder could not be listed, as an error a researcher can act on. */
function unreadable(path: string, e: unknown): WarrantError {
  const code = errorCode(e);
  if (code === 'ENOENT') return new WarrantError('not-found', `The folder “${path}” does not exist (moved or deleted?).`, { path });
  if (code === 'ENOTDIR') return new WarrantError('bad-args', `“${path}” is a file, not a folder.`, { path, reason: 'not a folder' });
  return new WarrantError('io', `Could not list the folder “${path}”: ${fsErrorReason(e)}.`, { path });
}

/**
 * Lists `path` (or, without one, the allowed folders) for Warrant's file browser. Refuses a path
 * outside the allowed folders after resolving symlinks and `..` (a `bad-args` naming it).
 */
export async function listDir(confinement: Confinement, args: { path?: string | undefined; show: ListDirShow }): Promise<DirListing> {
  const roots = await existingRoots(confinement);
  if (args.path === undefined) {
    const entries: DirEntry[] = roots.map((r) => ({ name: r.name, path: r.path, kind: 'folder' }));
    return { path: null, parent: null, crumbs: [], roots, entries, truncated: false };
  }
  await confinement.check(args.path);
  const real = await realLocation(args.path);
  const root = rootOf(real, confinement);
  // check() passed, so a root holds it; this only keeps the compiler and a racing rename honest.
  if (root === undefined) return confinement.check(real).then(() => listDir(confinement, { show: args.show }));

  const names = await readdir(real, { withFileTypes: true }).catch((e: unknown) => {
    throw unreadable(args.path ?? real, e);
  });
  const shown = SHOWN[args.show];
  const candidates = names
    .filter((d) => !d.name.startsWith('.'))
    // Files of other kinds are never stat-ed; links are, to learn what they point at.
    .filter((d) => d.isDirectory() || d.isSymbolicLink() || (d.isFile() && shown.has(extensionOf(d.name))))
    .sort(byName);

  const folders: DirEntry[] = [];
  const files: DirEntry[] = [];
  let truncated = false;
  for (let i = 0; i < candidates.length; i += STAT_BATCH) {
    const batch = await Promise.all(candidates.slice(i, i + STAT_BATCH).map((d) => describe(join(real, d.name), d.name, d.isSymbolicLink(), shown, confinement)));
    for (const entry of batch) {
      if (!entry) continue;
      if (folders.length + files.length >= MAX_DIR_ENTRIES) {
        truncated = true;
        break;
      }
      (entry.kind === 'folder' ? folders : files).push(entry);
    }
    if (truncated) break;
  }
  const parentPath = join(real, '..');
  return {
    path: real,
    parent: real === root ? null : parentPath,
    crumbs: crumbsOf(real, root),
    roots,
    entries: [...folders, ...files],
    truncated,
  };
}

/** One entry, or null when it is not shown (a link out of the allowed folders, a broken link, another kind of file). */
async function describe(path: string, name: string, isLink: boolean, shown: ReadonlySet<string>, confinement: Confinement): Promise<DirEntry | null> {
  if (isLink) {
    const target = await realLocation(path).catch(() => null);
    if (target === null || !confinement.folders.some((f) => isInside(target, f))) return null;
  }
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  if (info.isDirectory()) return { name, path, kind: 'folder' };
  if (!info.isFile() || !shown.has(extensionOf(name))) return null;
  return { name, path, kind: 'file', size: info.size, modified: info.mtime.toISOString() };
}
