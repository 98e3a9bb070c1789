/**
 * Source reliability and information credibility through the real backend: a real project file
 * in a temp folder, the sample corpus imported by the real pipeline, saved and read back.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rejection } from '../../../shared/test-support/errors.js';
import { setupTestBackend } from '../test-backend-hooks.js';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample', 'articles');
const env = setupTestBackend('publishers', { sampleDir: SAMPLE_DIR });
const h = () => env.backend.handlers;

async function sampleProject(): Promise<string> {
  const path = join(env.dir, 'projects', 'Grades.warrant');
  await h()['project.new']({ path });
  await h()['import.run']({ sources: [{ kind: 'path', path: SAMPLE_DIR }] });
  return path;
}

describe('publishers.setReliability', () => {
  it('grades a publisher by its normalised name, pushes it in the annotations view, saves it, and undoes in one step', async () => {
    const path = await sampleProject();
    await h()['prefs.setAuthorName']({ name: 'Ada' });
    const grade = await h()['publishers.setReliability']({ name: 'The  Wall Street Journal', reliability: 'B' });
    expect(grade).toMatchObject({ id: 'the wall street journal', name: 'The Wall Street Journal', reliability: 'B', author: 'Ada' });
    const regraded = await h()['publishers.setReliability']({ name: 'the wall street journal', reliability: 'A' });
    expect(regraded.revs).toEqual([grade.rev]);
    expect((await h()['annotations.get']({})).publishers).toEqual([regraded]);

    const undone = await h()['history.undo']({});
    expect(undone.redoLabel).toBe('Grade source reliability');
    expect((await h()['annotations.get']({})).publishers?.[0]?.reliability).toBe('B');

    await h()['project.save']({});
    const saved = JSON.parse(await readFile(path, 'utf8')) as { publishers: Array<{ reliability: string }> };
    expect(saved.publishers.map((p) => p.reliability)).toEqual(['B']);
  });

  it('clears a grade to null (kept as a record), and refuses an empty name', async () => {
    await sampleProject();
    await h()['publishers.setReliability']({ name: 'Reuters', reliability: 'C' });
    const cleared = await h()['publishers.setReliability']({ name: 'Reuters', reliability: null });
    expect(cleared.reliability).toBeNull();
    expect((await rejection(h()['publishers.setReliability']({ name: '   ', reliability: 'A' }))).code).toBe('bad-args');
  });
});

describe('highlights.update credibility', () => {
  it('sets and clears a passage’s information credibility as one undo step', async () => {
    await sampleProject();
    const [article] = await h()['articles.list']({});
    if (!article) throw new Error('sample corpus missing');
    const made = await h()['highlights.create']({ articleId: article.id, start: 0, end: 10 });
    const graded = await h()['highlights.update']({ id: made.id, patch: { credibility: 2 } });
    expect(graded.credibility).toBe(2);
    await h()['history.undo']({});
    expect((await h()['annotations.get']({})).highlights[0]?.credibility).toBeUndefined();
  });
});

describe('merging a colleague’s grades', () => {
  it('brings a publisher graded in their copy into mine, as one undo step', async () => {
    const mine = await sampleProject();
    await h()['project.save']({});
    const theirs = join(env.dir, 'projects', 'Theirs.warrant');
    await copyFile(mine, theirs);
    await h()['project.open']({ path: theirs });
    await h()['publishers.setReliability']({ name: 'Reuters', reliability: 'A' });
    await h()['project.save']({});
    await h()['project.open']({ path: mine });
    expect((await h()['annotations.get']({})).publishers).toBeUndefined();
    const preview = await h()['merge.preview']({ path: theirs });
    await h()['merge.apply']({ previewId: preview.previewId, decisions: [] });
    expect((await h()['annotations.get']({})).publishers?.map((p) => [p.name, p.reliability])).toEqual([['Reuters', 'A']]);
    await h()['history.undo']({});
    expect((await h()['annotations.get']({})).publishers).toBeUndefined();
  });
});
