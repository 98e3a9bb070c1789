/**
 * Limits for reading a REFI-QDA project (.qdpx). They keep a hostile or broken archive from
 * exhausting memory: every one is checked against the sizes the archive declares BEFORE anything
 * is inflated, and again while inflating (a file may lie about its sizes).
 *
 * They live here rather than in shared/limits.ts because only this reader uses them; they could
 * move there if the UI ever needs to show them.
 */

import type { ZipLimits } from '../../common/zip-guard.js';

/** The limits {@link readQdpx} enforces; tests pass smaller ones. The zip rules are the shared guard's (electron/common/zip-guard.ts). */
export interface QdpxLimits extends ZipLimits {
  /** The .qdpx file itself, in bytes. */
  maxArchiveBytes: number;
  /** How many entries (files and folders) the archive may list. */
  maxEntries: number;
  /** One unpacked entry (project.qde or a source's text), in bytes. */
  maxEntryBytes: number;
  /** Everything Warrant unpacks from one archive, in bytes. */
  maxTotalBytes: number;
  /**
   * The highest unpacked / packed size ratio accepted for an entry larger than
   * {@link ratioFloorBytes}. Real text compresses 3–10×, repetitive XML up to ~50×; a zip bomb
   * is in the thousands.
   */
  maxRatio: number;
  /** Entries up to this size are not ratio-checked: tiny files can compress absurdly well. */
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;

/** The defaults: room for 50 MB of articles with their codings, far below what would hurt. */
export const QDPX_LIMITS: Readonly<QdpxLimits> = {
  maxArchiveBytes: 200 * MB,
  maxEntries: 50_000,
  maxEntryBytes: 100 * MB,
  maxTotalBytes: 400 * MB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MB,
};

/** "400 MB" (or "1,000 bytes" below a megabyte), for messages. */
export function megabytes(bytes: number): string {
  if (bytes < MB) return `${bytes.toLocaleString('en-US')} bytes`;
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
