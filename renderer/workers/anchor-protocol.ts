/**
 * Messages between the UI and the anchoring worker.
 */
import type { ResolvedHighlight } from '../../shared/api.js';
import type { AnchorableHighlight } from '../lib/resolve-highlights.js';

/** Anchor `highlights` in `text`; the answer carries the same `id`. */
export interface AnchorRequest {
  id: number;
  text: string;
  highlights: AnchorableHighlight[];
}

/** The worker's answer to one request. */
export type AnchorResponse = { id: number; ok: true; resolved: ResolvedHighlight[] } | { id: number; ok: false; message: string };
