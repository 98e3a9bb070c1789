/**
 * The "Edit details" form's data: a draft of text fields, checked and turned into the patch
 * `articles.update` expects (only changed fields; empty means "unknown", i.e. null).
 */
import { DATE_SOURCES, type DateSourceId } from '../../shared/date-sources.js';
import { ARTICLE_LANGUAGE_CODES, UNDETERMINED, languageInfo } from '../../shared/languages.js';
import type { ArticleLanguage, ArticleMetaFields } from '../../shared/model.js';

/** The form's fields as typed (`language`: a code of shared/languages.ts, `und`, or '' when not detected yet). */
export type MetaDraft = Record<keyof ArticleMetaFields, string>;

/** The draft for an article's current details. */
export function draftFromMeta(article: ArticleMetaFields): MetaDraft {
  return {
    title: article.title,
    source: article.source ?? '',
    author: article.author ?? '',
    date: article.date ?? '',
    url: article.url ?? '',
    language: article.language?.code ?? '',
  };
}

/** True when `date` is YYYY-MM-DD and names a real day (no 30 February). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** The changed fields to send, or the first problem with the draft, worded for the researcher. */
export function draftToPatch(draft: MetaDraft, article: ArticleMetaFields): { patch: Partial<ArticleMetaFields> } | { error: string } {
  const title = draft.title.trim();
  if (!title) return { error: 'The title cannot be empty.' };
  const date = draft.date.trim();
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { error: 'Write the date as YYYY-MM-DD, e.g. 2019-02-04, or leave it empty.' };
  if (date && !isCalendarDate(date)) return { error: `${date} is not a real calendar date.` };
  const next: ArticleMetaFields = {
    title,
    source: draft.source.trim() || null,
    author: draft.author.trim() || null,
    date: date || null,
    url: draft.url.trim() || null,
  };
  const patch: Partial<ArticleMetaFields> = {};
  for (const key of Object.keys(next) as (keyof ArticleMetaFields)[]) {
    if (next[key] !== article[key]) Object.assign(patch, { [key]: next[key] });
  }
  // A language picked in the form is the researcher's from then on (like a typed date).
  const code = ARTICLE_LANGUAGE_CODES.find((c) => c === draft.language);
  if (code !== undefined && code !== article.language?.code) patch.language = { code, source: 'researcher' };
  return { patch };
}

const sentence = (s: string) => s.replace(/\.$/, '');

/**
 * What the form says under the language: where it came from, and what search does with it
 * (shared/languages.ts), e.g. "Detected from the text. Search also finds other forms of its
 * words (plurals, case endings)".
 */
export function languageNote(language: ArticleLanguage | undefined, draftCode: string): string {
  if (draftCode === '') return 'Not detected yet: it will be when the search index is next built.';
  const changed = draftCode !== language?.code;
  const origin = changed || language?.source === 'researcher' ? 'Chosen by hand.' : 'Detected from the text; choose another if it is wrong.';
  if (draftCode === UNDETERMINED) return `${origin} Search matches its words as in English.`;
  const info = languageInfo(draftCode);
  const effect =
    info?.stemming === 'stemmed'
      ? `Search also finds other forms of its words (plurals, case endings) and weighs common ${info.name} words low.`
      : info?.stemming === 'english'
        ? 'Search also finds other forms of its words (plurals, endings).'
        : 'Search matches its words as written (no stemmer for this language).';
  return `${origin} ${effect}`;
}

/**
 * Where the date shown in the form comes from, in the registry's words (shared/date-sources.ts),
 * e.g. "The file’s creation date — from the file’s properties: when the file was made, which may
 * not be when it was published". A date typed into the form is the researcher's from then on;
 * an empty date, or one of unknown origin (imported before sources were recorded), has no note.
 */
export function dateSourceNote(article: { date: string | null; dateSource?: DateSourceId | null | undefined }, draftDate: string): string | null {
  const date = draftDate.trim();
  if (date === '') return null;
  const id = date !== article.date ? 'researcher' : article.dateSource;
  const source = DATE_SOURCES.find((s) => s.id === id);
  if (!source) return null;
  const label = source.label.charAt(0).toUpperCase() + source.label.slice(1);
  return `${label} — ${sentence(source.hint.charAt(0).toLowerCase() + source.hint.slice(1))}`;
}
