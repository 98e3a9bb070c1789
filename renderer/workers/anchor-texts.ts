/**
 * The anchoring worker's state and logic, apart from the worker's global scope so it can be
 * tested (and run by a stand-in worker in tests): the article texts it keeps, and the answer to
 * each request.
 */
import { resolveHighlights } from '../lib/resolve-highlights.js';
import type { AnchorRequest, AnchorResponse } from './anchor-protocol.js';

/** Handles one request: keeps or drops a text, or answers an `anchor` request. */
export type AnchorHandler = (request: AnchorRequest) => AnchorResponse | null;

/** A fresh handler with no texts kept. */
export function createAnchorHandler(): AnchorHandler {
  const texts = new Map<string, string>();
  return (request) => {
    switch (request.type) {
      case 'text':
        texts.set(request.articleId, request.text);
        return null;
      case 'forget':
        texts.delete(request.articleId);
        return null;
      case 'anchor': {
        const text = texts.get(request.articleId);
        if (text === undefined) return { id: request.id, ok: false, message: 'The anchoring worker does not have this article’s text.' };
        try {
          return { id: request.id, ok: true, resolved: resolveHighlights(text, request.highlights) };
        } catch (e) {
          return { id: request.id, ok: false, message: e instanceof Error ? e.message : String(e) };
        }
      }
    }
  };
}
