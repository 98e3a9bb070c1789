/** Size limits shared by import, validation and the UI. */

/** Limits that keep a hostile project file from exhausting memory or the UI. */
export const LIMITS = {
  /** Largest article text, in UTF-16 code units (~20 MB). */
  maxTextLength: 20_000_000,
  maxTitleLength: 2_000,
  maxFieldLength: 2_000,
  maxArticles: 200_000,
  /** A claim's text, in characters. */
  maxClaimLength: 5_000,
  /** A highlight note, a link note or a rating rationale. */
  maxNoteLength: 20_000,
  /** A highlight's own label. */
  maxLabelLength: 60,
  /** An author (rater) name. */
  maxAuthorLength: 200,
  /** A search query. */
  maxQueryLength: 2_000,
  /** The most search results one query may ask for. */
  maxSearchResults: 1_000,
  /** A file path sent to the backend. */
  maxPathLength: 4_096,
  /** An evidence link's optional weight runs from 1 to this. */
  maxLinkWeight: 3,
  /** Most pages an article may record page starts for. */
  maxPages: 100_000,
  /** Largest file accepted for import, in bytes. */
  maxImportBytes: 100 * 1024 * 1024,
  /**
   * A zip-packaged import (.docx), checked before anything is inflated: the most one part may
   * unpack to, in bytes. Beyond this a parser needs gigabytes (mammoth takes ~16 bytes of memory
   * per byte of document XML), so a larger part is treated as a zip bomb.
   */
  maxUnzippedEntryBytes: 100 * 1024 * 1024,
  /**
   * One XML part of a Word document, unpacked (its text): mammoth needs ~36 bytes of memory per
   * byte of it (measured: 64 MiB → 2.3 GB), so beyond this it cannot finish within a parser's
   * heap cap; refused at once instead of after half a minute and gigabytes. ~10× the XML of a
   * 1,000-page report.
   */
  maxDocxXmlBytes: 40 * 1024 * 1024,
  /** The most all parts of a zip-packaged import may unpack to together, in bytes (images included). */
  maxUnzippedBytes: 250 * 1024 * 1024,
  /** The most parts (files and folders) a zip-packaged import may list. */
  maxZipEntries: 10_000,
  /**
   * The highest unpacked ÷ packed ratio for a part over 1 MB. Real documents pack 3–20×, very
   * repetitive XML up to ~100×; a zip bomb packs ~1,000× (deflate's ceiling).
   */
  maxZipRatio: 500,
} as const;
