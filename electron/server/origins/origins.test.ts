/**
 * Independent origins through the real backend: real project files and imports in a temp
 * folder, detection in the origins worker, decisions saved in the project, undone and
 * redone. The seed test reads ../shared/corpus/seeds and skips (saying why) without it.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnyEvent, ArgsOf, MethodName, ResultOf } from '../../../shared/api.js';
import { missingReason, referenceDir } from '../../dev/reference-data.js';
import type { Backend } from '../backend.js';
import { createTestBackend } from '../test-backend.js';

const seedsDir = referenceDir('corpus', 'seeds');
if (!seedsDir) console.warn(missingReason('corpus/seeds'));
const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'shared', 'origins', 'fixtures', 'independent-5g-report.txt');

const WIRE =
  'Council approves tax rise\n\nThe city council approved a rise of almost five per cent in council tax on Monday as it tries to close a gap of thirty eight million pounds in its budget. ' +
  'The cabinet also agreed to close two libraries and reduce the opening hours of three household waste sites, and around one hundred and twenty posts will be cut over two years, the Kent Messenger reported.';
const REWRITE =
  'Libraries to close in budget squeeze\n\nThe city council has approved a council tax rise of almost five per cent as it tries to close a thirty eight million pound gap in its budget. ' +
  'Its cabinet also agreed to close two libraries and to reduce the opening hours of three household waste sites, while around one hundred and twenty posts will be cut over two years.';
const OTHER = 'Bakery opens on the high street\n\nA new bakery has opened on the high street, selling sourdough loaves and pastries made on the premises every morning from six.';

let dir: string;
let backend: Backend;
let events: AnyEvent[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-origins-'));
  events = [];
  backend = createTestBackend(dir, (e) => events.push(e));
  await backend.handlers['prefs.setAuthorName']({ name: 'Ana' });
});
afterEach(async () => {
  await backend.dispose({ force: true }).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** Calls through dispatch, so arguments and results are checked against the contract. */
async function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const r = await backend.call(method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

async function projectWith(files: Record<string, string>): Promise<{ path: string; ids: Record<string, string> }> {
  const folder = join(dir, 'articles');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  const path = join(dir, 'p.warrant');
  await call('project.new', { path });
  const summary = await call('import.run', { sources: [{ kind: 'path', path: folder }] });
  const ids: Record<string, string> = {};
  for (const a of summary.imported) ids[a.file.replace(/^.*[/\\]/, '')] = a.id;
  return { path, ids };
}

const groups = (r: ResultOf<'origins.get'>, ids: Record<string, string>) => {
  const name = new Map(Object.entries(ids).map(([f, id]) => [id, f]));
  return r.clusters.map((c) => c.articles.map((a) => name.get(a)).sort().join('+')).sort();
};

describe('origins area', () => {
  it.skipIf(!seedsDir)('groups the five seeds as one origin, The Wall Street Journal, with reasons; an independent article stays alone', async () => {
    await call('project.new', { path: join(dir, 'seeds.warrant') });
    await call('import.run', { sources: [{ kind: 'path', path: seedsDir! }, { kind: 'path', path: FIXTURE }] });
    const report = await call('origins.get', {});
    expect(report.articleCount).toBe(6);
    const [wsj, alone] = report.clusters;
    expect(wsj).toMatchObject({ origin: 'The Wall Street Journal', name: 'The Wall Street Journal', weak: true });
    expect(wsj!.articles).toHaveLength(5);
    // 001, 002, 003, 004 credit it (001 through The Verge); 000 names no one but reports its facts.
    expect(wsj!.reasons.filter((r) => r.kind === 'attribution')).toHaveLength(4);
    expect(wsj!.reasons.some((r) => r.kind === 'attribution' && /The Verge/.test(r.detail))).toBe(true);
    expect(wsj!.reasons.find((r) => r.kind === 'matched-facts')?.detail).toMatch(/reports are claiming/);
    expect(alone!.articles).toHaveLength(1);
    expect(alone!.origin).toBeNull();
    expect(report.clusters).toHaveLength(2);
    expect(events.some((e) => e.name === 'origins.progress')).toBe(true);
  });

  it('splits, joins and renames by hand; undo and redo; the decisions are saved in the project file and survive re-detection', async () => {
    const { path, ids } = await projectWith({ 'wire.txt': WIRE, 'rewrite.txt': REWRITE, 'bakery.txt': OTHER });
    const first = await call('origins.get', {});
    expect(groups(first, ids)).toEqual(['bakery.txt', 'rewrite.txt+wire.txt']);
    expect(first.clusters[0]).toMatchObject({ origin: 'The Kent Messenger' });
    expect(first.clusters[0]!.reasons.map((r) => r.kind).sort()).toEqual(['attribution', 'text-reuse']);

    const split = await call('origins.split', { articleIds: [ids['rewrite.txt']!] });
    expect(groups(split, ids)).toEqual(['bakery.txt', 'rewrite.txt', 'wire.txt']);
    expect(events.some((e) => e.name === 'origins.changed')).toBe(true);
    const rewriteCluster = split.clusters.find((c) => c.articles.includes(ids['rewrite.txt']!))!;
    const bakeryCluster = split.clusters.find((c) => c.articles.includes(ids['bakery.txt']!))!;
    const joined = await call('origins.join', { clusterIds: [rewriteCluster.id, bakeryCluster.id] });
    expect(groups(joined, ids)).toEqual(['bakery.txt+rewrite.txt', 'wire.txt']);
    const both = joined.clusters.find((c) => c.articles.length === 2)!;
    const renamed = await call('origins.rename', { clusterId: both.id, name: 'High street newsletter' });
    expect(renamed.clusters.find((c) => c.articles.length === 2)).toMatchObject({ name: 'High street newsletter', renamed: true });
    expect(renamed.decisions).toBe(3);

    // Undo the rename, redo it: like any annotation action.
    const undone = await call('history.undo', {});
    expect(undone.redoKind).toBe('origins.rename');
    expect((await call('origins.get', {})).clusters.find((c) => c.articles.length === 2)?.renamed).toBe(false);
    await call('history.redo', {});
    expect((await call('origins.get', {})).clusters.find((c) => c.articles.length === 2)?.name).toBe('High street newsletter');

    // Saved in the project file, by article ids; a reopened project applies them to a fresh detection.
    await call('project.save', {});
    const file = JSON.parse(await readFile(path, 'utf8')) as { originDecisions: Array<{ kind: string; articles: string[] }> };
    expect(file.originDecisions.map((d) => d.kind)).toEqual(['split', 'join', 'rename']);
    expect(file.originDecisions[0]!.articles).toEqual([ids['rewrite.txt']]);
    await call('project.close', {});
    await call('project.open', { path });
    // A second rewrite arrives: detection runs again on four articles; the decisions still hold.
    const more = join(dir, 'more');
    await mkdir(more);
    await writeFile(join(more, 'rewrite2.txt'), `${REWRITE.replace('Libraries to close', 'Cuts agreed')} Residents can comment until March.`);
    const added = await call('import.run', { sources: [{ kind: 'path', path: more }] });
    ids['rewrite2.txt'] = added.imported[0]!.id;
    const after = await call('origins.get', {});
    expect(after.fromCache).toBe(false);
    expect(groups(after, ids)).toEqual(['bakery.txt+rewrite.txt', 'rewrite2.txt+wire.txt']);
    expect(after.clusters.find((c) => c.articles.includes(ids['bakery.txt']!))?.name).toBe('High street newsletter');

    // Reset: back to what detection finds.
    const reset = await call('origins.forget', {});
    expect(groups(reset, ids)).toEqual(['bakery.txt', 'rewrite.txt+rewrite2.txt+wire.txt']);
    expect(reset.decisions).toBe(0);
  });

  it('brings a colleague’s decisions in when their copy is merged, keeping mine', async () => {
    const { path, ids } = await projectWith({ 'wire.txt': WIRE, 'rewrite.txt': REWRITE, 'bakery.txt': OTHER });
    await call('origins.split', { articleIds: [ids['rewrite.txt']!] });
    await call('project.save', {});
    // Their copy: the same project, with a rename of their own made later.
    const copy = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown> & { originDecisions: object[] };
    copy.originDecisions = [{ id: 'ben-1', kind: 'rename', articles: [ids['bakery.txt']], name: 'Bakery flyer', author: 'Ben', at: '2999-01-01T00:00:00.000Z' }];
    const theirs = join(dir, 'theirs.warrant');
    await writeFile(theirs, JSON.stringify(copy));
    const preview = await call('merge.preview', { path: theirs });
    await call('merge.apply', { previewId: preview.previewId, decisions: [] });
    const merged = await call('origins.get', {});
    expect(groups(merged, ids)).toEqual(['bakery.txt', 'rewrite.txt', 'wire.txt']);
    expect(merged.clusters.find((c) => c.articles.includes(ids['bakery.txt']!))?.name).toBe('Bakery flyer');
    expect(merged.decisions).toBe(2);
  });

  it('caches detection by content, in memory and on disk', async () => {
    await projectWith({ 'wire.txt': WIRE, 'rewrite.txt': REWRITE });
    const first = await call('origins.get', {});
    expect(first.fromCache).toBe(false);
    expect((await call('origins.get', {})).fromCache).toBe(true);
    // Another backend (a restart) with the same cache folder reads the cached file.
    await call('project.save', {});
    await backend.dispose({ force: true });
    backend = createTestBackend(dir, (e) => events.push(e));
    await call('project.open', { path: join(dir, 'p.warrant') });
    const again = await call('origins.get', {});
    expect(again.fromCache).toBe(true);
    expect(again.clusters).toEqual(first.clusters);
  });

  it('groups a claim’s evidence by origin and counts independent origins among its supporting passages', async () => {
    const { ids } = await projectWith({ 'wire.txt': WIRE, 'rewrite.txt': REWRITE, 'bakery.txt': OTHER });
    const passage = async (file: string, phrase: string) => {
      const a = await call('articles.get', { id: ids[file]! });
      const start = a.text.indexOf(phrase);
      return { articleId: a.id, start, end: start + phrase.length };
    };
    const made = await call('claims.createFromSelection', { ...(await passage('wire.txt', 'close two libraries')), text: 'Two libraries will close' });
    await call('highlights.create', { ...(await passage('rewrite.txt', 'close two libraries')), link: { claimId: made.claim.id, stance: 'supports' } });
    const [one] = await call('origins.claims', { claimIds: [made.claim.id] });
    expect(one).toMatchObject({ claimId: made.claim.id, origins: 1 });
    expect(one!.groups[0]!.passages).toHaveLength(2);
    await call('highlights.create', { ...(await passage('bakery.txt', 'A new bakery')), link: { claimId: made.claim.id, stance: 'supports' } });
    await call('highlights.create', { ...(await passage('bakery.txt', 'sourdough loaves')), link: { claimId: made.claim.id, stance: 'refutes' } });
    const [two] = await call('origins.claims', {});
    expect(two!.origins).toBe(2);
    expect(two!.groups.map((g) => g.passages.length)).toEqual([2, 2]);
  });

  it('refuses to join a cluster that is no longer in the list, naming what to do', async () => {
    await projectWith({ 'wire.txt': WIRE, 'bakery.txt': OTHER });
    const r = await backend.call('origins.join', { clusterIds: ['origin-gone', 'origin-also-gone'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'not-found', details: { field: 'clusterId' } });
  });
});
