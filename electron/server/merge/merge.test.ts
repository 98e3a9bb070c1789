/**
 * Merging copies through the real backend: real project files in a temp folder, the sample
 * corpus, two people (two backends with their own preferences) working on copies of one file.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model.js';
import type { Backend } from '../backend.js';
import { createTestBackend } from '../test-backend.js';

const SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'sample', 'articles');
const PHRASE = 'The average household bill will rise by 9 per cent';

let dir: string;
let ana: Backend;
let ben: Backend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-merge-'));
  ana = createTestBackend(join(dir, 'ana'), () => undefined, SAMPLE_DIR);
  ben = createTestBackend(join(dir, 'ben'), () => undefined, SAMPLE_DIR);
  await ana.handlers['prefs.setAuthorName']({ name: 'Ana' });
  await ben.handlers['prefs.setAuthorName']({ name: 'Ben' });
});

afterEach(async () => {
  await ana.dispose({ force: true }).catch(() => undefined);
  await ben.dispose({ force: true }).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function council(b: Backend): Promise<Article> {
  const meta = (await b.handlers['articles.list']({})).find((a) => /^Council sets/.test(a.title))!;
  return b.handlers['articles.get']({ id: meta.id });
}

/** Ana's project with one claim, one passage linked to it and her rating; Ben gets a copy. */
async function shared(): Promise<{ mine: string; theirs: string; claimId: string; highlightId: string }> {
  const mine = join(dir, 'aid.warrant');
  await ana.handlers['project.new']({ path: mine });
  await ana.handlers['import.run']({ sources: [{ kind: 'path', path: SAMPLE_DIR }] });
  const article = await council(ana);
  const start = article.text.indexOf(PHRASE);
  const made = await ana.handlers['claims.createFromSelection']({ articleId: article.id, start, end: start + PHRASE.length, text: 'Bills rise 9%' });
  await ana.handlers['claims.update']({ id: made.claim.id, patch: { rating: 'strong', rationale: 'The council says so' } });
  await ana.handlers['project.save']({});
  const theirs = join(dir, 'aid (Ben).warrant');
  await copyFile(mine, theirs);
  return { mine, theirs, claimId: made.claim.id, highlightId: made.highlight.id };
}

describe('merging a colleague’s copy', () => {
  it('keeps both people’s work, asks about the item both changed, and is one undo step', async () => {
    const { theirs, claimId, highlightId } = await shared();
    // Ben: his own rating, a note on the passage, a new claim.
    await ben.handlers['project.open']({ path: theirs });
    await ben.handlers['claims.update']({ id: claimId, patch: { rating: 'weak', rationale: 'One source only' } });
    await ben.handlers['highlights.update']({ id: highlightId, patch: { note: 'Ben: council press release' } });
    const bens = await ben.handlers['claims.create']({ text: 'The rise is the largest in a decade' });
    await ben.handlers['project.close']({});
    // Ana meanwhile: a different note on the same passage, and a claim of her own.
    await ana.handlers['highlights.update']({ id: highlightId, patch: { note: 'Ana: check the budget papers' } });
    const anas = await ana.handlers['claims.create']({ text: 'Bills rose 4% last year' });

    const preview = await ana.handlers['merge.preview']({ path: theirs });
    expect(preview.fromDisk).toBe(false);
    expect(preview.counts.claim).toMatchObject({ added: 1, conflicts: 0 });
    expect(preview.counts.rating).toMatchObject({ added: 1, conflicts: 0 });
    expect(preview.conflicts).toHaveLength(1);
    const [conflict] = preview.conflicts;
    expect(conflict).toMatchObject({ kind: 'highlight', id: highlightId, reason: 'both-changed', canKeepBoth: true });
    expect(conflict!.mine!.fields).toContainEqual({ label: 'Note', value: 'Ana: check the budget papers' });
    expect(conflict!.theirs!.fields).toContainEqual({ label: 'Note', value: 'Ben: council press release' });
    // Nothing changes before apply.
    expect((await ana.handlers['annotations.get']({})).claims.map((c) => c.id)).not.toContain(bens.id);

    expect(await ana.handlers['merge.apply']({ previewId: preview.previewId, decisions: [{ kind: 'highlight', id: highlightId, choice: 'theirs' }] })).toEqual({ pending: 0 });
    const view = await ana.handlers['annotations.get']({});
    expect(view.claims.map((c) => c.id)).toEqual(expect.arrayContaining([claimId, anas.id, bens.id]));
    expect(view.highlights.find((h) => h.id === highlightId)!.note).toBe('Ben: council press release');
    // Every rater's rating is theirs.
    expect(view.ratings.filter((r) => r.claimId === claimId).map((r) => [r.rater, r.rating]).sort()).toEqual([['Ana', 'strong'], ['Ben', 'weak']]);
    expect(view.history.undoKind).toBe('merge.apply');

    // One undo takes the whole merge back; redo brings it again.
    await ana.handlers['history.undo']({});
    expect((await ana.handlers['annotations.get']({})).claims.map((c) => c.id)).not.toContain(bens.id);
    await ana.handlers['history.redo']({});
    expect((await ana.handlers['annotations.get']({})).claims.map((c) => c.id)).toContain(bens.id);

    // Merging the same copy again changes nothing.
    const again = await ana.handlers['merge.preview']({ path: theirs });
    for (const counts of Object.values(again.counts)) expect(counts).toEqual({ added: 0, changed: 0, deleted: 0, conflicts: 0 });
    expect(again.conflicts).toEqual([]);

    // Agreement: two raters on one claim, disagreeing.
    const agreement = await ana.handlers['agreement.get']({});
    expect(agreement).toMatchObject({ raters: ['Ana', 'Ben'], claims: 1, ratings: 2, percentAgreement: 0 });
    expect(agreement.perClaim).toEqual([{ id: claimId, text: 'Bills rise 9%', ratings: [{ rater: 'Ana', rating: 'strong' }, { rater: 'Ben', rating: 'weak' }], agree: false }]);
  });

  it('leaves undecided conflicts pending in the project, and decides them later', async () => {
    const { theirs, highlightId } = await shared();
    await ben.handlers['project.open']({ path: theirs });
    await ben.handlers['highlights.update']({ id: highlightId, patch: { note: 'theirs' } });
    await ben.handlers['project.close']({});
    await ana.handlers['highlights.update']({ id: highlightId, patch: { note: 'mine' } });
    const preview = await ana.handlers['merge.preview']({ path: theirs });
    expect(await ana.handlers['merge.apply']({ previewId: preview.previewId, decisions: [] })).toEqual({ pending: 1 });
    expect((await ana.handlers['project.current']({}))!.pendingConflicts).toBe(1);
    expect((await ana.handlers['annotations.get']({})).highlights.find((h) => h.id === highlightId)!.note).toBe('mine');
    const pending = await ana.handlers['merge.pending']({});
    expect(pending).toHaveLength(1);
    expect(pending[0]!.theirs!.fields).toContainEqual({ label: 'Note', value: 'theirs' });
    // Kept through save and reopen.
    await ana.handlers['project.save']({});
    const path = (await ana.handlers['project.current']({}))!.path;
    await ana.handlers['project.close']({});
    await ana.handlers['project.open']({ path });
    expect(await ana.handlers['merge.pending']({})).toHaveLength(1);
    expect(await ana.handlers['merge.decide']({ decisions: [{ kind: 'highlight', id: highlightId, choice: 'both' }] })).toEqual({ pending: 0 });
    const notes = (await ana.handlers['annotations.get']({})).highlights.map((h) => h.note).sort();
    expect(notes).toEqual(['mine', 'theirs']);
  });

  it('asks before deleting what one side deleted and the other changed', async () => {
    const { theirs, claimId, highlightId } = await shared();
    await ben.handlers['project.open']({ path: theirs });
    await ben.handlers['highlights.update']({ id: highlightId, patch: { note: 'still needed' } });
    await ben.handlers['project.close']({});
    await ana.handlers['highlights.delete']({ id: highlightId });
    const preview = await ana.handlers['merge.preview']({ path: theirs });
    expect(preview.conflicts).toMatchObject([{ kind: 'highlight', id: highlightId, reason: 'deleted-mine-changed-theirs', mine: null }]);
    await ana.handlers['merge.apply']({ previewId: preview.previewId, decisions: [{ kind: 'highlight', id: highlightId, choice: 'theirs' }] });
    const view = await ana.handlers['annotations.get']({});
    expect(view.highlights.find((h) => h.id === highlightId)!.note).toBe('still needed');
    // Its link to the claim was deleted with it on my side and unchanged on theirs: it stays deleted.
    expect(view.links.filter((l) => l.claimId === claimId)).toEqual([]);
  });

  it('refuses a different project, offering its articles instead', async () => {
    await shared();
    const other = join(dir, 'other.warrant');
    await ben.handlers['project.new']({ path: other });
    await ben.handlers['import.run']({ sources: [{ kind: 'path', path: SAMPLE_DIR }] });
    await ben.handlers['project.close']({});
    const r = await ana.call('merge.preview', { path: other });
    expect(r).toMatchObject({ ok: false, error: { code: 'different-project' } });
    const imported = await ana.handlers['merge.importArticles']({ path: other });
    // Same texts: all duplicates, nothing added twice.
    expect(imported.imported).toEqual([]);
    expect(imported.duplicates.length).toBeGreaterThanOrEqual(5);
  });

  it('merges changes another program made to the open file, then saves again', async () => {
    const { mine } = await shared();
    // Ben opens the very same file (as the CLI or a sync tool would change it) and adds a claim.
    await ben.handlers['project.open']({ path: mine });
    const bens = await ben.handlers['claims.create']({ text: 'Written by another program' });
    await ben.handlers['project.close']({});
    const anas = await ana.handlers['claims.create']({ text: 'Written in the app' });
    await expect(ana.handlers['project.save']({})).rejects.toMatchObject({ code: 'conflict' });
    expect((await ana.handlers['project.current']({}))!.diskChanged).toBe(true);

    const preview = await ana.handlers['merge.preview']({ path: mine });
    expect(preview.fromDisk).toBe(true);
    await ana.handlers['merge.apply']({ previewId: preview.previewId, decisions: [] });
    expect((await ana.handlers['project.current']({}))!.diskChanged).toBe(false);
    // Not undoable: undoing and saving would overwrite the other program's work.
    expect((await ana.handlers['annotations.get']({})).history.canUndo).toBe(false);
    await ana.handlers['project.save']({});
    await ana.handlers['project.close']({});
    await ben.handlers['project.open']({ path: mine });
    const texts = (await ben.handlers['annotations.get']({})).claims.map((c) => c.id);
    expect(texts).toEqual(expect.arrayContaining([anas.id, bens.id]));
  });
});
