/**
 * Detects the language an article is written in, offline. Used by the importer (the language
 * is stored with the article) and by the search worker for articles imported before
 * languages were recorded.
 *
 * Two steps, on the first {@link SAMPLE_CHARS} characters (enough for a reliable guess, and
 * bounded in time whatever the article's length):
 *
 * 1. **Stop words.** Among the languages search stems (English and shared/languages.ts'
 *    `stemmed` ones), the one whose stop words (the, of, und, les, и…) make up most of the
 *    sample's words wins, when it clearly leads. Running text in those languages is full of
 *    them, so this is both the fastest test (a set lookup per word) and the surest one on
 *    long texts — it does not take technical English for Spanish, as n-gram statistics
 *    sometimes do on terse abstracts.
 * 2. **tinyld** (pure JavaScript n-gram and word statistics, 60+ languages) otherwise: other
 *    scripts and languages, or text where no stop-word list clearly leads (Danish and
 *    Norwegian share most of theirs). It is loaded on first need only: its tables take some
 *    50 MB, which a corpus of English, French… articles never has to pay.
 *
 * A text too short to tell (under {@link MIN_LETTERS} letters), or one neither step can place,
 * has no language (null): search then analyses it as English, as before languages existed.
 *
 * The result depends on the text only (and on this module and tinyld's version, which are part
 * of the search index's ANALYSIS_VERSION), so the index can detect at build time and still
 * trust its cache.
 */
import { LANGUAGE_LIST, isLanguageCode, type LanguageCode } from '../languages.js';
import { STOP_WORDS } from './analyzer.js';
import { foldWord } from './fold.js';
import { stemmerOf } from './stemmers.js';

/** Characters of an article the detector reads. */
export const SAMPLE_CHARS = 1000;
/** Fewer letters than this: too short to tell. */
export const MIN_LETTERS = 40;
/** Stop words the leading language needs in the sample… */
const MIN_STOP_HITS = 6;
/** …and how far ahead of the next language it must be. */
const LEAD = 1.5;

/** The stop-word languages, and for each folded stop word the languages it stops (indexes into CODES). */
const { CODES, STOPPED_BY } = (() => {
  const codes: LanguageCode[] = [];
  const stoppedBy = new Map<string, number[]>();
  for (const l of LANGUAGE_LIST) {
    const words = l.stemming === 'english' ? STOP_WORDS : l.stemming === 'stemmed' ? [...(stemmerOf(l.code)?.stopWords ?? [])] : [];
    if (words.length === 0) continue;
    const i = codes.push(l.code) - 1;
    for (const w of words) {
      const list = stoppedBy.get(w);
      if (list) list.push(i);
      else stoppedBy.set(w, [i]);
    }
  }
  return { CODES: codes, STOPPED_BY: stoppedBy };
})();

const LETTER = /\p{L}/gu;
const WORD = /[\p{L}\p{M}]+/gu;

/** The stop-word language of the sample, when one clearly leads (step 1). */
function byStopWords(sample: string): LanguageCode | null {
  const hits = new Array<number>(CODES.length).fill(0);
  for (const m of sample.matchAll(WORD)) {
    const langs = STOPPED_BY.get(foldWord(m[0]));
    if (langs) for (const i of langs) hits[i]!++;
  }
  let best = 0;
  for (let i = 1; i < hits.length; i++) if ((hits[i] as number) > (hits[best] as number)) best = i;
  let second = 0;
  for (let i = 0; i < hits.length; i++) if (i !== best) second = Math.max(second, hits[i] as number);
  const top = hits[best] as number;
  return top >= MIN_STOP_HITS && top >= LEAD * second ? (CODES[best] as LanguageCode) : null;
}

let tinyld: Promise<typeof import('tinyld')> | null = null;

/** The language of `text`, or null when it cannot be told or Warrant does not know it. */
export async function detectLanguage(text: string): Promise<LanguageCode | null> {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if ((sample.match(LETTER)?.length ?? 0) < MIN_LETTERS) return null;
  const stop = byStopWords(sample);
  if (stop !== null) return stop;
  tinyld ??= import('tinyld');
  // tinyld answers '' when no language stands out.
  const code = (await tinyld).detect(sample);
  return isLanguageCode(code) ? code : null;
}
