/**
 * The languages Warrant knows an article can be written in: the one list the model, the
 * importer's detector, the search analysis and the metadata form read.
 *
 * `stemming` says how search analyses an article in that language
 * (shared/search/analyzer.ts):
 * * `'english'`: lunr's own English pipeline (stop words, Porter stemmer) — English, and every
 *   article whose language is unknown, exactly as before languages existed;
 * * `'stemmed'`: the language's own stop words and stemmer (Snowball stemmers from
 *   `lunr-languages`; an Arabic light stemmer of our own), after folding;
 * * `'none'`: no stemmer exists for it: analysed as an article of unknown language is.
 */

const LANGUAGES = [
  { code: 'en', name: 'English', stemming: 'english' },
  { code: 'ar', name: 'Arabic', stemming: 'stemmed' },
  { code: 'da', name: 'Danish', stemming: 'stemmed' },
  { code: 'de', name: 'German', stemming: 'stemmed' },
  { code: 'es', name: 'Spanish', stemming: 'stemmed' },
  { code: 'fi', name: 'Finnish', stemming: 'stemmed' },
  { code: 'fr', name: 'French', stemming: 'stemmed' },
  { code: 'hu', name: 'Hungarian', stemming: 'stemmed' },
  { code: 'it', name: 'Italian', stemming: 'stemmed' },
  { code: 'nl', name: 'Dutch', stemming: 'stemmed' },
  { code: 'no', name: 'Norwegian', stemming: 'stemmed' },
  { code: 'pt', name: 'Portuguese', stemming: 'stemmed' },
  { code: 'ro', name: 'Romanian', stemming: 'stemmed' },
  { code: 'ru', name: 'Russian', stemming: 'stemmed' },
  { code: 'sv', name: 'Swedish', stemming: 'stemmed' },
  { code: 'tr', name: 'Turkish', stemming: 'stemmed' },
  { code: 'bg', name: 'Bulgarian', stemming: 'none' },
  { code: 'cs', name: 'Czech', stemming: 'none' },
  { code: 'el', name: 'Greek', stemming: 'none' },
  { code: 'fa', name: 'Persian', stemming: 'none' },
  { code: 'he', name: 'Hebrew', stemming: 'none' },
  { code: 'hi', name: 'Hindi', stemming: 'none' },
  { code: 'id', name: 'Indonesian', stemming: 'none' },
  { code: 'ja', name: 'Japanese', stemming: 'none' },
  { code: 'ko', name: 'Korean', stemming: 'none' },
  { code: 'pl', name: 'Polish', stemming: 'none' },
  { code: 'sr', name: 'Serbian', stemming: 'none' },
  { code: 'th', name: 'Thai', stemming: 'none' },
  { code: 'uk', name: 'Ukrainian', stemming: 'none' },
  { code: 'ur', name: 'Urdu', stemming: 'none' },
  { code: 'vi', name: 'Vietnamese', stemming: 'none' },
  { code: 'zh', name: 'Chinese', stemming: 'none' },
] as const;

/** An ISO 639-1 language code Warrant knows. */
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** How search analyses a language (see the module comment). */
export type Stemming = 'english' | 'stemmed' | 'none';

/** One language: its code, the name shown to researchers, how search analyses it. */
export interface LanguageInfo {
  readonly code: LanguageCode;
  readonly name: string;
  readonly stemming: Stemming;
}

/** Every language, English first, then by name within each kind of analysis. */
export const LANGUAGE_LIST: readonly LanguageInfo[] = LANGUAGES;

/** The codes, for the model's enum. */
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

const BY_CODE: ReadonlyMap<string, LanguageInfo> = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The language of a code, or undefined when Warrant does not know it. */
export function languageInfo(code: string): LanguageInfo | undefined {
  return BY_CODE.get(code);
}

/** Is `code` one of {@link LANGUAGE_CODES}? */
export function isLanguageCode(code: string): code is LanguageCode {
  return BY_CODE.has(code);
}

/** The name shown for a code (the code itself when unknown). */
export function languageName(code: string): string {
  return BY_CODE.get(code)?.name ?? code;
}

/**
 * The code stored for an article whose language could not be told (too short, mixed, a
 * language Warrant does not know) or that the researcher marked as such: BCP 47's
 * "undetermined". Search analyses it as English, as before languages existed.
 */
export const UNDETERMINED = 'und';

/** Every code an article's language may have: a known language, or {@link UNDETERMINED}. */
export const ARTICLE_LANGUAGE_CODES = [...LANGUAGE_CODES, UNDETERMINED] as [LanguageCode | typeof UNDETERMINED, ...(LanguageCode | typeof UNDETERMINED)[]];

/** Where an article's language came from. */
export const LANGUAGE_SOURCES = ['detected', 'researcher'] as const;
export type LanguageSource = (typeof LANGUAGE_SOURCES)[number];
