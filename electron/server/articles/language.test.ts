/**
 * An article's language: detected at import and stored, shown in the article list, changed by
 * the researcher (a new revision, saved with the project, the article re-indexed), and absent
 * from projects of format 4, which still open and search. Real backend, real text files
 * written for this test in a temp folder, the real search index.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupTestBackend } from '../test-backend-hooks.js';

const env = setupTestBackend('language');

const FRENCH =
  'Réfugiés à la frontière\n\nDes centaines de réfugiés sont arrivés cette semaine à la frontière. Les gouvernements ' +
  'européens se réunissent pour discuter des élections et de la sécurité des villes.';
const RUSSIAN =
  'Беженцы на границе\n\nСотни беженцев прибыли на границу на этой неделе. Правительства стран обсуждают итоги ' +
  'выборов и вопросы безопасности городов.';

/** A new project holding the French and the Russian article; their ids by language. */
async function project(): Promise<{ fr: string; ru: string; path: string }> {
  const path = join(env.dir, 'p.warrant');
  await env.backend.handlers['project.new']({ path });
  await writeFile(join(env.dir, 'fr.txt'), FRENCH);
  await writeFile(join(env.dir, 'ru.txt'), RUSSIAN);
  await env.backend.handlers['import.run']({ sources: [{ kind: 'path', path: join(env.dir, 'fr.txt') }, { kind: 'path', path: join(env.dir, 'ru.txt') }] });
  const list = await env.backend.handlers['articles.list']({});
  const id = (file: string) => list.find((a) => a.fileName === file)!.id;
  return { fr: id('fr.txt'), ru: id('ru.txt'), path };
}

const found = async (query: string) => (await env.backend.handlers['search.query']({ query })).hits.map((h) => h.id);

describe('the language of an article', () => {
  it('is detected at import, stored, and used by search', async () => {
    const { fr, ru } = await project();
    const list = await env.backend.handlers['articles.list']({});
    expect(list.find((a) => a.id === fr)?.language).toEqual({ code: 'fr', source: 'detected' });
    expect(list.find((a) => a.id === ru)?.language).toEqual({ code: 'ru', source: 'detected' });
    expect(await found('réfugié')).toEqual([fr]);
    expect(await found('выборы')).toEqual([ru]);
  });

  it('set by the researcher, is a new revision, re-indexes the article and is saved', async () => {
    const { ru, path } = await project();
    const before = await env.backend.handlers['articles.get']({ id: ru });
    const updated = await env.backend.handlers['articles.update']({ id: ru, patch: { language: { code: 'und', source: 'researcher' } } });
    expect(updated.language).toEqual({ code: 'und', source: 'researcher' });
    expect(updated.rev).not.toBe(before.rev);
    // Unknown language: Russian words are matched as written, no longer by their stem.
    expect(await found('выборы')).toEqual([]);
    expect(await found('выборов')).toEqual([ru]);
    await env.backend.handlers['project.save']({});
    const saved = JSON.parse(await readFile(path, 'utf8')) as { articles: { id: string; language?: unknown }[] };
    expect(saved.articles.find((a) => a.id === ru)?.language).toEqual({ code: 'und', source: 'researcher' });
    await env.backend.handlers['project.close']({});
    await env.backend.handlers['project.open']({ path });
    expect((await env.backend.handlers['articles.get']({ id: ru })).language).toEqual({ code: 'und', source: 'researcher' });
    await env.backend.handlers['articles.update']({ id: ru, patch: { language: { code: 'ru', source: 'researcher' } } });
    expect(await found('выборы')).toEqual([ru]);
  });

  it('is absent from a format-4 project, which opens and is searched in the detected languages', async () => {
    const { fr, path } = await project();
    await env.backend.handlers['project.save']({});
    await env.backend.handlers['project.close']({});
    // The same project as format 4 wrote it: no languages.
    const file = JSON.parse(await readFile(path, 'utf8')) as { schemaVersion: number; articles: { language?: unknown }[] };
    const four = { ...file, schemaVersion: 4, articles: file.articles.map(({ language: _dropped, ...a }) => a) };
    const old = join(env.dir, 'old.warrant');
    await writeFile(old, JSON.stringify(four));
    await env.backend.handlers['project.open']({ path: old });
    expect((await env.backend.handlers['articles.get']({ id: fr })).language).toBeUndefined();
    expect(await found('réfugié')).toEqual([fr]);
    expect(await found('gouvernement')).toEqual([fr]);
  });
});
