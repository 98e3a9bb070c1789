/**
 * File-system helpers used by every Node-side area: whether a path exists, the one
 * translation of OS error codes into words a researcher can act on (never a raw `EACCES`),
 * and file sizes as messages show them.
 */
import { stat } from 'node:fs/promises';

/** True when something exists at `path` (any kind of file). Never throws. */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** What an OS error code means, in words; `null` for codes we have no words for. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist (moved or deleted?)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many files are open; close some programs and try again',
  ENFILE: 'too many files are open; close some programs and try again',
  EBUSY: 'another program is using it',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'it is a loop of symbolic links',
  EIO: 'the disk reported a read/write error',
};

/** The OS error code of `e` (`ENOENT`, …), if it has one. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Why an OS call failed, in words. Unknown codes fall back to a generic phrase rather than
 * the library's message, which may contain internals.
 */
export function fsErrorReason(e: unknown): string {
  const code = errorCode(e);
  return (code && REASONS[code]) ?? (code ? `the system refused (${code})` : 'the system refused');
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
