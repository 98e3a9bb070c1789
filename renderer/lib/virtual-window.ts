/**
 * Which blocks of a long article the reader renders: those near the screen, plus any the
 * reader must show whatever the scroll position (the active hit or find match, a passage being
 * jumped to). Blocks report coming near the screen through an IntersectionObserver with a wide
 * margin, so text is rendered before it scrolls in. A block that leaves keeps its measured
 * height as an empty box, so the scrollbar and the position of everything else stay put.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { firstBlocks, type TextBlock } from './virtual-blocks.js';

/** How far beyond the screen blocks are rendered, so a fast scroll rarely shows empty space. */
const MARGIN = '1500px 0px';
/** Height per character before anything is measured (a reader column of ~80 characters). */
const DEFAULT_PX_PER_CHAR = 0.35;

/** What the window tells the renderer. */
export interface BlockWindow {
  /** Whether block `index` is rendered (near the screen, or pinned). */
  isRendered(index: number): boolean;
  /** The height an unrendered block stands in with: measured when it was shown, else estimated. */
  heightOf(block: TextBlock): number;
}

/**
 * Tracks the rendered blocks inside `root` (elements with `data-block`), scrolling in the
 * nearest `[data-testid="reader"]` (or the page). With `enabled` false every block renders.
 */
export function useBlockWindow(root: RefObject<HTMLElement | null>, blocks: readonly TextBlock[], pinned: readonly number[], enabled: boolean): BlockWindow {
  const [state, setState] = useState(() => ({ blocks, shown: new Set(firstBlocks(blocks)) as ReadonlySet<number> }));
  // A new text starts again from its first screen.
  let shown = state.shown;
  if (state.blocks !== blocks) {
    shown = new Set(firstBlocks(blocks));
    setState({ blocks, shown });
  }
  const heights = useRef(new Map<number, number>());
  const perChar = useRef(DEFAULT_PX_PER_CHAR);

  // Measure what is rendered, before paint: the heights stand in when these blocks leave.
  useLayoutEffect(() => {
    const el = root.current;
    if (!enabled || !el) return;
    let px = 0;
    let chars = 0;
    for (const node of el.querySelectorAll<HTMLElement>('[data-block][data-rendered]')) {
      const block = blocks[Number(node.dataset.block)];
      const h = node.offsetHeight;
      if (!block || h === 0) continue;
      heights.current.set(block.index, h);
      px += h;
      chars += block.end - block.start;
    }
    if (chars > 0) perChar.current = px / chars;
  });

  useEffect(() => {
    heights.current.clear();
    const el = root.current;
    if (!enabled || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const near: number[] = [];
        const far: number[] = [];
        for (const e of entries) (e.isIntersecting ? near : far).push(Number((e.target as HTMLElement).dataset.block));
        setState((s) => {
          if (near.every((i) => s.shown.has(i)) && far.every((i) => !s.shown.has(i))) return s;
          const next = new Set(s.shown);
          for (const i of near) next.add(i);
          for (const i of far) next.delete(i);
          return { blocks: s.blocks, shown: next };
        });
      },
      { root: el.closest('[data-testid="reader"]'), rootMargin: MARGIN },
    );
    for (const node of el.querySelectorAll('[data-block]')) observer.observe(node);
    return () => observer.disconnect();
  }, [root, blocks, enabled]);

  const pins = new Set(pinned);
  return {
    isRendered: (i) => !enabled || shown.has(i) || pins.has(i),
    heightOf: (b) => heights.current.get(b.index) ?? Math.round((b.end - b.start) * perChar.current),
  };
}
