/**
 * Suggested evidence through the real backend: the sample articles in a temp project, claims
 * made through the contract, passages ranked by the real search workers; dismissals kept
 * through undo/redo and a save and reopen.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend.js';
import { createTestBackend } from '../test-backend.js';
import { COUNCIL_PHRASE, SAMPLE_DIR, sampleProjectWithClaim } from '../test-sample-project.js';

let dir: string;
let backend: Backend;
let path: string;
/** The sample project's council claim, its linked highlight and that highlight's article. */
let made: { claimId: string; highlightId: string; articleId: string };

// One project for the whole file: importing the sample takes seconds; each test makes its own claims.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-suggest-'));
  backend = createTestBackend(join(dir, 'home'), () => undefined, SAMPLE_DIR);
  path = join(dir, 'p.warrant');
  made = await sampleProjectWithClaim(backend, path);
});

afterAll(async () => {
  await backend.dispose({ force: true }).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function titleOf(articleId: string): Promise<string> {
  return (await backend.handlers['articles.get']({ id: articleId })).title;
}

describe('suggest.forClaim', () => {
  it('ranks the passage that says what the claim says first, one passage per article, and leaves out the one already linked', async () => {
    const { articleId } = made;
    const claim = await backend.handlers['claims.create']({ text: 'Crab landings near the desalination plant fell by a third' });
    const r = await backend.handlers['suggest.forClaim']({ claimId: claim.id });
    expect(r.claimId).toBe(claim.id);
    const first = r.suggestions[0];
    expect(first).toBeDefined();
    expect(await titleOf(first!.articleId)).toMatch(/crab/i);
    expect(first!.text).toMatch(/34/);
    // The passage is exactly that range of the article, ready for highlights.create.
    const article = await backend.handlers['articles.get']({ id: first!.articleId });
    expect(article.text.slice(first!.start, first!.end)).toBe(first!.text);
    expect(new Set(r.suggestions.map((s) => s.articleId)).size).toBe(r.suggestions.length);
    const scores = r.suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    // The council claim's own linked passage is not suggested back to it.
    const forCouncil = await backend.handlers['suggest.forClaim']({ claimId: made.claimId });
    const text = (await backend.handlers['articles.get']({ id: articleId })).text;
    const at = text.indexOf(COUNCIL_PHRASE);
    for (const s of forCouncil.suggestions) {
      if (s.articleId === articleId) expect(s.end <= at || s.start >= at + COUNCIL_PHRASE.length).toBe(true);
    }
  });

  it('reads a claim as the researcher typed it, never as query syntax', async () => {
    const claim = await backend.handlers['claims.create']({ text: '+1 "brine" AND -outfall: title:crabs (NOT) harming*' });
    const r = await backend.handlers['suggest.forClaim']({ claimId: claim.id, limit: 3 });
    expect(r.suggestions.length).toBeGreaterThan(0);
    expect(r.suggestions.length).toBeLessThanOrEqual(3);
    const stops = await backend.handlers['claims.create']({ text: 'It is what they said it was' });
    expect((await backend.handlers['suggest.forClaim']({ claimId: stops.id })).suggestions).toEqual([]);
  });

  it('refuses an unknown claim with a message a researcher can act on', async () => {
    await expect(backend.handlers['suggest.forClaim']({ claimId: 'nope' })).rejects.toThrow(/no longer in the project/);
  });
});

describe('suggest.dismiss', () => {
  it('hides a dismissed passage, is one undo step, and survives save and reopen', async () => {
    const claim = await backend.handlers['claims.create']({ text: 'The brine outfall harms crab catches near the plant' });
    const before = await backend.handlers['suggest.forClaim']({ claimId: claim.id });
    const top = before.suggestions[0]!;
    await backend.handlers['suggest.dismiss']({ claimId: claim.id, articleId: top.articleId, start: top.start, end: top.end });
    const after = await backend.handlers['suggest.forClaim']({ claimId: claim.id });
    expect(after.suggestions.some((s) => s.articleId === top.articleId && s.start < top.end && top.start < s.end)).toBe(false);

    const undone = await backend.handlers['history.undo']({});
    expect(undone.canRedo).toBe(true);
    expect((await backend.handlers['suggest.forClaim']({ claimId: claim.id })).suggestions[0]).toEqual(top);
    await backend.handlers['history.redo']({});
    expect((await backend.handlers['suggest.forClaim']({ claimId: claim.id })).suggestions).toEqual(after.suggestions);

    await backend.handlers['project.save']({});
    await backend.handlers['project.close']({});
    await backend.handlers['project.open']({ path });
    expect((await backend.handlers['suggest.forClaim']({ claimId: claim.id })).suggestions).toEqual(after.suggestions);

    await backend.handlers['suggest.clearDismissed']({ claimId: claim.id });
    expect((await backend.handlers['suggest.forClaim']({ claimId: claim.id })).suggestions[0]).toEqual(top);
  });

  it('refuses a range outside the article', async () => {
    const { articleId } = made;
    const claim = await backend.handlers['claims.create']({ text: 'Bills rose' });
    await expect(backend.handlers['suggest.dismiss']({ claimId: claim.id, articleId, start: 5, end: 10_000_000 })).rejects.toThrow(/not a range/);
  });
});

describe('suggest.parallels', () => {
  it('finds what other articles say about a highlighted passage, never in its own article', async () => {
    const { highlightId, articleId } = made;
    const r = await backend.handlers['suggest.parallels']({ highlightId });
    expect(r.highlightId).toBe(highlightId);
    expect(r.passages.length).toBeGreaterThan(0);
    expect(r.passages.every((p) => p.articleId !== articleId)).toBe(true);
    // Other articles report the 9% rise too.
    expect(r.passages.slice(0, 3).some((p) => /9/.test(p.text))).toBe(true);
  });
});
