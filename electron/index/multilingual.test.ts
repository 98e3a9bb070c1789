import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { IndexStatus, SearchHit } from '../../shared/api.js';
import { ANALYSIS_VERSION } from '../../shared/search/analyzer.js';
import { SearchService, type IndexDoc } from './search-service.js';
import { bundledSearchWorker, hitIds, markedWords, searchHits, searchServiceFor } from './test-support.js';

// Articles written for these tests, one per language, each with its words in the title, the
// body and the source, and with text around them (Chinese words inside running text).
const docs: IndexDoc[] = [
  {
    id: 'ru',
    title: 'Поставки оборудования для сетей 5G',
    source: 'Коммерсантъ',
    date: null,
    text: 'Компания объявила о поставках телекоммуникационного оборудования. Оборудования не хватает, и ёлка не при чём. Цена «оборудования» выросла.',
  },
  {
    id: 'zh',
    title: '华为发布新手机',
    source: '新华社',
    date: null,
    text: '据报道，中国华为公司今天发布了新手机。这款手机支持5G网络，华为表示销量很好。',
  },
  {
    id: 'ar',
    title: 'العربية في الأخبار',
    source: 'الجزيرة',
    date: null,
    text: 'قالت الحكومة إن الاتصالات الْعَرَبِيَّة تتطور بسرعة، وأعلنت شركة هواوي عن شبكة جديدة.',
  },
  {
    id: 'he',
    title: 'חדשות הטכנולוגיה',
    source: 'הארץ',
    date: null,
    text: 'החברה הודיעה על רשת חדשה. שָׁלוֹם לכולם.',
  },
  {
    id: 'fr',
    title: 'L’Élysée et les États membres',
    source: 'Le Monde',
    date: null,
    text: 'Le Palais de l’Élysée a reçu Zoë Dupont. Les États-Unis et la Chine négocient. Zoe\u0308 Martin (écrit avec un tréma décomposé) était là.',
  },
  {
    id: 'de',
    title: 'Die Straße der Zukunft',
    source: 'Süddeutsche Zeitung',
    date: null,
    text: 'Auf der Straße in München wurden Fußgänger befragt. Die Grüße kamen aus Köln.',
  },
  {
    id: 'ja',
    title: '東京の天気',
    source: null,
    date: null,
    text: '東京都に住んでいます。ภาษาไทยง่ายนิดเดียว',
  },
  {
    id: 'en',
    title: 'Huawei equipment for 5G networks',
    source: 'Reuters',
    date: null,
    text: 'The equipment was delivered to the Elysee Palace cafe, said Zoe.',
  },
];

const fixture = searchServiceFor(docs, 'warrant-multilingual-');
const hits = (query: string, s = fixture.get()): Promise<SearchHit[]> => searchHits(s, query);
const ids = (query: string): Promise<string[]> => hitIds(fixture.get(), query);
/** What the reader would mark in article `id` for `query`. */
const marked = (id: string, query: string): Promise<string[]> => markedWords(fixture.get(), docs, id, query);

describe('searching articles in every language', () => {
  it('finds Russian words in titles, bodies and sources', async () => {
    expect(await ids('оборудования')).toEqual(['ru']);
    expect(await ids('ОБОРУДОВАНИЯ')).toEqual(['ru']);
    expect(await ids('коммерсантъ')).toEqual(['ru']);
    // A word English would drop as a stop word ("и" = "and") is a word like any other here.
    expect(await ids('и')).toEqual(['ru']);
    expect(await ids('елка')).toEqual(['ru']);
    expect(await ids('"поставках телекоммуникационного оборудования"')).toEqual(['ru']);
    expect(await ids('"оборудования поставках"')).toEqual([]);
  });

  it('finds Chinese words inside running text', async () => {
    expect(await ids('华为')).toEqual(['zh']);
    expect(await ids('手机')).toEqual(['zh']);
    expect(await ids('新华社')).toEqual(['zh']);
    expect(await ids('"华为公司"')).toEqual(['zh']);
    expect(await ids('华为 -手机')).toEqual([]);
  });

  it('finds Japanese and Thai words inside running text', async () => {
    expect(await ids('東京')).toEqual(['ja']);
    expect(await ids('ภาษา')).toEqual(['ja']);
    expect(await marked('ja', 'ไทย 東京')).toEqual(['東京', 'ไทย']);
  });

  it('finds Arabic and Hebrew words, with or without vowel points', async () => {
    expect(await ids('العربية')).toEqual(['ar']);
    expect(await ids('الجزيرة')).toEqual(['ar']);
    expect(await ids('שלום')).toEqual(['he']);
    expect(await ids('title:חדשות')).toEqual(['he']);
  });

  it('folds accents both ways', async () => {
    expect(await ids('Élysée')).toEqual(['en', 'fr']);
    expect(await ids('elysee')).toEqual(['en', 'fr']);
    expect(await ids('etats')).toEqual(['fr']);
    expect(await ids('zoe')).toEqual(['en', 'fr']);
    expect(await ids('Zoë')).toEqual(['en', 'fr']);
    expect(await ids('strasse')).toEqual(['de']);
    expect(await ids('STRASSE')).toEqual(['de']);
    expect(await ids('muenchen')).toEqual([]); // folding removes accents; it does not transliterate
    expect(await ids('munchen')).toEqual(['de']);
    expect(await ids('"palais de l’elysee"')).toEqual(['fr']);
  });

  it('folds wildcard patterns as it folds words, in every script', async () => {
    expect(await ids('обору*')).toEqual(['ru']);
    expect(await ids('élys*')).toEqual(['en', 'fr']);
    expect(await ids('ELYS*')).toEqual(['en', 'fr']);
  });

  it('marks exactly the matched words in snippets', async () => {
    const expectMarks = async (query: string, id: string, words: string[]) => {
      const h = (await hits(query)).find((x) => x.id === id);
      expect(h, query).toBeDefined();
      expect(h?.snippet.marks.map(([a, b]) => h.snippet.text.slice(a, b))).toEqual(words);
    };
    await expectMarks('оборудования', 'ru', ['оборудования', 'Оборудования', 'оборудования']);
    await expectMarks('华为', 'zh', ['华为', '华为']);
    await expectMarks('zoe', 'fr', ['Zoë', 'Zoe\u0308']);
    await expectMarks('العربية', 'ar', ['الْعَرَبِيَّة']);
    await expectMarks('"华为公司"', 'zh', ['华为公司']);
  });

  it('gives the reader exact ranges of every match', async () => {
    expect(await marked('ru', 'оборудования')).toEqual(['оборудования', 'Оборудования', 'оборудования']);
    expect(await marked('zh', '华为')).toEqual(['华为', '华为']);
    expect(await marked('zh', '手机')).toEqual(['手机', '手机']);
    expect(await marked('fr', 'etats elysee')).toEqual(['Élysée', 'États']);
    expect(await marked('de', 'strasse grusse')).toEqual(['Straße', 'Grüße']);
  });
});

describe('the index cache and the analysis version', () => {
  it('rebuilds once, with the normal progress, an index built by another analysis', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-multilingual-cache-'));
    const workerUrl = await bundledSearchWorker();
    try {
      const a = new SearchService({ cacheDir: dir, workers: 2, workerUrl });
      await a.setCorpus(docs);
      await a.close();
      // Make every file claim to come from the previous analysis (lunr's ASCII-only one),
      // checksum and all, as a cache written by the previous version of Warrant would be.
      const files = (await readdir(dir)).filter((n) => n.endsWith('.bin'));
      expect(files.length).toBe(2);
      for (const f of files) {
        const buf = await readFile(path.join(dir, f));
        const header = buf.toString('latin1', 16, 16 + buf.readUInt32LE(8));
        expect(header).toContain(`"analysis":${ANALYSIS_VERSION},`);
        buf.write(header.replace(`"analysis":${ANALYSIS_VERSION},`, `"analysis":${ANALYSIS_VERSION - 1},`), 16, 'latin1');
        buf.writeUInt32LE(zlib.crc32(buf.subarray(16)), 12);
        await writeFile(path.join(dir, f), buf);
      }
      const statuses: IndexStatus[] = [];
      const b = new SearchService({ cacheDir: dir, workers: 2, workerUrl, onStatus: (s) => statuses.push(s) });
      await b.setCorpus(docs);
      expect(b.status()).toMatchObject({ state: 'ready', fromCache: false, message: null });
      expect(statuses.some((s) => s.state === 'building')).toBe(true);
      expect(statuses.every((s) => s.message === null)).toBe(true);
      expect((await hits('华为', b)).map((h) => h.id)).toEqual(['zh']);
      await b.close();
      const c = new SearchService({ cacheDir: dir, workers: 2, workerUrl });
      await c.setCorpus(docs);
      expect(c.status().fromCache).toBe(true);
      expect((await hits('оборудования', c)).map((h) => h.id)).toEqual(['ru']);
      await c.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
