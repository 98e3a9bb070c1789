/**
 * Maps app://warrant/<path> URLs to files in the built renderer folder, refusing anything
 * outside it. Kept free of Electron imports so it is unit-tested in plain Node.
 */
import { join, normalize, resolve, sep } from 'node:path';
import { APP_ORIGIN } from './channels.js';

/** Returns the absolute file for `url`, or null when the URL is not ours or escapes `root`. */
export function resolveAppFile(root: string, url: string): string | null {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const base = resolve(root);
  const file = resolve(join(base, normalize(pathname).replace(/^([/\\])+/, '') || 'index.html'));
  return file.startsWith(base + sep) ? file : null;
}
