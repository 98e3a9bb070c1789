/**
 * Project paths from what a researcher typed in the in-app path dialog (the browser shell has
 * no native file dialog). Paths are built here, on the backend, with its own path rules — the
 * UI never joins paths itself.
 */
import { homedir } from 'node:os';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { hasProjectExtension, PROJECT_EXTENSION } from '../../../shared/project-files.js';

/** The name used when nothing was typed. */
const UNTITLED = 'Untitled';

/** Turns a project name into a safe file name (no separators or characters Windows forbids). */
export function projectFileName(name: string): string {
  const base = name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim() || UNTITLED;
  return hasProjectExtension(base) ? base : base + PROJECT_EXTENSION;
}

/**
 * A full project path for `input`: nothing → `<default folder>/Untitled.warrant` (to create) or
 * `<default folder>/` (to open: the folder, ending in a separator, to type a name after); a bare
 * name → a safe file name in the default folder; `~/…` → under the home folder; a relative path
 * → under the default folder; an absolute path → itself. `.warrant` is added when missing.
 */
export function proposeProjectPath(input: string, defaultDir: string, intent: 'create' | 'open' = 'create'): string {
  const typed = input.trim();
  if (!typed) return intent === 'open' ? join(defaultDir, sep) : join(defaultDir, projectFileName(UNTITLED));
  const hasSeparator = /[\\/]/.test(typed);
  if (!hasSeparator) return join(defaultDir, projectFileName(typed));
  const expanded = typed === '~' || typed.startsWith('~/') ? join(homedir(), typed.slice(1)) : typed;
  const full = isAbsolute(expanded) ? resolve(expanded) : resolve(defaultDir, expanded);
  return hasProjectExtension(full) ? full : full + PROJECT_EXTENSION;
}
