/**
 * Search in the language of each article: stemming and stop words per language, a query
 * word matched in every language of the corpus, detection of articles without a language,
 * a researcher's correction re-indexing the article. Real SearchService, real workers (two
 * shards, so that languages seen by one shard reach the other), articles written for these
 * tests.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/api.js';
import { SearchService, type IndexDoc } from './search-service.js';
import { bundledSearchWorker, hitIds, markedWords, searchHits, searchServiceFor } from './test-support.js';

/** Articles written for these tests; none says its language: the workers detect it. */
const docs: IndexDoc[] = [
  {
    id: 'fr',
    title: 'Les réfugiés attendent une décision du gouvernement',
    source: 'Le Quotidien',
    date: null,
    text:
      'Des centaines de réfugiés sont arrivés cette semaine à la frontière. Les gouvernements européens ' +
      'se réunissent pour discuter des élections et de la sécurité. Une réfugiée a raconté son voyage.',
  },
  {
    id: 'de',
    title: 'Flüchtlinge warten auf die Entscheidung der Regierungen',
    source: 'Die Tageszeitung',
    date: null,
    text:
      'Hunderte Flüchtlinge sind in dieser Woche an der Grenze angekommen. Die Regierungen der Länder ' +
      'beraten über die Wahlen und die Sicherheit. Die Bürger der Städte helfen, wo sie können.',
  },
  {
    id: 'ru',
    title: 'Беженцы ждут решения правительства',
    source: 'Вечерние новости',
    date: null,
    text:
      'Сотни беженцев прибыли на границу на этой неделе. Правительства стран обсуждают итоги выборов ' +
      'и вопросы безопасности. Жители городов помогают, чем могут.',
  },
  {
    id: 'es',
    title: 'Los refugiados esperan la decisión del gobierno',
    source: 'El Diario',
    date: null,
    text:
      'Cientos de refugiados llegaron esta semana a la frontera. Los gobiernos de la región debaten sobre ' +
      'las elecciones y la seguridad de las ciudades. Los vecinos ayudan como pueden.',
  },
  {
    id: 'ar',
    title: 'اللاجئون ينتظرون قرار الحكومة',
    source: 'صحيفة الأخبار',
    date: null,
    text: 'وصل مئات اللاجئين إلى الحدود هذا الأسبوع. وتناقش الحكومات نتائج الانتخابات والأمن في المدن، ويساعد السكان قدر استطاعتهم.',
  },
  {
    id: 'en',
    title: 'Refugees wait for the government’s decision',
    source: 'The Daily',
    date: null,
    text: 'Hundreds of refugees arrived at the border this week. Governments are discussing the elections and the security of the cities.',
  },
];

const fixture = searchServiceFor(docs, 'warrant-languages-');
const hits = (query: string, s = fixture.get()): Promise<SearchHit[]> => searchHits(s, query);
const ids = (query: string, s = fixture.get()): Promise<string[]> => hitIds(s, query);
/** What the reader would mark in article `id` for `query`. */
const marked = (id: string, query: string): Promise<string[]> => markedWords(fixture.get(), docs, id, query);

describe('each article is searched in its own language', () => {
  it('finds French inflected forms by another form, with or without accents', async () => {
    expect(await ids('réfugié')).toContain('fr');
    expect(await ids('refugies')).toContain('fr');
    expect(await ids('gouvernement')).toContain('fr');
    expect(await ids('élection')).toContain('fr');
    expect(await ids('securite')).toContain('fr');
    expect(await marked('fr', 'réfugié gouvernement')).toEqual(['réfugiés', 'gouvernements']);
  });

  it('finds German plurals by their singular, Umlaut or not', async () => {
    expect(await ids('Flüchtling')).toEqual(['de']);
    expect(await ids('Regierung')).toEqual(['de']);
    expect(await ids('Wahl')).toEqual(['de']);
    expect(await ids('land')).toEqual(['de']);
    expect(await ids('burger')).toEqual(['de']);
    expect(await marked('de', 'flüchtling regierung')).toEqual(['Flüchtlinge', 'Regierungen']);
  });

  it('finds Russian case forms by another case', async () => {
    expect(await ids('беженцы')).toEqual(['ru']);
    expect(await ids('правительство')).toEqual(['ru']);
    expect(await ids('выборы')).toEqual(['ru']);
    expect(await ids('город')).toEqual(['ru']);
    expect(await marked('ru', 'беженцы выборы')).toEqual(['беженцев', 'выборов']);
  });

  it('finds Spanish plurals by their singular', async () => {
    expect(await ids('refugiado')).toContain('es');
    expect(await ids('elección')).toEqual(['es']);
    expect(await ids('ciudad')).toContain('es');
    expect(await ids('vecino')).toEqual(['es']);
  });

  it('finds Arabic words with or without the article and plural endings', async () => {
    expect(await ids('لاجئ')).toEqual(['ar']);
    expect(await ids('الحكومة')).toEqual(['ar']);
    expect(await ids('حكومة')).toEqual(['ar']);
    expect(await ids('انتخابات')).toEqual(['ar']);
    expect(await marked('ar', 'لاجئ')).toEqual(['اللاجئين']);
  });

  it('keeps English exactly as before: lunr’s stemmer, lunr’s stop words', async () => {
    expect(await ids('refugee')).toContain('en');
    expect(await ids('governments')).toContain('en');
    expect(await marked('en', 'refugee election')).toEqual(['refugees', 'elections']);
  });
});

describe('stop words of every language', () => {
  it('never refuses a stop word: alone it finds the articles having it', async () => {
    expect(await ids('les')).toEqual(['fr']);
    expect(await ids('los')).toEqual(['es']);
    expect(await ids('der')).toEqual(['de']);
    expect(await ids('и')).toEqual(['ru']);
    expect(await ids('في')).toEqual(['ar']);
  });

  it('weighs a stop word low beside other words, and still requires it when asked', async () => {
    // Beside a real word, "les" brings in no article of its own (the German and Russian ones
    // do not come with it); it only adds a little to the score of those having it.
    expect(await ids('réfugiés les')).toEqual(await ids('réfugiés'));
    const withLes = await hits('refugi* les');
    const without = await hits('refugi*');
    const score = (list: SearchHit[], id: string) => list.find((h) => h.id === id)?.score ?? 0;
    expect(score(withLes, 'fr')).toBeGreaterThan(score(without, 'fr'));
    expect(score(withLes, 'fr') - score(without, 'fr')).toBeLessThan(score(without, 'fr'));
    expect(score(withLes, 'en')).toBe(score(without, 'en'));
    expect(await ids('+gouvernement +des')).toEqual(['fr']);
    expect(await ids('"des élections"')).toEqual(['fr']);
  });
});

describe('a query in a corpus of several languages', () => {
  it('matches any language’s form of a word, for required, excluded and optional words', async () => {
    expect(await ids('+réfugiés')).toEqual(expect.arrayContaining(['fr']));
    expect(await ids('frontera -refugiados')).toEqual([]);
    expect(await ids('regierung OR правительство')).toEqual(['de', 'ru']);
    expect(await ids('regierung AND flüchtling')).toEqual(['de']);
  });

  it('takes a phrase in the language that knows its words', async () => {
    expect(await ids('"décision du gouvernement"')).toEqual(['fr']);
    expect(await ids('"решения правительства"')).toEqual(['ru']);
    expect(await ids('"entscheidung der regierung"')).toEqual(['de']);
  });

  it('expands wildcards over every language’s terms', async () => {
    expect(await ids('refug*')).toEqual(['en', 'es', 'fr']);
    expect(await ids('беж*')).toEqual(['ru']);
  });
});

describe('English as before', () => {
  it('scores an English corpus the same whether its languages are stored, detected or unknown', async () => {
    const workerUrl = await bundledSearchWorker();
    const english: IndexDoc[] = [
      { id: 'a', title: 'Refugees at the border', source: 'Wire', date: null, text: 'Hundreds of refugees arrived at the border, said the officials, who wanted more aid.' },
      { id: 'b', title: 'Elections in the cities', source: null, date: null, text: 'The elections of the city councils were held on Sunday; turnout was low in most cities.' },
      { id: 'c', title: 'Aid for the border towns', source: 'Daily', date: null, text: 'The government promised aid to the towns near the border, where refugees wait.' },
    ];
    const queries = ['refugees', 'border aid', '"the border"', '+aid -elections', 'citi*', 'refugee~1', 'the', 'who'];
    const scoresOf = async (list: IndexDoc[]) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-languages-en-'));
      const s = new SearchService({ cacheDir: dir, workers: 2, workerUrl });
      try {
        await s.setCorpus(list);
        const out: string[] = [];
        for (const q of queries) out.push(`${q}: ${(await hits(q, s)).map((h) => `${h.id}=${h.score}`).join(' ')}`);
        return out;
      } finally {
        await s.close();
        await rm(dir, { recursive: true, force: true });
      }
    };
    const detected = await scoresOf(english);
    expect(detected.every((line) => line.includes('='))).toBe(true);
    expect(await scoresOf(english.map((d) => ({ ...d, language: { code: 'en', source: 'researcher' as const } })))).toEqual(detected);
    expect(await scoresOf(english.map((d) => ({ ...d, language: { code: 'und', source: 'researcher' as const } })))).toEqual(detected);
  });
});

describe('the language a researcher sets', () => {
  it('re-indexes the article in the language chosen', async () => {
    const workerUrl = await bundledSearchWorker();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-languages-edit-'));
    const s = new SearchService({ cacheDir: dir, workers: 2, workerUrl });
    try {
      const ru = docs.find((d) => d.id === 'ru') as IndexDoc;
      // Marked as of unknown language: Russian words are matched as written, unstemmed.
      const unknown = docs.map((d) => (d.id === 'ru' ? { ...ru, language: { code: 'und', source: 'researcher' as const } } : d));
      await s.setCorpus(unknown);
      expect(await ids('выборы', s)).toEqual([]);
      expect(await ids('выборов', s)).toEqual(['ru']);
      // Set to Russian: the index is rebuilt (not loaded from the cache of the other choice).
      const russian = docs.map((d) => (d.id === 'ru' ? { ...ru, language: { code: 'ru', source: 'researcher' as const } } : d));
      await s.setCorpus(russian);
      expect(s.status().fromCache).toBe(false);
      expect(await ids('выборы', s)).toEqual(['ru']);
      expect(await markedWords(s, russian, 'ru', 'выборы')).toEqual(['выборов']);
    } finally {
      await s.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('loads from the cache an index whose articles were detected, once the detection is stored', async () => {
    const workerUrl = await bundledSearchWorker();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-languages-cache-'));
    try {
      const a = new SearchService({ cacheDir: dir, workers: 2, workerUrl });
      await a.setCorpus(docs);
      await a.close();
      // The detections are remembered beside the index, so a reopening need not detect again.
      expect((await readdir(dir)).filter((n) => n.startsWith('languages-')).sort()).toEqual(['languages-0-of-2.json', 'languages-1-of-2.json']);
      const again = new SearchService({ cacheDir: dir, workers: 2, workerUrl });
      await again.setCorpus(docs);
      expect(again.status().fromCache).toBe(true);
      expect(await ids('Flüchtling', again)).toEqual(['de']);
      await again.close();
      // The same articles with the language the importer would have stored.
      const stored = docs.map((d) => ({ ...d, language: { code: d.id, source: 'detected' as const } }));
      const b = new SearchService({ cacheDir: dir, workers: 2, workerUrl });
      await b.setCorpus(stored);
      expect(b.status().fromCache).toBe(true);
      expect(await ids('Flüchtling', b)).toEqual(['de']);
      await b.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
