import { describe, expect, it } from 'vitest';
import { LANGUAGE_LIST } from '../languages.js';
import { STOP_WORDS } from './analyzer.js';
import { LanguageAnalyzers } from './language-analyzer.js';
import { ALL_STOP_WORDS, ALL_STOP_WORD_IDS, stemmerOf } from './stemmers.js';

const analyzers = new LanguageAnalyzers();
/** The index term of `word` in an article in `code` (stop words give their folded form). */
function term(code: string, word: string): string {
  const a = analyzers.get(code).analyze(word);
  return a.kind === 'term' ? a.term : a.kind === 'stop' ? `stop:${a.word}` : '';
}
/** Every form in `forms` gives the same index term in `code`. */
function sameStem(code: string, forms: string[]): void {
  const terms = forms.map((f) => term(code, f));
  expect(new Set(terms).size, `${code}: ${forms.join(', ')} → ${terms.join(', ')}`).toBe(1);
}

describe('stemmers and stop words of each language (quality checks)', () => {
  it('has a stemmer and a stop-word list for every language the registry stems', () => {
    for (const l of LANGUAGE_LIST.filter((x) => x.stemming === 'stemmed')) {
      const s = stemmerOf(l.code);
      expect(s, l.code).toBeDefined();
      expect(s!.stopWords.size, l.code).toBeGreaterThan(50);
    }
  });

  it('joins the inflected forms of French, German, Spanish, Italian and Portuguese words', () => {
    sameStem('fr', ['réfugiés', 'réfugié', 'refugies', 'REFUGIÉ']);
    sameStem('fr', ['gouvernement', 'gouvernements']);
    sameStem('fr', ['élection', 'élections', 'election']);
    sameStem('fr', ['économique', 'économiques', 'economique']);
    sameStem('de', ['Flüchtling', 'Flüchtlinge', 'Flüchtlingen', 'fluchtling']);
    sameStem('de', ['Regierung', 'Regierungen']);
    sameStem('de', ['Land', 'Länder', 'Ländern']);
    sameStem('es', ['refugiado', 'refugiados']);
    sameStem('es', ['elección', 'elecciones', 'eleccion']);
    sameStem('es', ['política', 'políticas', 'politica']);
    sameStem('it', ['rifugiato', 'rifugiati']);
    sameStem('it', ['governo', 'governi']);
    sameStem('pt', ['refugiado', 'refugiados']);
  });

  it('joins Russian case forms, and ё with е', () => {
    sameStem('ru', ['беженцы', 'беженцев', 'беженцам']);
    sameStem('ru', ['правительство', 'правительства', 'правительством']);
    sameStem('ru', ['выборы', 'выборов', 'выборах']);
    sameStem('ru', ['ёлка', 'елка', 'ёлки']);
  });

  it('joins Arabic forms with and without the article, plural endings and vowel marks', () => {
    sameStem('ar', ['لاجئ', 'اللاجئين', 'اللاجئون', 'واللاجئين']);
    sameStem('ar', ['حكومة', 'الحكومة', 'الحكومات', 'الْحُكُومَة']);
    sameStem('ar', ['انتخابات', 'الانتخابات']);
  });

  it('keeps words of another script out of a language’s stemmer', () => {
    // An English name in a Russian article is analysed as English.
    expect(term('ru', 'networks')).toBe(term('en', 'networks'));
    expect(term('fr', 'Москва')).toBe(term('en', 'Москва'));
  });

  it('drops each language’s stop words from the index, folded, but not other languages’', () => {
    expect(term('fr', 'les')).toBe('stop:les');
    expect(term('fr', 'été')).toBe('stop:ete');
    expect(term('de', 'und')).toBe('stop:und');
    expect(term('ru', 'и')).toBe('stop:и');
    expect(term('ar', 'في')).toBe('stop:في');
    expect(term('es', 'los')).toBe('stop:los');
    // "die" is German for "the", an English verb otherwise.
    expect(term('de', 'die')).toBe('stop:die');
    expect(term('en', 'die')).toBe('die');
  });

  it('gives every stop word of every language one stable id, English ones first as before', () => {
    expect(ALL_STOP_WORDS.slice(0, STOP_WORDS.length)).toEqual(STOP_WORDS);
    expect(new Set(ALL_STOP_WORDS).size).toBe(ALL_STOP_WORDS.length);
    expect(ALL_STOP_WORD_IDS.get('the')).toBe(STOP_WORDS.indexOf('the'));
    expect(ALL_STOP_WORD_IDS.get('und')).toBeGreaterThanOrEqual(STOP_WORDS.length);
  });

  it('analyses English and articles of unknown language exactly as before languages existed', () => {
    for (const w of ['refugees', 'The', 'governments', 'Élysée', 'оборудования', '华为']) {
      expect(analyzers.get('en').analyze(w)).toEqual(analyzers.default.analyze(w));
      expect(analyzers.get('und').analyze(w)).toEqual(analyzers.default.analyze(w));
      expect(analyzers.get(null).analyze(w)).toEqual(analyzers.default.analyze(w));
      // A language without a stemmer too.
      expect(analyzers.get('pl').analyze(w)).toEqual(analyzers.default.analyze(w));
    }
  });
});
