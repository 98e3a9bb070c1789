import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { TokenAnalyzer, forEachRawToken, rawTokens, tokenEnd, tokenRange, trimToWord, wildcardPattern } from './analyzer.js';

describe('tokenizing like lunr', () => {
  it('splits on whitespace and hyphens, as lunr.tokenizer does, with offsets into the original text', () => {
    const text = 'US-China\u00a0trade  war\n(Huawei), İstanbul';
    const spans: string[] = [];
    forEachRawToken(text, (s, e) => spans.push(text.slice(s, e)));
    expect(spans).toEqual(['US', 'China', 'trade', 'war', '(Huawei),', 'İstanbul']);
    expect(rawTokens(text).map((t) => t.toLowerCase())).toEqual(lunr.tokenizer(text).map((t) => t.toString()));
  });

  it('analyzes tokens exactly as lunr’s index pipeline does', () => {
    const a = new TokenAnalyzer();
    const pipeline = new lunr.Pipeline();
    pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
    for (const raw of ['Running', '(Huawei),', 'the', 'THE', 'governments', '...', 'constructor', "Huawei's", '5G']) {
      const expected = pipeline.run(lunr.tokenizer(raw)).map((t) => t.toString());
      const got = a.analyze(raw);
      if (got.kind === 'term') expect([got.term]).toEqual(expected);
      else if (got.kind === 'stop') expect(expected).toEqual([]);
      else expect(expected).toEqual(['']); // lunr keeps punctuation as the empty term
    }
  });

  it('narrows a marked token to its letters and digits', () => {
    const text = '(Huawei), café… «5G»';
    const [s1, e1] = trimToWord(text, 0, 9);
    expect(text.slice(s1, e1)).toBe('Huawei');
    expect(text.slice(...trimToWord(text, 10, 15))).toBe('café');
    expect(text.slice(...trimToWord(text, 16, 20))).toBe('5G');
    expect(trimToWord(text, 14, 15)).toEqual([14, 15]);
  });
});

describe('analysis in every language', () => {
  const terms = (text: string): string[] => {
    const a = new TokenAnalyzer();
    return rawTokens(text).flatMap((raw) => {
      const r = a.analyze(raw);
      return r.kind === 'term' ? [r.term] : r.kind === 'stop' ? [`(${r.word})`] : [];
    });
  };

  it('keeps the letters of every script, trimming only punctuation', () => {
    expect(terms('«Оборудования», (العربية) שלום!')).toEqual(['оборудования', 'العربية', 'שלום']);
    expect(terms('हिन्दी Ελλάδα')).toEqual(['हिन्दी', 'ελλαδα']);
  });

  it('folds case and accents the same way for text and queries, both ways', () => {
    expect(terms('Élysée États Zoë')).toEqual(terms('elysee etats zoe'));
    expect(terms('ELYSEE')).toEqual(terms('Élysée'));
    expect(terms('Straße')).toEqual(terms('strasse'));
    // A decomposed ë (e + U+0308) is the same word as a composed one.
    expect(terms('Zoe\u0308')).toEqual(terms('Zoë'));
    expect(terms('İstanbul Diyarbakır')).toEqual(terms('istanbul diyarbakir'));
    expect(terms('ёлка')).toEqual(terms('елка'));
    // й is a letter of its own, not и with an accent.
    expect(terms('йод')).not.toEqual(terms('иод'));
    expect(terms('الْعَرَبِيَّة')).toEqual(terms('العربية'));
    expect(terms('שָׁלוֹם')).toEqual(terms('שלום'));
  });

  it('stems Latin-script words only, and drops English stop words only', () => {
    expect(terms('governments Gouvernements')).toEqual(['govern', 'gouvern']);
    // Not stemmed with English rules, and never dropped.
    expect(terms('оборудования и для')).toEqual(['оборудования', 'и', 'для']);
    // "à" folds to "a", but it is not the English stop word.
    expect(terms('à the')).toEqual(['a', '(the)']);
  });

  it('leaves ASCII words exactly as lunr analyzes them', () => {
    // lunr's trimmer keeps inner punctuation and its stemmer takes the final s of "u.s".
    expect(terms('(Huawei), the governments’ U.S.')).toEqual(['huawei', '(the)', 'govern', 'u.']);
  });

  it('splits scripts written without spaces into words, with exact offsets', () => {
    const text = '据报道，中国华为公司发布了新手机。Huawei 東京都に住んでいます ภาษาไทยง่าย';
    const spans: string[] = [];
    forEachRawToken(text, (s, e) => spans.push(text.slice(s, e)));
    expect(spans).toContain('中国');
    expect(spans).toContain('手机');
    expect(spans).toContain('Huawei');
    expect(spans).toContain('ภาษา');
    expect(spans.some((w) => /[，。]/.test(w))).toBe(false);
    // Every span is where it says it is.
    forEachRawToken(text, (s, e) => expect(text.slice(s, e).trim()).toBe(text.slice(s, e)));
  });

  it('finds the end of a segmented token from its start alone (as marks do)', () => {
    const text = 'Intro: 中国华为公司发布了新手机。 end';
    forEachRawToken(text, (s, e) => expect(tokenRange(text, s)).toEqual(trimToWord(text, s, e)));
    expect(text.slice(...tokenRange(text, 9))).toBe('华');
    expect(tokenEnd(text, 0)).toBe(6);
  });

  it('splits on other dashes as on the hyphen-minus', () => {
    expect(rawTokens('Москва—Петербург COVID‑19 a–b')).toEqual(['Москва', 'Петербург', 'COVID', '19', 'a', 'b']);
  });

  it('makes wildcard patterns that meet folded terms', () => {
    expect(wildcardPattern('«Élys*»')).toBe('elys*');
    expect(wildcardPattern('ОБОРУ*')).toBe('обору*');
    expect(wildcardPattern('gov*')).toBe('gov*');
  });

  it('skips French and Italian elisions, so the word is found and marked as written', () => {
    expect(rawTokens('l’Élysée d\'Artagnan qu’il dell’arte')).toEqual(['Élysée', 'Artagnan', 'il', 'arte']);
    expect(rawTokens("O'Brien it's l'")).toEqual(["O'Brien", "it's", "l'"]);
    // The index keeps the run whole; the analyzer and the marks drop the elision.
    const a = new TokenAnalyzer();
    expect(a.analyze('l’Élysée')).toEqual(a.analyze('Élysée'));
    expect(a.analyze("L'etat")).toEqual(a.analyze('état'));
    const text = 'Palais de l’Élysée';
    expect(text.slice(...tokenRange(text, text.indexOf('É')))).toBe('Élysée');
    expect(text.slice(...tokenRange(text, text.indexOf('l’')))).toBe('Élysée');
  });
});
