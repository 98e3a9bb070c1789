/**
 * A resizable split between two stacked areas (the claims panel: a claim above, the article's
 * highlights or one highlight below). Each area keeps a minimum height and scrolls on its own, so
 * neither squeezes the other; the divider is dragged with the mouse or moved with the arrow keys
 * (it is a focusable ARIA separator), and the size is remembered (localStorage) for next time.
 */
import { useCallback, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';

/** Limits of the lower area's share of the split's height, and the step of one arrow key. */
export const SPLIT_MIN = 0.2;
export const SPLIT_MAX = 0.8;
const STEP = 0.05;

/** `value` kept inside the split's limits (and a number: a corrupt stored value falls back). */
export function clampSplit(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, value));
}

/**
 * The lower area's share (0.2–0.8) of a split, remembered under `key`, and a setter; `style`
 * sets it as the CSS variable `--split-lower` for the container's stylesheet to use.
 */
export function useSplit(key: string, initial: number): { lower: number; setLower(value: number): void; style: CSSProperties } {
  const [lower, setState] = useState(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : clampSplit(Number(stored), initial);
    } catch {
      return initial;
    }
  });
  const setLower = useCallback(
    (value: number) => {
      const next = clampSplit(value, initial);
      setState(next);
      try {
        localStorage.setItem(key, next.toFixed(3));
      } catch {
        // Not remembered this time; the split still moves.
      }
    },
    [key, initial],
  );
  return { lower, setLower, style: { '--split-lower': `${(lower * 100).toFixed(1)}%` } as CSSProperties };
}

/** Props of <SplitHandle>. */
export interface SplitHandleProps {
  /** The lower area's share of the split's height (0.2–0.8). */
  lower: number;
  onChange(lower: number): void;
  /** What the two areas are, for screen readers ("Claim and highlights"). */
  label: string;
}

/**
 * The divider between the upper area (its previous sibling) and the lower area (its next
 * sibling). Dragging measures against those two, so the parent may have a header above them.
 */
export function SplitHandle({ lower, onChange, label }: SplitHandleProps) {
  const handle = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const fromPointer = (clientY: number) => {
    const el = handle.current;
    const above = el?.previousElementSibling;
    const below = el?.nextElementSibling;
    if (!el || !above || !below) return;
    const top = above.getBoundingClientRect().top;
    const bottom = below.getBoundingClientRect().bottom;
    if (bottom - top <= 0) return;
    onChange((bottom - clientY) / (bottom - top));
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) fromPointer(e.clientY);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The separator's value is the upper area's share, so ArrowUp makes the upper area smaller.
    const moves: Record<string, number> = { ArrowUp: lower + STEP, ArrowDown: lower - STEP, Home: SPLIT_MAX, End: SPLIT_MIN };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onChange(next);
  };

  return (
    <div
      ref={handle}
      className="split-handle"
      role="separator"
      aria-orientation="horizontal"
      aria-label={`Resize: ${label}`}
      aria-valuemin={Math.round((1 - SPLIT_MAX) * 100)}
      aria-valuemax={Math.round((1 - SPLIT_MIN) * 100)}
      aria-valuenow={Math.round((1 - lower) * 100)}
      tabIndex={0}
      title="Drag, or use the arrow keys, to share the space between the claim and the highlights"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      data-testid="split-handle"
    />
  );
}
