import { describe, expect, it } from 'vitest';
import type { AnnotationHit } from '../api.js';
import { ratingId, type Annotations, type Claim, type ClaimRating, type EvidenceLink, type Highlight, type Verdict } from '../model.js';
import { searchAnnotations } from './search-annotations.js';

const at = '2026-01-01T00:00:00.000Z';
const stamp = { author: 'Ada', createdAt: at, updatedAt: at, rev: 'r1', revs: [] };

function claim(id: string, text: string, verdict: Verdict | null = null): Claim {
  return { id, text, parentId: null, verdict, ...stamp };
}
/** A rater's rating of a claim, with a rationale. */
function rating(claimId: string, rater: string, rationale: string): ClaimRating {
  return { id: ratingId(claimId, rater), claimId, rater, rating: 'weak', rationale, createdAt: at, updatedAt: at, rev: 'r1', revs: [] };
}
function highlight(id: string, articleId: string, note: string): Highlight {
  return {
    id,
    articleId,
    target: { position: { type: 'TextPositionSelector', start: 0, end: 3 }, quote: { type: 'TextQuoteSelector', exact: 'The', prefix: '', suffix: '' } },
    color: 'yellow',
    label: null,
    note,
    ...stamp,
  };
}
function link(id: string, highlightId: string, claimId: string, note: string): EvidenceLink {
  return { id, highlightId, claimId, stance: 'supports', weight: null, note, ...stamp };
}

type Data = Pick<Annotations, 'claims' | 'highlights' | 'links' | 'ratings'>;

const data: Data = {
  claims: [
    claim('c-tariff', 'The water tariff rises by 9% in 2025.'),
    claim('c-plant', 'The desalination plant harms crab catches.'),
    claim('c-aid', 'He said nothing about relief.'),
  ],
  highlights: [highlight('h1', 'a1', 'Tariffs, again: compare with the Ledger figure.'), highlight('h2', 'a2', '')],
  links: [link('l1', 'h2', 'c-plant', 'Financial aid for fishermen was promised.')],
  ratings: [rating('c-plant', 'Ada', 'Only the fishermen say so; the government survey is due in spring.')],
};

function search(query: string, d: Data = data): AnnotationHit[] {
  const r = searchAnnotations(query, d);
  if (!r.ok) throw new Error(`unexpected error: ${r.error.message}`);
  return r.value;
}

/** Which annotations were found, as `kind:id`. */
const found = (query: string, d: Data = data): string[] => search(query, d).map((h) => `${h.kind}:${h.kind === 'highlight-note' ? h.highlightId : h.kind === 'link-note' ? `${h.highlightId}>${h.claimId}` : h.claimId}`);

/** The words each hit's snippet marks. */
const marked = (query: string, d: Data = data): string[][] => search(query, d).map((h) => h.snippet.marks.map(([s, e]) => h.snippet.text.slice(s, e)));

describe('searchAnnotations', () => {
  it('finds claims, rationales, highlight notes and link notes, saying where each belongs', () => {
    expect(found('tariff')).toEqual(['claim:c-tariff', 'highlight-note:h1']);
    expect(found('government')).toEqual(['rationale:c-plant']);
    expect(found('fishermen')).toEqual(['rationale:c-plant', 'link-note:h2>c-plant']);
    const [linkHit] = search('financial');
    expect(linkHit).toMatchObject({ kind: 'link-note', claimId: 'c-plant', highlightId: 'h2', articleId: 'a2' });
    const [noteHit] = search('ledger');
    expect(noteHit).toMatchObject({ kind: 'highlight-note', claimId: null, highlightId: 'h1', articleId: 'a1' });
    const [claimHit] = search('desalination');
    expect(claimHit).toMatchObject({ kind: 'claim', claimId: 'c-plant', highlightId: null, articleId: null });
  });

  it('finds every rater’s rationale and the reconciled verdict’s, each under its claim', () => {
    const d: Data = {
      claims: [claim('c1', 'Bills rise.', { rating: 'moderate', rationale: 'Settled on the annex figures.', author: 'Cy', decidedAt: at }), claim('c2', 'Crabs decline.')],
      highlights: [],
      links: [],
      ratings: [rating('c1', 'Ada', 'The annex is the council’s own.'), rating('c1', 'Ben', 'No annex cited.'), rating('c2', 'Ben', 'Annex B shows catches.')],
    };
    expect(found('annex', d)).toEqual(['rationale:c1', 'rationale:c1', 'rationale:c1', 'rationale:c2']);
    expect(search('settled', d)).toMatchObject([{ kind: 'rationale', claimId: 'c1', highlightId: null, articleId: null }]);
    expect(found('catches', d)).toEqual(['rationale:c2']);
  });

  it('matches words as article search does: any case, plural or singular', () => {
    expect(found('TARIFFS')).toEqual(['claim:c-tariff', 'highlight-note:h1']);
    expect(found('rise')).toEqual(['claim:c-tariff']);
    expect(found('catch')).toEqual(['claim:c-plant']);
    expect(found('nothing-here')).toEqual([]);
  });

  it('marks the matched words in the snippet, without the punctuation around them', () => {
    expect(marked('tariffs')).toEqual([['tariff'], ['Tariffs']]);
    expect(search('tariffs')[1]?.snippet.text).toBe('Tariffs, again: compare with the Ledger figure.');
    expect(marked('catch fishermen')).toEqual([['catches'], ['fishermen'], ['fishermen']]);
  });

  it('matches quoted phrases as whole words in order, across punctuation and line breaks', () => {
    expect(found('"water tariff"')).toEqual(['claim:c-tariff']);
    expect(marked('"water tariff"')).toEqual([['water tariff']]);
    expect(found('"tariff water"')).toEqual([]);
    expect(found('"financial aid"')).toEqual(['link-note:h2>c-plant']);
    const spaced: Data = { claims: [claim('c1', 'The Water\n  tariffs rose.')], highlights: [], links: [], ratings: [] };
    expect(found('"water tariff"', spaced)).toEqual(['claim:c1']);
    expect(marked('"water tariff"', spaced)).toEqual([['Water tariffs']]);
  });

  it('does not find a quoted word inside another word', () => {
    // "aid" is inside "said"; only the link note has the word itself.
    expect(found('"aid"')).toEqual(['link-note:h2>c-plant']);
    expect(found('aid')).toEqual(['link-note:h2>c-plant']);
  });

  it('keeps marks on the right words after letters whose lower case is longer', () => {
    const d: Data = { claims: [claim('c1', 'İzmir raised its water tariff.')], highlights: [], links: [], ratings: [] };
    expect(marked('"water tariff"', d)).toEqual([['water tariff']]);
    expect(marked('tariff', d)).toEqual([['tariff']]);
  });

  it('honours required (+) and excluded (-) words', () => {
    expect(found('+fishermen +government')).toEqual(['rationale:c-plant']);
    expect(found('fishermen -government')).toEqual(['link-note:h2>c-plant']);
    expect(found('tariff -ledger')).toEqual(['claim:c-tariff']);
    expect(found('tariff -"ledger figure"')).toEqual(['claim:c-tariff']);
    expect(found('+tariff plant')).toEqual(['claim:c-tariff', 'highlight-note:h1']);
  });

  it('ignores words too common to index, as article search does', () => {
    // "the" is in every claim; it must not make them all match "the tariff".
    expect(found('the tariff')).toEqual(['claim:c-tariff', 'highlight-note:h1']);
    expect(marked('the tariff')[0]).toEqual(['tariff']);
    // In a phrase it counts.
    expect(found('"the water tariff"')).toEqual(['claim:c-tariff']);
  });

  it('expands wildcards within a word', () => {
    expect(found('desal*')).toEqual(['claim:c-plant']);
    expect(marked('desal*')).toEqual([['desalination']]);
    expect(found('fisher*')).toEqual(['rationale:c-plant', 'link-note:h2>c-plant']);
    expect(found('*ination')).toEqual(['claim:c-plant']);
    expect(found('gov*ment')).toEqual(['rationale:c-plant']);
    expect(found('zzz*')).toEqual([]);
  });

  it('finds misspelt words with ~', () => {
    expect(found('goverment~1')).toEqual(['rationale:c-plant']);
    expect(found('goverment')).toEqual([]);
  });

  it('matches nothing for fields annotations do not have, and everything for text:', () => {
    expect(found('title:tariff')).toEqual([]);
    expect(found('+source:courier tariff')).toEqual([]);
    expect(found('text:tariff')).toEqual(['claim:c-tariff', 'highlight-note:h1']);
  });

  it('returns the same bad-query error as article search for a malformed query', () => {
    for (const q of ['"water tariff', 'author:smith', 'tariff~9', '-tariff']) {
      const r = searchAnnotations(q, data);
      expect(r.ok, q).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('bad-query');
        expect(r.error.message.length).toBeGreaterThan(10);
      }
    }
    expect(searchAnnotations('"water tariff', data)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Unclosed quote/) } });
  });

  it('finds nothing for an empty query and stops at the limit', () => {
    expect(found('   ')).toEqual([]);
    const many: Data = { claims: Array.from({ length: 30 }, (_, i) => claim(`c${i}`, `Tariff claim ${i}`)), highlights: [], links: [], ratings: [] };
    const r = searchAnnotations('tariff', many, 5);
    expect(r.ok && r.value.map((h) => h.claimId)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('cuts long notes to a snippet around the match', () => {
    const long = `${'Background words here. '.repeat(40)}The key figure is the tariff.${' More words.'.repeat(40)}`;
    const [hit] = search('tariff', { claims: [], highlights: [highlight('h1', 'a1', long)], links: [], ratings: [] });
    expect(hit!.snippet.text.length).toBeLessThan(260);
    expect(hit!.snippet.text.startsWith('…')).toBe(true);
    expect(hit!.snippet.marks.map(([s, e]) => hit!.snippet.text.slice(s, e))).toEqual(['tariff']);
  });

  describe('in every language', () => {
    const world: Data = {
      claims: [
        claim('c-ru', 'Поставки оборудования сорваны.'),
        claim('c-zh', '据报道，华为公司发布了新手机。'),
        claim('c-fr', 'L’Élysée a reçu Zoë.'),
      ],
      highlights: [highlight('h-ru', 'a1', 'Проверить «оборудования» и цены'), highlight('h-de', 'a2', 'Die Straße ist gesperrt.')],
      links: [link('l-ar', 'h-ru', 'c-ru', 'مصدر: الْعَرَبِيَّة')],
      ratings: [],
    };

    it('finds Cyrillic, Chinese and Arabic notes and claims', () => {
      expect(found('оборудования', world)).toEqual(['claim:c-ru', 'highlight-note:h-ru']);
      expect(found('ОБОРУДОВАНИЯ', world)).toEqual(['claim:c-ru', 'highlight-note:h-ru']);
      // "и" is a word here, not an English stop word.
      expect(found('и', world)).toEqual(['highlight-note:h-ru']);
      expect(found('华为', world)).toEqual(['claim:c-zh']);
      expect(found('手机', world)).toEqual(['claim:c-zh']);
      expect(found('العربية', world)).toEqual(['link-note:h-ru>c-ru']);
    });

    it('folds accents both ways', () => {
      expect(found('elysee', world)).toEqual(['claim:c-fr']);
      expect(found('zoe', world)).toEqual(['claim:c-fr']);
      expect(found('strasse', world)).toEqual(['highlight-note:h-de']);
      expect(found('Straße', world)).toEqual(['highlight-note:h-de']);
      expect(found('обору*', world)).toEqual(['claim:c-ru', 'highlight-note:h-ru']);
      expect(found('élys*', world)).toEqual(['claim:c-fr']);
    });

    it('marks exactly the words as written', () => {
      expect(marked('оборудования', world)).toEqual([['оборудования'], ['оборудования']]);
      expect(marked('华为', world)).toEqual([['华为']]);
      expect(marked('elysee zoe', world)).toEqual([['Élysée', 'Zoë']]);
      expect(marked('العربية', world)).toEqual([['الْعَرَبِيَّة']]);
    });
  });
});

describe('annotations in the languages of the project', () => {
  const notes: Data = {
    claims: [claim('c-fr', 'Les réfugiés attendent une décision du gouvernement.'), claim('c-ru', 'Беженцы ждут итогов выборов.'), claim('c-en', 'Refugees wait for the elections.')],
    highlights: [],
    links: [],
    ratings: [],
  };
  const found = (q: string, languages: string[]) => {
    const r = searchAnnotations(q, notes, 50, languages);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.map((h) => h.claimId).sort();
  };

  it('finds another form of a word in the languages of the project’s articles', () => {
    // Without Russian articles, Russian words are matched as written.
    expect(found('выборы', [])).toEqual([]);
    expect(found('выборы', ['ru'])).toEqual(['c-ru']);
    expect(found('réfugié', ['fr', 'en'])).toEqual(['c-fr']);
    expect(found('gouvernement', ['fr'])).toEqual(['c-fr']);
  });

  it('keeps English as before whatever the project’s languages', () => {
    expect(found('refugee', [])).toEqual(['c-en']);
    expect(found('refugee', ['fr', 'ru'])).toEqual(['c-en']);
    expect(found('election', ['fr', 'ru'])).toEqual(['c-en']);
  });
});
