/**
 * The built-in sample opens with its worked examples, on the real backend with the real sample
 * articles: every example passage is found in its article, the examples are marked (author and
 * label), and "Clear examples" removes exactly them in one undo step, leaving the researcher's
 * own work and any example they took up. The search help's examples all find something in it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_AUTHOR, EXAMPLE_LABEL, SampleExamples } from '../../../shared/sample-examples.js';
import { QUERY_SYNTAX } from '../../../shared/search/syntax.js';
import type { Backend } from '../backend.js';
import { createTestBackend } from '../test-backend.js';
import { SAMPLE_DIR } from '../test-sample-project.js';
import { readSampleExamples } from './sample-examples.js';

let dir: string;
let b: Backend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-sample-'));
  b = createTestBackend(dir, () => undefined, SAMPLE_DIR);
});

afterEach(async () => {
  await b.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('the sample’s examples', () => {
  it('are a valid examples file covering supports, refutes and context', async () => {
    const examples: SampleExamples = await readSampleExamples(SAMPLE_DIR);
    expect(examples.claims.length).toBeGreaterThanOrEqual(2);
    expect(new Set(examples.claims.flatMap((c) => c.evidence.map((e) => e.stance)))).toEqual(new Set(['supports', 'refutes', 'context']));
  });

  it('open with the sample: claims, highlights and links already made, every passage placed and marked as an example', async () => {
    const examples = await readSampleExamples(SAMPLE_DIR);
    await b.handlers['project.openSample']({});
    const view = await b.handlers['annotations.get']({});
    expect(view.claims.map((c) => c.text)).toEqual(examples.claims.map((c) => c.text));
    const passages = examples.claims.flatMap((c) => c.evidence);
    expect(view.highlights).toHaveLength(passages.length);
    expect(view.links).toHaveLength(passages.length);
    for (const item of [...view.claims, ...view.highlights, ...view.links]) expect(item.author).toBe(EXAMPLE_AUTHOR);
    for (const h of view.highlights) {
      expect(h.label).toBe(EXAMPLE_LABEL);
      expect(h.note).toMatch(/^Example: /);
      expect(passages.map((p) => p.quote)).toContain(h.target.quote.exact);
    }
    expect(view.links.map((l) => l.stance).sort()).toEqual(passages.map((p) => p.stance).sort());
    // Saved with them: opening the sample again shows the same, nothing added twice.
    await b.handlers['project.close']({});
    await b.handlers['project.openSample']({});
    expect((await b.handlers['annotations.get']({})).claims).toHaveLength(examples.claims.length);
  });

  it('are cleared exactly, in one undo step, keeping the researcher’s own work and an example highlight they linked', async () => {
    await b.handlers['project.openSample']({});
    await b.handlers['prefs.setAuthorName']({ name: 'Grace' });
    const before = await b.handlers['annotations.get']({});
    const mine = await b.handlers['claims.create']({ text: 'The plant cost £52m' });
    const adopted = before.highlights[0]!;
    await b.handlers['links.create']({ highlightId: adopted.id, claimId: mine.id, stance: 'context' });
    // An example the researcher edits becomes theirs.
    const edited = before.claims[1]!;
    await b.handlers['claims.update']({ id: edited.id, patch: { text: `${edited.text} (checked)` } });

    const removed = await b.handlers['project.clearExamples']({});
    const after = await b.handlers['annotations.get']({});
    expect(after.claims.map((c) => c.text).sort()).toEqual([`${edited.text} (checked)`, 'The plant cost £52m'].sort());
    expect(removed.claims).toBe(1);
    // Only the adopted example highlight and the edited claim's passages stay.
    const kept = new Set(after.highlights.map((h) => h.id));
    expect(kept.has(adopted.id)).toBe(true);
    expect(after.links.every((l) => kept.has(l.highlightId))).toBe(true);
    expect(after.links.some((l) => l.claimId === mine.id && l.highlightId === adopted.id)).toBe(true);

    const history = await b.handlers['history.undo']({});
    expect(history.redoKind).toBe('examples.clear');
    const restored = await b.handlers['annotations.get']({});
    expect(restored.claims).toHaveLength(before.claims.length + 1);
    expect(restored.highlights).toHaveLength(before.highlights.length);
    // Nothing left to clear answers zero and records nothing.
    await b.handlers['history.redo']({});
    expect(await b.handlers['project.clearExamples']({})).toEqual({ claims: 0, highlights: 0 });
  });

  it('every example of the search help finds something in the sample', async () => {
    await b.handlers['project.openSample']({});
    for (const { example } of QUERY_SYNTAX) {
      const r = await b.handlers['search.query']({ query: example });
      expect(r.total, example).toBeGreaterThan(0);
    }
  });
});
