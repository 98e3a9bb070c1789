/**
 * The researcher's text selection in the reader, as article offsets plus where to show the
 * selection toolbar. Updated when a mouse selection ends (not on every pixel of the drag) and
 * as keyboard selection changes.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { rangeToOffsets, trimRange } from '../lib/selection-offsets.js';

/** A selection in the article text. */
export interface TextSelection {
  /** [start, end) into the article text, without surrounding whitespace. */
  start: number;
  end: number;
  /** Where the selection starts and ends on screen, relative to the positioned `frame`. */
  top: number;
  bottom: number;
  left: number;
}

/**
 * Tracks the selection inside `root` (the article text) for `text`; positions are relative to
 * `frame` (the positioned element the toolbar is placed in).
 */
export function useTextSelection(root: RefObject<HTMLElement | null>, frame: RefObject<HTMLElement | null>, text: string | null): {
  selection: TextSelection | null;
  clear(): void;
  /** Measures the selection now (not waiting for the next change event) and returns it. */
  refresh(): TextSelection | null;
} {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const pointerDown = useRef(false);

  const measure = useCallback((): TextSelection | null => {
    const sel = window.getSelection();
    const el = root.current;
    const box = frame.current;
    let next: TextSelection | null = null;
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
    const raw = range && el && box && text !== null ? rangeToOffsets(el, range) : null;
    const offsets = raw && text !== null ? trimRange(text, raw) : null;
    if (range && box && offsets) {
      const rects = range.getClientRects();
      const first = rects[0] ?? range.getBoundingClientRect();
      const last = rects[rects.length - 1] ?? first;
      const origin = box.getBoundingClientRect();
      next = {
        start: offsets[0],
        end: offsets[1],
        top: first.top - origin.top,
        bottom: last.bottom - origin.top,
        left: first.left + Math.min(first.width, 240) / 2 - origin.left,
      };
    }
    setSelection(next);
    return next;
  }, [root, frame, text]);

  useEffect(() => {
    const onChange = () => {
      if (!pointerDown.current) measure();
    };
    const onDown = (e: PointerEvent) => {
      // Presses inside the toolbar or menu keep the selection (they act on it).
      if (e.button === 0 && !(e.target instanceof Element && e.target.closest('[data-selection-ui]'))) pointerDown.current = true;
    };
    const onUp = () => {
      if (!pointerDown.current) return;
      pointerDown.current = false;
      measure();
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
    };
  }, [measure]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection, clear, refresh: measure };
}
