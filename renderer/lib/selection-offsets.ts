/**
 * Maps between DOM positions in the rendered article and offsets into `article.text`. The
 * reader renders each paragraph as an element with `data-start`, containing only text nodes
 * (and elements around text) whose text is exactly the article's, so an offset is the
 * paragraph's start plus the length of the text before the point. Positions between
 * paragraphs (or outside the text) snap to the nearest paragraph edge inside the selection.
 */
import type { TextRange } from '../../shared/api.js';

/** The selector of a paragraph element carrying its offsets. */
const PARA = '.para[data-start]';

function paragraphs(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(PARA)];
}

/** -1 when (node, offset) is before `el`'s contents, 0 inside, 1 after. */
function compare(el: Element, node: Node, offset: number): number {
  const r = el.ownerDocument.createRange();
  r.selectNodeContents(el);
  return r.comparePoint(node, offset);
}

/**
 * The article offset of DOM point (node, offset). Inside a paragraph it is exact; elsewhere a
 * selection's start snaps forward to the next paragraph's start and its end back to the
 * previous paragraph's end. Null when no paragraph lies on that side.
 */
export function pointToOffset(root: Element, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const host = node.nodeType === node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const para = host?.closest<HTMLElement>(PARA);
  if (para && root.contains(para)) {
    const r = para.ownerDocument.createRange();
    r.setStart(para, 0);
    r.setEnd(node, offset);
    return Number(para.dataset.start) + r.toString().length;
  }
  const list = paragraphs(root);
  if (edge === 'start') {
    const next = list.find((p) => compare(p, node, offset) < 0);
    return next ? Number(next.dataset.start) : null;
  }
  const previous = list.findLast((p) => compare(p, node, offset) > 0);
  return previous ? Number(previous.dataset.end) : null;
}

/** The [start, end) offsets a DOM range covers in the article under `root`, or null. */
export function rangeToOffsets(root: Element, range: Range): TextRange | null {
  if (range.collapsed || !range.intersectsNode(root)) return null;
  const start = pointToOffset(root, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return [start, end];
}

/** Drops whitespace at both ends of `text.slice(start, end)`; null when nothing else is left. */
export function trimRange(text: string, [start, end]: TextRange): TextRange | null {
  let s = start;
  let e = Math.min(end, text.length);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? [s, e] : null;
}

/** Finds the text node and offset inside it for article offset `offset`. */
function locate(root: Element, offset: number): { node: Text; offset: number } | null {
  for (const para of paragraphs(root)) {
    const start = Number(para.dataset.start);
    const end = Number(para.dataset.end);
    if (offset < start || offset > end) continue;
    let at = start;
    const walker = para.ownerDocument.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (offset <= at + n.length) return { node: n, offset: offset - at };
      at += n.length;
    }
  }
  return null;
}

/** A DOM range over article offsets [start, end), or null when they are not rendered. */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  const a = locate(root, start);
  const b = locate(root, end);
  if (!a || !b) return null;
  const r = root.ownerDocument.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}
