/**
 * Stop words and stemmers of the languages search analyses in their own right
 * (shared/languages.ts, `stemming: 'stemmed'`): Snowball stemmers (Danish … Turkish) with each
 * language's stop-word list from `lunr-languages`, and an Arabic light stemmer of our own
 * (arabic-stemmer.ts: lunr-languages' fails in strict mode, i.e. in any ES-module bundle).
 *
 * Words reach a stemmer folded (shared/search/fold.ts: lower case, accents removed), so
 * `etudiants` and `étudiants` give the same term and a query typed without accents finds
 * the accented text; the stop-word lists are folded the same way.
 *
 * Imported by the index and the annotation search only (not by the renderer): the stemmers
 * weigh a few hundred kB.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import da from 'lunr-languages/lunr.da.js';
import de from 'lunr-languages/lunr.de.js';
import es from 'lunr-languages/lunr.es.js';
import fi from 'lunr-languages/lunr.fi.js';
import fr from 'lunr-languages/lunr.fr.js';
import hu from 'lunr-languages/lunr.hu.js';
import it from 'lunr-languages/lunr.it.js';
import nl from 'lunr-languages/lunr.nl.js';
import no from 'lunr-languages/lunr.no.js';
import pt from 'lunr-languages/lunr.pt.js';
import ro from 'lunr-languages/lunr.ro.js';
import ru from 'lunr-languages/lunr.ru.js';
import sv from 'lunr-languages/lunr.sv.js';
import tr from 'lunr-languages/lunr.tr.js';
import { LANGUAGE_LIST, type LanguageCode } from '../languages.js';
import { STOP_WORDS } from './analyzer.js';
import { ARABIC_STOP_WORDS, stemArabic } from './arabic-stemmer.js';
import { foldWord } from './fold.js';

/** What `lunr-languages` adds to lunr for one language. */
interface LunrLanguage {
  stemmer: (token: lunr.Token) => lunr.Token | string | undefined;
}

/** One language's analysis. */
export interface LanguageStemmer {
  /** Folded stop words of the language. */
  readonly stopWords: ReadonlySet<string>;
  /** Stems a folded word that is not a stop word ('' when nothing is left). */
  stem(folded: string): string;
}

/** lunr-languages' plugins take the lunr object (typed by it as a bag of `any`). */
type Plugin = typeof fr;
const REGISTER: Readonly<Record<string, Plugin>> = { da, de, es, fi, fr, hu, it, nl, no, pt, ro, ru, sv, tr };

type StopFilterFactory = (words: string[] | string) => lunr.PipelineFunction;

/**
 * Registers every language on lunr, keeping each one's stop-word list: lunr-languages passes
 * it to `lunr.generateStopWordFilter`, which hides it in a closure, so that function is
 * wrapped for the time of the registration.
 */
function registerAll(): Map<string, LanguageStemmer> {
  const l = lunr as unknown as Record<string, unknown> & { generateStopWordFilter: StopFilterFactory };
  if (l.stemmerSupport === undefined) stemmerSupport(lunr);
  const original = l.generateStopWordFilter;
  const out = new Map<string, LanguageStemmer>();
  try {
    for (const info of LANGUAGE_LIST) {
      if (info.stemming !== 'stemmed') continue;
      if (info.code === 'ar') {
        out.set('ar', { stopWords: new Set(ARABIC_STOP_WORDS.map(foldWord)), stem: stemArabic });
        continue;
      }
      const register = REGISTER[info.code];
      if (!register) throw new Error(`no stemmer is registered for ${info.code}`);
      let words: string[] = [];
      l.generateStopWordFilter = (list) => {
        words = typeof list === 'string' ? list.split(/\s+/) : [...list];
        return original(list);
      };
      if (l[info.code] === undefined) register(lunr);
      const lang = l[info.code] as LunrLanguage | undefined;
      if (!lang) throw new Error(`lunr-languages did not register ${info.code}`);
      const stopWords = new Set(words.map((w) => foldWord(w.trim())).filter((w) => w !== ''));
      out.set(info.code, { stopWords, stem: stemmerFor(lang) });
    }
  } finally {
    l.generateStopWordFilter = original;
  }
  return out;
}

function stemmerFor(lang: LunrLanguage): (folded: string) => string {
  return (folded) => {
    const r = lang.stemmer(new lunr.Token(folded, {}));
    return r === undefined ? '' : r.toString();
  };
}

const STEMMERS = registerAll();

/** The stemmer and stop words of `code`, or undefined when it has none (see shared/languages.ts). */
export function stemmerOf(code: LanguageCode | string): LanguageStemmer | undefined {
  return STEMMERS.get(code);
}

/**
 * Every stop word of every language: lunr's English list first (the same ids as before
 * languages existed), then the other languages' folded words not already listed, in the
 * registry's order. A stop word's index here is its id in the index's token streams
 * (electron/index/shard-data.ts): one id per spelling, whichever language it stops.
 */
export const ALL_STOP_WORDS: readonly string[] = (() => {
  const seen = new Set<string>(STOP_WORDS);
  const out = [...STOP_WORDS];
  for (const s of STEMMERS.values()) {
    for (const w of [...s.stopWords].sort()) {
      if (!seen.has(w)) {
        seen.add(w);
        out.push(w);
      }
    }
  }
  return out;
})();

/** Stop word (of any language) → its id in {@link ALL_STOP_WORDS}. */
export const ALL_STOP_WORD_IDS: ReadonlyMap<string, number> = new Map(ALL_STOP_WORDS.map((w, i) => [w, i]));
