/**
 * Analysis of an article's words in the article's own language (shared/languages.ts):
 *
 * * English, an unknown language, or one without a stemmer: {@link TokenAnalyzer}, exactly the
 *   analysis used before languages existed (lunr's English pipeline for ASCII words), so
 *   English scores do not move.
 * * A language with a stemmer (French, German, Russian, Arabic…): the token is trimmed and
 *   folded as everywhere (fold.ts), then dropped from lunr's index when it is one of that
 *   language's stop words (still kept in the token streams, so phrases and the "never refuse a
 *   word" rule work), else stemmed by that language's stemmer (stemmers.ts). A word written in
 *   another script than the language's (an English name in a Russian article, a Chinese word
 *   in a French one) takes the default analysis instead: a French stemmer knows nothing of
 *   Cyrillic.
 *
 * Every analyzer remembers its answers per distinct token, as {@link TokenAnalyzer} does.
 */
import { languageInfo } from '../languages.js';
import { TokenAnalyzer, skipElision, trimPunctuation, type Analysis } from './analyzer.js';
import { foldWord, isLatinWord } from './fold.js';
import { stemmerOf, type LanguageStemmer } from './stemmers.js';

/** Anything that turns a raw token into an {@link Analysis}. */
export interface WordAnalyzer {
  analyze(raw: string): Analysis;
}

/** The analysis key of a language: its code when it has a stemmer, else `default`. */
export type AnalysisKey = string;
/** The key of the default analysis (English, unknown, no stemmer). */
export const DEFAULT_ANALYSIS: AnalysisKey = 'default';

/** Which analysis an article in `code` gets (see the module comment). */
export function analysisKeyOf(code: string | null | undefined): AnalysisKey {
  if (!code) return DEFAULT_ANALYSIS;
  return languageInfo(code)?.stemming === 'stemmed' ? code : DEFAULT_ANALYSIS;
}

const EMPTY: Analysis = { kind: 'empty' };
const CYRILLIC_ONLY = /^[^\p{L}]*\p{Script=Cyrillic}[\p{Script=Cyrillic}\P{L}]*$/u;
const ARABIC_ONLY = /^[^\p{L}]*\p{Script=Arabic}[\p{Script=Arabic}\P{L}]*$/u;

/** Is a folded word written in the script of language `code`? */
function inScriptOf(code: string, folded: string): boolean {
  if (code === 'ru') return CYRILLIC_ONLY.test(folded);
  if (code === 'ar') return ARABIC_ONLY.test(folded);
  return isLatinWord(folded);
}

/** One language's analysis, with a stemmer (see the module comment). */
export class StemmingAnalyzer implements WordAnalyzer {
  private readonly byRaw = new Map<string, Analysis>();
  private readonly code: string;
  private readonly stemmer: LanguageStemmer;
  private readonly fallback: WordAnalyzer;

  constructor(code: string, stemmer: LanguageStemmer, fallback: WordAnalyzer) {
    this.code = code;
    this.stemmer = stemmer;
    this.fallback = fallback;
  }

  analyze(raw: string): Analysis {
    let a = this.byRaw.get(raw);
    if (a === undefined) {
      a = this.analyzeNew(raw);
      this.byRaw.set(raw, a);
    }
    return a;
  }

  private analyzeNew(raw: string): Analysis {
    const trimmed = trimPunctuation(raw.slice(skipElision(raw, 0, raw.length)));
    if (trimmed === '') return EMPTY;
    const folded = foldWord(trimmed);
    if (!inScriptOf(this.code, folded)) return this.fallback.analyze(raw);
    if (this.stemmer.stopWords.has(folded)) return { kind: 'stop', word: folded };
    const term = this.stemmer.stem(folded);
    return { kind: 'term', term: term === '' ? folded : term };
  }
}

/**
 * The analyzers of one thread, one per analysis key, made on first use (each keeps its own
 * memo of analysed tokens).
 */
export class LanguageAnalyzers {
  readonly default = new TokenAnalyzer();
  private readonly byKey = new Map<AnalysisKey, WordAnalyzer>([[DEFAULT_ANALYSIS, this.default]]);

  /** The analyzer for an analysis key or a language code. */
  get(keyOrCode: string | null | undefined): WordAnalyzer {
    const key = analysisKeyOf(keyOrCode === DEFAULT_ANALYSIS ? null : keyOrCode);
    let a = this.byKey.get(key);
    if (a === undefined) {
      const stemmer = stemmerOf(key);
      a = stemmer ? new StemmingAnalyzer(key, stemmer, this.default) : this.default;
      this.byKey.set(key, a);
    }
    return a;
  }
}
