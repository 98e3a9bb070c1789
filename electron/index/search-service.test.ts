import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IndexStatus } from '../../shared/api.js';
import { missingReason, referenceDir } from '../dev/reference-data.js';
import { SearchService, type IndexDoc } from './search-service.js';
import { bundledSearchWorker } from './test-support.js';

/** The five real seed articles beside the checkout, or null on a clone without them. */
const SEEDS = referenceDir('corpus', 'seeds');
// Printed once at load so the skip below is explained in the test output.
if (!SEEDS) console.warn(missingReason('corpus/seeds'));

async function seedDocs(dir: string): Promise<IndexDoc[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8');
      return { id: name, title: text.split('\n')[0]?.trim() ?? name, source: 'seed', date: null, text };
    }),
  );
}

let workerUrl: URL;
let docs: IndexDoc[];
const services: SearchService[] = [];
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'warrant-index-test-'));
  dirs.push(dir);
  return dir;
}

function service(cacheDir: string, opts: { workers?: number; onStatus?: (s: IndexStatus) => void } = {}): SearchService {
  const s = new SearchService({ cacheDir, workerUrl, ...opts });
  services.push(s);
  return s;
}

beforeAll(async () => {
  // Nothing to prepare when every test here is skipped for want of the seeds.
  if (!SEEDS) return;
  workerUrl = await bundledSearchWorker();
  docs = await seedDocs(SEEDS);
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function ids(s: SearchService, query: string): Promise<string[]> {
  const r = await s.search(query);
  if (!r.ok) throw new Error(`${query}: ${r.error.message}`);
  return r.value.hits.map((h) => h.id);
}

describe.skipIf(!SEEDS)('SearchService over the seed articles', () => {
  it('finds every article mentioning huawei, best first, with marked snippets', async () => {
    const s = service(await tempDir());
    await s.setCorpus(docs);
    const r = await s.search('huawei');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total).toBe(5);
    expect(new Set(r.value.hits.map((h) => h.id))).toEqual(new Set(docs.map((d) => d.id)));
    const scores = r.value.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const h of r.value.hits) {
      expect(h.snippet.text.length).toBeLessThanOrEqual(202);
      expect(h.snippet.marks.length).toBeGreaterThan(0);
      for (const [a, b] of h.snippet.marks) expect(h.snippet.text.slice(a, b).toLowerCase()).toBe('huawei');
    }
  });

  it('finds exactly the articles containing a quoted phrase', async () => {
    const s = service(await tempDir());
    await s.setCorpus(docs);
    const contains = (d: IndexDoc, phrase: string) => d.text.toLowerCase().replace(/\s+/g, ' ').includes(phrase);
    for (const phrase of ['financial aid', 'aid for telecommunications', 'the us government']) {
      const expected = docs.filter((d) => contains(d, phrase)).map((d) => d.id);
      expect(expected.length, phrase).toBeGreaterThan(0);
      expect(expected.length, phrase).toBeLessThan(docs.length + (phrase === 'the us government' ? 1 : 0));
      expect((await ids(s, `"${phrase}"`)).sort(), phrase).toEqual(expected.sort());
    }
    // Both words occur in every article, but next to each other only in some.
    const apart = docs.filter((d) => /\bfinancial/i.test(d.text) && /\baid\b/i.test(d.text) && !contains(d, 'financial aid'));
    for (const d of apart) expect(await ids(s, '"financial aid"')).not.toContain(d.id);
  });

  it('tokenizes query words like indexed words, so punctuation does not matter', async () => {
    const s = service(await tempDir());
    await s.setCorpus(docs);
    const all = (await ids(s, 'huawei')).sort();
    for (const q of ['huawei,', '(huawei)', 'HUAWEI.', '"Huawei"', '“huawei”', 'huawei!?', '+huawei']) {
      expect((await ids(s, q)).sort(), q).toEqual(all);
    }
    expect(await ids(s, 'title:huawei')).not.toHaveLength(0);
    expect(await ids(s, 'hua*')).toHaveLength(5);
    expect(await ids(s, 'huawey~1')).toHaveLength(5);
    expect(await ids(s, 'huawei -zte').then((x) => x.length)).toBeLessThan(5);
  });

  it('answers malformed queries with a bad-query error that says what to fix', async () => {
    const s = service(await tempDir());
    await s.setCorpus(docs);
    const cases: [string, RegExp][] = [
      ['"financial aid', /closing "/],
      ['foo:huawei', /title, text, source/],
      ['huawei~', /edit distance/],
      ['-huawei', /at least one word/],
      ['title:', /must be followed/],
      ['huawei^', /positive number/],
      ['huawei OR zte AND us', /combines OR with required words/],
    ];
    for (const [q, message] of cases) {
      const r = await s.search(q);
      expect(r.ok, q).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('bad-query');
        expect(r.error.message, q).toMatch(message);
      }
    }
    for (const q of ['', '   ', '...', '"', '""']) {
      const r = await s.search(q);
      if (q === '"') expect(r.ok).toBe(false);
      else expect(r, q).toEqual({ ok: true, value: { query: q, total: 0, hits: [] } });
    }
  });

  it('searches what the issue asked for: operators, very common words and a typo', async () => {
    const s = service(await tempDir());
    await s.setCorpus(docs);
    const has = (d: IndexDoc, word: RegExp) => word.test(d.text) || word.test(d.title);
    const expected = (word: RegExp) => docs.filter((d) => has(d, word)).map((d) => d.id).sort();
    // "US" is a key word of the seed story: searched, not refused as too common.
    expect(expected(/\bus\b/i).length).toBeGreaterThan(0);
    expect((await ids(s, 'US')).sort()).toEqual(expected(/\bus\b/i));
    expect((await ids(s, 'who')).sort()).toEqual(expected(/\bwho\b/i));
    expect((await ids(s, 'huawei AND US')).sort()).toEqual(expected(/\bus\b/i));
    const r = await s.search('huawai');
    expect(r.ok && r.value.total).toBe(0);
    expect(r.ok && r.value.suggestions?.[0]).toBe('huawei');
  });

  it('gives the ranges of every match in an article, pointing at the matched words', async () => {
    const s = service(await tempDir());
    await s.setCorpus(docs);
    const doc = docs.find((d) => /financial aid/i.test(d.text)) as IndexDoc;
    const r = await s.hits(doc.id, 'huawei "financial aid"');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const words = r.value.map(([a, b]) => doc.text.slice(a, b).toLowerCase());
    expect(words).toContain('financial aid');
    expect(words.filter((w) => w === 'huawei').length).toBe((doc.text.match(/huawei(?![a-z'’])/gi) ?? []).length);
    for (let i = 1; i < r.value.length; i++) expect(r.value[i]![0]).toBeGreaterThanOrEqual(r.value[i - 1]![1]);
    const missing = await s.hits('no-such-article', 'huawei');
    expect(missing.ok ? null : missing.error.code).toBe('not-found');
  });

  it('builds in worker threads, never on the calling thread', async () => {
    const statuses: IndexStatus[] = [];
    const s = service(await tempDir(), { onStatus: (st) => statuses.push(st) });
    await s.setCorpus(docs);
    const workers = s.workerThreadIds();
    expect(workers.length).toBeGreaterThan(0);
    expect(workers).not.toContain(threadId);
    expect(statuses[0]?.state).toBe('building');
    expect(s.status()).toMatchObject({ state: 'ready', done: 5, total: 5, fromCache: false });
  });

  it('loads the same index from the cache, with identical results', async () => {
    const dir = await tempDir();
    const queries = ['huawei', '"financial aid"', 'allies ban -zte', 'title:allies', 'secur*', 'goverment~1', 'us^3 china'];
    const a = service(dir);
    await a.setCorpus(docs);
    const fresh = await Promise.all(queries.map((q) => a.search(q)));
    await a.close();
    expect((await readdir(dir)).some((f) => f.endsWith('.bin'))).toBe(true);
    const b = service(dir);
    await b.setCorpus(docs);
    expect(b.status().fromCache).toBe(true);
    expect(await Promise.all(queries.map((q) => b.search(q)))).toEqual(fresh);
  });

  it('ignores a damaged cache file and rebuilds', async () => {
    const dir = await tempDir();
    const a = service(dir);
    await a.setCorpus(docs);
    const fresh = await a.search('huawei allies');
    await a.close();
    for (const f of (await readdir(dir)).filter((n) => n.endsWith('.bin'))) {
      const buf = await readFile(path.join(dir, f));
      buf[buf.length - 5] = (buf[buf.length - 5] ?? 0) ^ 0xff;
      await writeFile(path.join(dir, f), buf);
    }
    const b = service(dir);
    await b.setCorpus(docs);
    expect(b.status().fromCache).toBe(false);
    expect(await b.search('huawei allies')).toEqual(fresh);
    await b.close();
    // The rebuilt cache is good again.
    const c = service(dir);
    await c.setCorpus(docs);
    expect(c.status().fromCache).toBe(true);
  });

  it('does not reuse the cache when an article text changed, even with the same length', async () => {
    const dir = await tempDir();
    const a = service(dir);
    await a.setCorpus(docs);
    await a.close();
    const first = docs[0] as IndexDoc;
    const edited = first.text.replace(/Huawei/, 'Xyzzyx');
    expect(edited.length).toBe(first.text.length);
    const b = service(dir);
    await b.setCorpus([{ ...first, text: edited }, ...docs.slice(1)]);
    expect(b.status()).toMatchObject({ fromCache: false, message: null });
    expect(await ids(b, 'xyzzyx')).toEqual([first.id]);
  });

  it('opens with the articles’ content hashes, but rebuilds when a text does not match its hash', async () => {
    const { createHash } = await import('node:crypto');
    const hashed = docs.map((d) => ({ ...d, contentHash: createHash('sha256').update(d.text).digest('hex') }));
    const dir = await tempDir();
    const a = service(dir);
    await a.setCorpus(hashed);
    await a.close();
    // Same metadata and hash, different text: the cache is opened on trust, then caught.
    const first = hashed[0] as IndexDoc;
    const lying = [{ ...first, text: first.text.replace(/Huawei/, 'Xyzzyx') }, ...hashed.slice(1)];
    const statuses: IndexStatus[] = [];
    const b = service(dir, { onStatus: (st) => statuses.push(st) });
    await b.setCorpus(lying);
    expect(b.status().fromCache).toBe(true);
    for (let i = 0; i < 100 && !statuses.some((st) => st.state === 'ready' && st.message); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(b.status()).toMatchObject({ state: 'ready', fromCache: false, message: expect.stringContaining(first.id) });
    expect(await ids(b, 'xyzzyx')).toEqual([first.id]);
  });

  it('lets the latest corpus win when setCorpus is called again before finishing', async () => {
    const s = service(await tempDir());
    const first = s.setCorpus(docs);
    const pending = s.search('huawei');
    const second = s.setCorpus(docs.slice(0, 2));
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toBeUndefined();
    const r = await pending;
    expect(r.ok && r.value.total).toBe(2);
    expect(s.status()).toMatchObject({ state: 'ready', total: 2 });
  });

  it('rejects a corpus with duplicate ids and keeps the current one', async () => {
    const s = service(await tempDir());
    await s.setCorpus(docs);
    await expect(s.setCorpus([...docs, { ...(docs[0] as IndexDoc) }])).rejects.toMatchObject({ code: 'bad-args' });
    expect(s.status()).toMatchObject({ state: 'ready', total: 5 });
    expect(await ids(s, 'huawei')).toHaveLength(5);
  });

  it('keeps answering from the previous index while a new one builds', async () => {
    const s = service(await tempDir());
    await s.setCorpus(docs);
    const rebuild = s.setCorpus(docs.slice(0, 1));
    const during = await s.search('huawei');
    expect(during.ok && during.value.total).toBeGreaterThanOrEqual(1);
    await rebuild;
    const after = await s.search('huawei');
    expect(after.ok && after.value.total).toBe(1);
  });
});
