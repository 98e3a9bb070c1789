/**
 * The contract of Warrant's own file browser (`dialog.listDir`): in the browser there is no
 * native file dialog, so the page browses the backend's folders through this one method.
 * `warrant serve` answers it only inside the folders it was allowed to use (electron/serve/),
 * the same ones every other path argument is confined to.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';

const path = z.string().min(1).max(LIMITS.maxPathLength);
const name = z.string().max(LIMITS.maxPathLength);

/** Which files a listing shows besides folders: project files, or files Warrant imports. */
export const ListDirShow = z.enum(['projects', 'imports']);
export type ListDirShow = z.infer<typeof ListDirShow>;

/** The most entries one listing holds; a folder with more says so (`truncated`). */
export const MAX_DIR_ENTRIES = 2_000;

/** Arguments of `dialog.listDir`: no `path` lists the allowed folders themselves. */
export const ListDirArgs = z.object({ path: path.optional(), show: ListDirShow }).strict();

/** One folder or file in a listing. */
export const DirEntry = z
  .object({
    name,
    /** The entry's full path on the backend's disk, for the next call or the answer. */
    path,
    kind: z.enum(['folder', 'file']),
    /** Bytes, for files. */
    size: z.number().int().nonnegative().optional(),
    /** Last modified, ISO 8601, for files. */
    modified: z.iso.datetime().optional(),
  })
  .strict();
export type DirEntry = z.infer<typeof DirEntry>;

/** A place the browser may start from: an allowed folder. */
export const DirRoot = z.object({ name, path }).strict();
export type DirRoot = z.infer<typeof DirRoot>;

/** What `dialog.listDir` answers. */
export const DirListing = z
  .object({
    /** The folder listed (real location), or null for the list of allowed folders. */
    path: path.nullable(),
    /** Its parent when that is still inside an allowed folder; null at a root or in the root list. */
    parent: path.nullable(),
    /** From the allowed folder it is in down to it, for breadcrumbs (empty for the root list). */
    crumbs: z.array(DirRoot).max(512),
    /** The allowed folders. */
    roots: z.array(DirRoot).max(256),
    /** Folders first, then matching files, each sorted by name. Hidden entries are left out. */
    entries: z.array(DirEntry).max(MAX_DIR_ENTRIES),
    /** More entries than MAX_DIR_ENTRIES: the rest are not listed. */
    truncated: z.boolean(),
  })
  .strict();
export type DirListing = z.infer<typeof DirListing>;
