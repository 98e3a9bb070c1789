/**
 * Path confinement for `warrant serve`: every path the HTTP API accepts must lie inside one of
 * the folders the user allowed when starting the server. A browser page holding the token is
 * still a web page, so it should not be able to open, import, export or overwrite files
 * anywhere the user can.
 *
 * Paths are compared after resolving symlinks in the part that exists, walking segment by
 * segment, so neither `..` nor a link (in the path or in an allowed folder's own path) can
 * step outside. The check and the later use are not atomic: a process of the same user that
 * swaps a folder for a link in between could still redirect a write, which this does not try
 * to stop (it already has the user's rights). Electron's IPC is not confined: there the paths
 * come from native dialogs the user answered.
 */
import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, parse, resolve, sep } from 'node:path';
import { type MethodName } from '../../shared/api.js';
import { WarrantError } from '../../shared/result.js';
import type { Handlers } from '../../shared/transport.js';
import { pathsOf } from './path-args.js';

/**
 * The real location `path` names: symlinks resolved in every segment that exists, `..` applied
 * to the real folder (as the OS does), and the part that does not exist yet appended as typed.
 */
export async function realLocation(path: string, cwd = process.cwd()): Promise<string> {
  // `resolve` would apply `..` lexically (link/.. ≠ the link's real parent), so join instead.
  const absolute = isAbsolute(path) ? path : `${cwd}${sep}${path}`;
  const { root } = parse(absolute);
  let current = root;
  let existing = true;
  for (const segment of absolute.slice(root.length).split(/[\\/]+/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      current = dirname(current);
      continue;
    }
    const next = join(current, segment);
    // Once one segment is missing, nothing below it exists either (until `..` climbs back up).
    if (existing || (await lstat(next).catch(() => null))) {
      const real = await realpath(next).catch(() => null);
      existing = real !== null;
      current = real ?? next;
    } else current = next;
  }
  return current;
}

/** True when `path` is `folder` or inside it (both already real locations). */
export function isInside(path: string, folder: string): boolean {
  if (path === folder) return true;
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The folders one server may use, resolved once at start-up. */
export interface Confinement {
  /** The allowed folders as real locations, for messages and tests. */
  readonly folders: readonly string[];
  /** Throws a `bad-args` WarrantError naming `path` when it lies outside every allowed folder. */
  check(path: string): Promise<void>;
}

/** Resolves the allowed folders (which need not exist yet) into a Confinement. */
export async function createConfinement(allowed: readonly string[]): Promise<Confinement> {
  const folders = [...new Set(await Promise.all(allowed.map((f) => realLocation(resolve(f)))))];
  return {
    folders,
    async check(path) {
      const real = await realLocation(path);
      if (folders.some((f) => isInside(real, f))) return;
      throw new WarrantError(
        'bad-args',
        `“${path}” is outside the folders this server may use. Restart \`warrant serve\` with --allow <folder> to use it.`,
        { path, reason: 'outside the allowed folders' },
      );
    },
  };
}

/**
 * The handlers with every path argument (PATH_ARGS) checked before the handler runs. Dispatch
 * has validated the arguments by then, so the getters read well-formed values.
 */
export function confineHandlers(handlers: Handlers, confinement: Confinement): Handlers {
  const confined: Record<string, (args: never) => Promise<unknown>> = { ...handlers };
  for (const name of Object.keys(handlers) as MethodName[]) {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    confined[name] = async (args: never) => {
      for (const path of pathsOf(name, args)) await confinement.check(path);
      return handler(args);
    };
  }
  return confined as unknown as Handlers;
}
