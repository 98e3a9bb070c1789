/**
 * Project paths proposed by the in-app path dialog (browser shell, where there is no native
 * file dialog). Paths are the backend's: built with its separator, not the browser's.
 */
import type { AppInfo } from '../../shared/api.js';

/** File extension of Warrant projects. */
export const PROJECT_EXTENSION = '.warrant';

/** Turns a project name into a safe file name (no separators or characters Windows forbids). */
export function projectFileName(name: string): string {
  const base = name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim() || 'Untitled';
  return base.toLowerCase().endsWith(PROJECT_EXTENSION) ? base : base + PROJECT_EXTENSION;
}

/** The backend's default project folder ending with its separator ('' when unknown). */
export function defaultProjectFolder(info: Pick<AppInfo, 'defaultProjectDir' | 'pathSeparator'>): string {
  const dir = info.defaultProjectDir;
  if (!dir) return '';
  return dir.endsWith(info.pathSeparator) ? dir : dir + info.pathSeparator;
}

/** Joins the backend's default project folder with a file name using the backend's separator. */
export function defaultProjectPath(info: Pick<AppInfo, 'defaultProjectDir' | 'pathSeparator'>, name = 'Untitled'): string {
  return defaultProjectFolder(info) + projectFileName(name);
}

/** The folder part of a path (up to and including the last separator), or '' if none. */
export function folderOf(path: string, sep: string): string {
  const i = path.lastIndexOf(sep);
  return i >= 0 ? path.slice(0, i + 1) : '';
}

/** Adds `.warrant` to a path that has no extension in its last component. */
export function withProjectExtension(path: string, sep: string): string {
  const trimmed = path.trim();
  const last = trimmed.slice(trimmed.lastIndexOf(sep) + 1);
  return last.includes('.') ? trimmed : trimmed + PROJECT_EXTENSION;
}
