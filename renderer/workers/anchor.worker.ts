/**
 * The anchoring worker: places highlights in an article's text off the UI thread (fuzzy
 * matching a changed passage in a 5 MB article takes about half a second). A thin wrapper
 * around resolveHighlights.
 */
import { resolveHighlights } from '../lib/resolve-highlights.js';
import type { AnchorRequest, AnchorResponse } from './anchor-protocol.js';

// The renderer is type-checked with the DOM library, not WebWorker's: this is the part of the
// worker's global scope used here.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnchorRequest>) => void) | null;
  postMessage(message: AnchorResponse): void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, ok: true, resolved: resolveHighlights(data.text, data.highlights) });
  } catch (e) {
    scope.postMessage({ id: data.id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
};
