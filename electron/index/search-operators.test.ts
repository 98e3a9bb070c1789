import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../shared/api.js';
import { SearchService, type IndexDoc } from './search-service.js';
import { editDistance } from '../../shared/search/edit-distance.js';
import { bundledSearchWorker } from './test-support.js';

const doc = (id: string, title: string, text: string): IndexDoc => ({ id, title, text, source: null, date: null });
const DOCS: IndexDoc[] = [
  doc('d1', 'Huawei in Germany', 'Huawei builds networks in Germany. The US said it wants to know who pays.'),
  doc('d2', 'ZTE phones', 'ZTE and Huawei sell phones in Africa.'),
  doc('d3', 'Germany votes', 'Germany votes on 5G rules for operators.'),
  doc('d4', 'What the minister wants', 'Nothing about cables here.'),
  doc('d5', 'Cables', 'Let us talk about cables and the sea.'),
  doc('d6', 'A phone number', 'Call +1 202 555 0100 for the hotline about telecommunications.'),
];

let service: SearchService;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-operators-test-'));
  // Two shards, so that results and suggestions are merged across workers.
  service = new SearchService({ cacheDir: dir, workers: 2, workerUrl: await bundledSearchWorker() });
  await service.setCorpus(DOCS);
});
afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

async function answer(query: string): Promise<SearchResponse> {
  const r = await service.search(query);
  if (!r.ok) throw new Error(`${query}: ${r.error.message}`);
  return r.value;
}
const found = async (query: string) => (await answer(query)).hits.map((h) => h.id).sort();
const ranked = async (query: string) => (await answer(query)).hits.map((h) => h.id);

describe('operators through the search service', () => {
  it('AND requires both, OR (and a bare list) either, NOT excludes', async () => {
    expect(await found('huawei AND germany')).toEqual(['d1']);
    expect(await found('huawei germany')).toEqual(['d1', 'd2', 'd3']);
    expect(await found('huawei OR germany')).toEqual(['d1', 'd2', 'd3']);
    expect((await ranked('huawei OR germany'))[0]).toBe('d1');
    expect(await found('huawei NOT zte')).toEqual(['d1']);
    expect(await found('huawei AND NOT germany')).toEqual(['d2']);
    expect(await found('germany AND "5g rules"')).toEqual(['d3']);
    // Lower case "and" is a word (a very common one), not an operator.
    expect(await found('huawei and germany')).toEqual(['d1', 'd2', 'd3']);
  });

  it('reads +1 as the number, not as a required word 1 with an operator', async () => {
    expect(await found('+1')).toEqual(['d6']);
    // Both optional: the number does not make "cables" required.
    expect(await found('+1 cables')).toEqual(['d4', 'd5', 'd6']);
  });

  it('refuses an operator mix it cannot read, saying how to ask', async () => {
    const r = await service.search('(huawei OR zte) AND germany');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'bad-query', message: expect.stringMatching(/parentheses/) as unknown });
  });
});

describe('very common words are searched, never refused', () => {
  it('finds a query of common words alone by scanning, with low scores', async () => {
    expect(await found('US')).toEqual(['d1', 'd5']);
    expect(await found('who')).toEqual(['d1']);
    expect(await found('said')).toEqual(['d1']);
    expect(await found('title:wants')).toEqual(['d4']);
    expect(await found('wants')).toEqual(['d1', 'd4']);
    const us = await answer('US');
    const huawei = await answer('huawei');
    expect(Math.max(...us.hits.map((h) => h.score))).toBeLessThan(Math.min(...huawei.hits.map((h) => h.score)));
    // The word is marked in the snippet like any other.
    const d5 = us.hits.find((h) => h.id === 'd5');
    expect(d5?.snippet.marks.map(([a, b]) => d5.snippet.text.slice(a, b))).toEqual(['us']);
  });

  it('beside other words, a common word only weighs: it adds score, not articles', async () => {
    expect(await found('huawei us')).toEqual(await found('huawei'));
    const score = async (q: string, id: string) => (await answer(q)).hits.find((h) => h.id === id)?.score ?? 0;
    expect(await score('huawei us', 'd1')).toBeGreaterThan(await score('huawei', 'd1'));
    expect(await score('huawei us', 'd2')).toBe(await score('huawei', 'd2'));
  });

  it('filters when required or excluded', async () => {
    expect(await found('huawei AND us')).toEqual(['d1']);
    expect(await found('+us huawei')).toEqual(['d1', 'd5']);
    expect((await ranked('+us huawei'))[0]).toBe('d1');
    expect(await found('huawei -who')).toEqual(['d2']);
    expect(await found('cables NOT us')).toEqual(['d4']);
  });

  it('gives the reader the common word’s matches too', async () => {
    const r = await service.hits('d5', 'us');
    expect(r.ok && r.value.map(([a, b]) => DOCS[4]?.text.slice(a, b))).toEqual(['us']);
  });
});

describe('did you mean', () => {
  it('suggests close terms from the index when nothing is found', async () => {
    const r = await answer('huawai');
    expect(r.total).toBe(0);
    expect(r.suggestions?.[0]).toBe('huawei');
    // Only the unknown word changes; operators and the rest stay as typed.
    expect((await answer('huawai AND germny')).suggestions?.[0]).toBe('huawei AND germany');
    expect((await answer('title:huawai')).suggestions?.[0]).toBe('title:huawei');
    // The suggestion is written as in the articles, not as the stem the index keeps.
    expect((await answer('netwroks')).suggestions?.[0]).toBe('networks');
    // Each suggestion finds something.
    for (const q of ['huawai', 'huawai AND germny']) {
      for (const s of (await answer(q)).suggestions ?? []) expect((await answer(s)).total, s).toBeGreaterThan(0);
    }
  });

  it('suggests nothing when results exist, nothing is close, or the words are all known', async () => {
    expect((await answer('huawei')).suggestions).toBeUndefined();
    expect((await answer('xyzzyq')).suggestions).toBeUndefined();
    expect((await answer('zte AND germany')).total).toBe(0);
    expect((await answer('zte AND germany')).suggestions).toBeUndefined();
    // An excluded word is not corrected.
    expect((await answer('xyzzyq -huawai')).suggestions).toBeUndefined();
  });

  it('counts edits as lunr does, with transpositions', () => {
    expect(editDistance('huawai', 'huawei', 2)).toBe(1);
    expect(editDistance('huaewi', 'huawei', 2)).toBe(1);
    expect(editDistance('germny', 'germani', 2)).toBe(2);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });
});
