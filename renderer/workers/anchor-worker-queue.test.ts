/**
 * The anchoring client against a stand-in Worker that runs the real worker logic
 * (createAnchorHandler) when the test says so, to see what crosses to the worker: each text
 * once, and no request a newer one for the same article replaced.
 */
import { afterAll, beforeAll, describe as suite, expect, it } from 'vitest';
import { describe } from '../../shared/anchoring/index.js';
import type { AnchorRequest, AnchorResponse } from './anchor-protocol.js';
import { createAnchorHandler } from './anchor-texts.js';

class StandInWorker {
  static last: StandInWorker | null = null;
  onmessage: ((e: { data: AnchorResponse }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  readonly posted: AnchorRequest[] = [];
  private readonly inbox: AnchorRequest[] = [];
  private readonly handle = createAnchorHandler();
  constructor() {
    StandInWorker.last = this;
  }
  postMessage(message: AnchorRequest): void {
    this.posted.push(message);
    this.inbox.push(message);
  }
  /** Works through what has arrived so far, answering as the worker does. */
  work(): void {
    for (const m of this.inbox.splice(0)) {
      const answer = this.handle(m);
      if (answer) this.onmessage?.({ data: answer });
    }
  }
  terminate(): void {}
}

const g = globalThis as { Worker?: unknown };
const saved = g.Worker;
beforeAll(() => {
  g.Worker = StandInWorker;
});
afterAll(() => {
  g.Worker = saved;
});

const article = (id: string, text: string) => ({ id, text });
const highlightOf = (text: string, phrase: string, id = 'h') => {
  const start = text.indexOf(phrase);
  return { id, target: describe(text, start, start + phrase.length)! };
};
/** What was posted, in brief: `text:a1`, `anchor:a1`, `forget:a1`. */
const brief = (w: StandInWorker) => w.posted.map((m) => `${m.type}:${m.articleId}`);

suite('resolveInWorker with a worker', () => {
  it('sends an article’s text once, and drops waiting requests a newer one for the same article replaced', async () => {
    const { resolveInWorker } = await import('./anchor-client.js');
    const text = 'One passage here. Another passage there.';
    const a = article('a1', text);
    const first = resolveInWorker(a, [highlightOf(text, 'One passage')]);
    const second = resolveInWorker(a, [highlightOf(text, 'Another')]);
    const third = resolveInWorker(a, [highlightOf(text, 'passage there', 'h3')]);
    const w = StandInWorker.last!;
    // The worker works on the first; the second was replaced by the third before it started.
    await expect(second).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(brief(w)).toEqual(['text:a1', 'anchor:a1']);
    w.work();
    await expect(first).resolves.toMatchObject({ ok: true, value: [{ id: 'h', status: 'anchored' }] });
    // The third goes next, without the text again.
    expect(brief(w)).toEqual(['text:a1', 'anchor:a1', 'anchor:a1']);
    w.work();
    const start = text.indexOf('passage there');
    await expect(third).resolves.toEqual({ ok: true, value: [{ id: 'h3', status: 'anchored', range: [start, start + 'passage there'.length], method: 'position' }] });
  });

  it('keeps the last few texts, forgets older ones and sends a forgotten text again', async () => {
    const { resolveInWorker } = await import('./anchor-client.js');
    const w = StandInWorker.last!;
    const before = w.posted.length;
    for (const id of ['b1', 'b2', 'b3', 'a1']) {
      const text = `Article ${id} says something.`;
      const answer = resolveInWorker(article(id, text), [highlightOf(text, 'says')]);
      w.work();
      await expect(answer).resolves.toMatchObject({ ok: true });
    }
    // a1 (kept since the first test) was the oldest when b3 came, so it went and came back.
    expect(brief(w).slice(before)).toEqual(['text:b1', 'anchor:b1', 'text:b2', 'anchor:b2', 'text:b3', 'forget:a1', 'anchor:b3', 'text:a1', 'forget:b1', 'anchor:a1']);
  });
});
