/**
 * Marks the words of a claim (or a highlight) in suggested passages. The marker brings the
 * index's analysis with it (lunr's stemmer, ~30 KB), which nothing else in the window needs,
 * so it is loaded as its own chunk the first time suggestions are shown.
 */
import { useEffect, useMemo, useState } from 'react';
import type { TextRange } from '../../shared/api.js';

type Marker = typeof import('../lib/claim-words.js');

/** Marks `passage`'s words that are words of the text the hook was given. */
export type MarkWords = (passage: string) => TextRange[];

let marker: Marker | null = null;
let loading: Promise<Marker> | null = null;

/** The marker for the words of `text`; null until its module has loaded (the passages show unmarked meanwhile). */
export function useWordMarks(text: string): MarkWords | null {
  const [mod, setMod] = useState<Marker | null>(marker);
  useEffect(() => {
    if (mod) return;
    loading ??= import('../lib/claim-words.js').then((m) => (marker = m));
    // A failed load leaves the passages unmarked: the marks are a convenience.
    loading.then(setMod, () => undefined);
  }, [mod]);
  return useMemo(() => {
    if (!mod) return null;
    const terms = mod.termsOf(text);
    return terms.size === 0 ? null : (passage: string) => mod.claimWordMarks(terms, passage);
  }, [mod, text]);
}
