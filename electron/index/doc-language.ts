/**
 * The language of each indexed document, as the search index's cache keys record it.
 *
 * Articles imported before languages were recorded have none: the search worker detects it
 * from the text (search-worker.ts, never on the main thread), with the importer's detector
 * (shared/search/detect-language.ts). Detection depends on the text only, so a detected
 * language — found now by the worker, or earlier by the importer — is the same either way, and
 * the keys record only "detected" for it: storing a detection never renames the cache. A
 * language the researcher chose is recorded itself, so choosing another rebuilds the index.
 */
import type { IndexDoc } from './shard-data.js';

/** The language part of a document's cache key (see the module comment). */
export function languageMark(d: Pick<IndexDoc, 'language'>): string {
  return d.language?.source === 'researcher' ? `=${d.language.code}` : 'detected';
}
