/** Size limits shared by import, validation and the UI. */

/** Limits that keep a hostile project file from exhausting memory or the UI. */
export const LIMITS = {
  /** Largest article text, in UTF-16 code units (~20 MB). */
  maxTextLength: 20_000_000,
  maxTitleLength: 2_000,
  maxFieldLength: 2_000,
  maxArticles: 200_000,
  /** Largest file accepted for import, in bytes. */
  maxImportBytes: 100 * 1024 * 1024,
} as const;
