/**
 * Saving an export in the browser shell, which has no save dialog: the bytes become a Blob and
 * a temporary `<a download>` link is clicked, so the browser saves the file under its name.
 */
import type { ExportDownload } from '../../shared/api-export.js';

/**
 * How long the Blob's URL outlives the click. The download reads it after the click returns,
 * and some browsers cancel a download whose URL is revoked at once.
 */
export const REVOKE_AFTER_MS = 30_000;

/** base64 → bytes. */
export function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves a download answer as a file named `fileName` in the browser's downloads. */
export function saveDownload(download: ExportDownload): void {
  const url = URL.createObjectURL(new Blob([bytesOfBase64(download.dataBase64)], { type: download.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = download.fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
