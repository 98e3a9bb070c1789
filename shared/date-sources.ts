/**
 * Where an article's date came from: the one list the importer, the model, the metadata form and
 * reports read. A file's creation date is often not the publication date (a manual dated
 * 18 Aug 2022 was saved on 8 Feb 2025), so the researcher is told which one they are looking at.
 */

const SOURCES = [
  { id: 'document', label: 'stated in the document', hint: 'The publication date the document itself gives (its text, byline or page markup).' },
  { id: 'file', label: 'the file’s creation date', hint: 'From the file’s properties: when the file was made, which may not be when it was published.' },
  { id: 'researcher', label: 'entered by hand', hint: 'Set or corrected in the metadata editor.' },
] as const;

/** The id of a date source. */
export type DateSourceId = (typeof SOURCES)[number]['id'];

/** Every date source, with its words. */
export const DATE_SOURCES: ReadonlyArray<{ readonly id: DateSourceId; readonly label: string; readonly hint: string }> = SOURCES;

/** The ids, for the model's enum. */
export const DATE_SOURCE_IDS = SOURCES.map((s) => s.id) as [DateSourceId, ...DateSourceId[]];

/** The words for a date source. */
export function dateSourceLabel(id: DateSourceId): string {
  return SOURCES.find((s) => s.id === id)?.label ?? id;
}
