/**
 * Asks the anchoring worker where highlights are. One worker for the window, started on first
 * use. The worker keeps the texts of the last few articles, so asking again about an article
 * (its highlights changed) sends only the highlights. It gets one request at a time: a request
 * still waiting when a newer one for the same article comes is dropped (answered `cancelled`),
 * so a burst of edits never queues several slow fuzzy runs.
 */
import type { ResolvedHighlight } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import { resolveHighlights, type AnchorableHighlight } from '../lib/resolve-highlights.js';
import type { AnchorRequest, AnchorResponse } from './anchor-protocol.js';

/** How many article texts the worker keeps: the open one and the last few, for switching back. */
const KEPT_TEXTS = 3;

/** An article whose highlights are anchored: its id and its text. */
export interface AnchorText {
  id: string;
  text: string;
}

interface Pending {
  id: number;
  article: AnchorText;
  highlights: AnchorableHighlight[];
  resolve(result: Result<ResolvedHighlight[]>): void;
}

/** The worker; null where there is none (jsdom in unit tests) or it failed to start. */
let worker: Worker | null | undefined;
let nextId = 1;
/** The texts the worker keeps, by article id, least recently used first. */
const kept = new Map<string, string>();
/** The request the worker is working on. */
let running: Pending | null = null;
/** Requests waiting for the worker, oldest first. */
let queue: Pending[] = [];

const SUPERSEDED: Result<never> = { ok: false, error: { code: 'cancelled', message: 'A newer request for this article replaced this one.' } };

/** Anchors on this thread: where there is no worker, slower beats not at all. */
function resolveHere({ article, highlights }: Pick<Pending, 'article' | 'highlights'>): Result<ResolvedHighlight[]> {
  try {
    return { ok: true, value: resolveHighlights(article.text, highlights) };
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
  }
}

/** Hands `p` to the worker, sending its text first unless the worker keeps it already. */
function send(w: Worker, p: Pending): void {
  const post = (message: AnchorRequest) => w.postMessage(message);
  const { id: articleId, text } = p.article;
  if (kept.get(articleId) !== text) post({ type: 'text', articleId, text });
  kept.delete(articleId);
  kept.set(articleId, text);
  for (const old of kept.keys()) {
    if (kept.size <= KEPT_TEXTS) break;
    kept.delete(old);
    post({ type: 'forget', articleId: old });
  }
  running = p;
  post({ type: 'anchor', id: p.id, articleId, highlights: p.highlights });
}

function sendNext(w: Worker): void {
  const p = queue.shift();
  if (p) send(w, p);
}

function start(): Worker | null {
  // Unit tests run in jsdom (or Node), which have no Worker: they anchor on the spot instead.
  if (typeof Worker === 'undefined') return null;
  // Vite emits the worker as a file of its own, which the CSP allows ('self'); never a blob: URL.
  let w: Worker;
  try {
    w = new Worker(new URL('./anchor.worker.ts', import.meta.url), { type: 'module', name: 'anchoring' });
  } catch {
    return null;
  }
  w.onmessage = ({ data }: MessageEvent<AnchorResponse>) => {
    if (!running || running.id !== data.id) return;
    const done = running;
    running = null;
    done.resolve(data.ok ? { ok: true, value: data.resolved } : { ok: false, error: { code: 'internal', message: data.message } });
    sendNext(w);
  };
  w.onerror = (e) => {
    // The worker could not load or crashed: finish what was asked here, and stay on this thread
    // (slower, so say why in the console for whoever wonders).
    e.preventDefault();
    console.warn(`The anchoring worker failed (${e.message || 'it did not load'}); anchoring on the UI thread instead.`);
    worker = null;
    w.terminate();
    const pending = [...(running ? [running] : []), ...queue];
    running = null;
    queue = [];
    kept.clear();
    for (const p of pending) p.resolve(resolveHere(p));
  };
  return w;
}

/**
 * Where each highlight sits in `article`'s text now, computed off the UI thread. Answers
 * `cancelled` when a newer request for the same article replaced this one before it started.
 */
export function resolveInWorker(article: AnchorText, highlights: readonly AnchorableHighlight[]): Promise<Result<ResolvedHighlight[]>> {
  // Only what anchoring needs crosses to the worker (not notes, stamps, colours).
  const request = { id: nextId++, article, highlights: highlights.map(({ id, target }) => ({ id, target })) };
  if (worker === undefined) worker = start();
  if (worker === null) return Promise.resolve(resolveHere(request));
  const w = worker;
  return new Promise<Result<ResolvedHighlight[]>>((resolve) => {
    queue = queue.filter((waiting) => {
      if (waiting.article.id !== article.id) return true;
      waiting.resolve(SUPERSEDED);
      return false;
    });
    queue.push({ ...request, resolve });
    if (!running) sendNext(w);
  });
}
