/**
 * Editing an article's details: a date the researcher sets is recorded as theirs. Real backend,
 * a real Word file imported from a temp folder.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../import/fixtures/make-docx.js';
import { setupTestBackend } from '../test-backend-hooks.js';

const env = setupTestBackend('articles');

/** A project holding one Word memo whose only date is the file's creation date. */
async function memo(): Promise<string> {
  await env.backend.handlers['project.new']({ path: join(env.dir, 'p.warrant') });
  const file = join(env.dir, 'memo.docx');
  await writeFile(file, await makeDocx({ paragraphs: ['Memo', 'Officials met in Berlin.'], core: { created: '2025-02-08T10:00:00Z' } }));
  await env.backend.handlers['import.run']({ sources: [{ kind: 'path', path: file }] });
  const [article] = await env.backend.handlers['articles.list']({});
  expect(article).toMatchObject({ date: '2025-02-08', dateSource: 'file' });
  return article!.id;
}

describe('articles.update and the date source', () => {
  it('records a date set in the editor as the researcher’s', async () => {
    const id = await memo();
    const updated = await env.backend.handlers['articles.update']({ id, patch: { date: '2022-08-18' } });
    expect(updated).toMatchObject({ date: '2022-08-18', dateSource: 'researcher' });
    expect(await env.backend.handlers['articles.get']({ id })).toMatchObject({ date: '2022-08-18', dateSource: 'researcher' });
  });

  it('keeps the source when other details change or the same date is sent again', async () => {
    const id = await memo();
    expect(await env.backend.handlers['articles.update']({ id, patch: { title: 'Berlin memo' } })).toMatchObject({ dateSource: 'file' });
    expect(await env.backend.handlers['articles.update']({ id, patch: { date: '2025-02-08' } })).toMatchObject({ dateSource: 'file' });
  });

  it('clears the source with the date', async () => {
    const id = await memo();
    expect(await env.backend.handlers['articles.update']({ id, patch: { date: null } })).toMatchObject({ date: null, dateSource: null });
  });
});
