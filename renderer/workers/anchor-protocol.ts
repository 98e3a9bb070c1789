/**
 * Messages between the UI and the anchoring worker. The worker keeps the texts of the articles
 * the client tells it to (`text`, `forget`), so a change to one article's highlights sends only
 * the highlights, never the whole text again (up to 20 MB).
 */
import type { ResolvedHighlight } from '../../shared/api.js';
import type { AnchorableHighlight } from '../lib/resolve-highlights.js';

/** What the client sends. */
export type AnchorRequest =
  /** Keep this article's text (replacing one kept before under the same id). */
  | { type: 'text'; articleId: string; text: string }
  /** Drop this article's text. */
  | { type: 'forget'; articleId: string }
  /** Anchor `highlights` in the kept text of `articleId`; the answer carries the same `id`. */
  | { type: 'anchor'; id: number; articleId: string; highlights: AnchorableHighlight[] };

/** The worker's answer to one `anchor` request. */
export type AnchorResponse = { id: number; ok: true; resolved: ResolvedHighlight[] } | { id: number; ok: false; message: string };
