/**
 * Asks the anchoring worker where highlights are. One worker for the window, started on first
 * use; answers are matched to requests by id.
 */
import type { ResolvedHighlight } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import { resolveHighlights, type AnchorableHighlight } from '../lib/resolve-highlights.js';
import type { AnchorRequest, AnchorResponse } from './anchor-protocol.js';

type Resolver = (result: Result<ResolvedHighlight[]>) => void;

/** The worker; null where there is none (jsdom in unit tests) or it failed to start. */
let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { request: AnchorRequest; resolve: Resolver }>();

/** Anchors on this thread: where there is no worker, slower beats not at all. */
function resolveHere(request: AnchorRequest): Result<ResolvedHighlight[]> {
  try {
    return { ok: true, value: resolveHighlights(request.text, request.highlights) };
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
  }
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
    const entry = waiting.get(data.id);
    if (!entry) return;
    waiting.delete(data.id);
    entry.resolve(data.ok ? { ok: true, value: data.resolved } : { ok: false, error: { code: 'internal', message: data.message } });
  };
  w.onerror = (e) => {
    // The worker could not load or crashed: finish what was asked here, and stay on this thread
    // (slower, so say why in the console for whoever wonders).
    e.preventDefault();
    console.warn(`The anchoring worker failed (${e.message || 'it did not load'}); anchoring on the UI thread instead.`);
    worker = null;
    w.terminate();
    const pending = [...waiting.values()];
    waiting.clear();
    for (const { request, resolve } of pending) resolve(resolveHere(request));
  };
  return w;
}

/** Where each highlight sits in `text` now, computed off the UI thread. */
export function resolveInWorker(text: string, highlights: readonly AnchorableHighlight[]): Promise<Result<ResolvedHighlight[]>> {
  // Only what anchoring needs crosses to the worker (not notes, stamps, colours).
  const request: AnchorRequest = { id: nextId++, text, highlights: highlights.map(({ id, target }) => ({ id, target })) };
  if (worker === undefined) worker = start();
  if (worker === null) return Promise.resolve(resolveHere(request));
  const w = worker;
  return new Promise<Result<ResolvedHighlight[]>>((resolve) => {
    waiting.set(request.id, { request, resolve });
    w.postMessage(request);
  });
}
