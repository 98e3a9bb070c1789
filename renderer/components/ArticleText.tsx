/**
 * The article body. The DOM is kept mappable to offsets in `article.text`, because highlights
 * anchor to those offsets:
 *   - one <p class="para" data-start data-end> per paragraph ([start, end) into the text);
 *   - inside it, only text nodes and <mark data-start> elements whose text is an exact
 *     substring of the article, in order, with nothing added or left out.
 * So an offset is `data-start` of the paragraph plus the lengths of the text nodes before it.
 *
 * Highlights, search hits and find matches are layers over the same text: the text is cut at
 * every boundary of any of them, and each piece is one <mark> carrying all that covers it
 * (`data-hl` lists the highlights, innermost first), so overlapping, nested and adjacent
 * highlights all render and all stay clickable.
 *
 * A long article is windowed (virtual-blocks.ts): paragraphs are grouped into blocks and only
 * the blocks near the screen hold their paragraphs; the others are empty boxes of the right
 * height. Marks are cut per paragraph from the whole article's layers, so a highlight crossing
 * a block boundary renders in both. The block of the active hit or find match, of a passage
 * being jumped to (`pins`) and of a REVEAL_EVENT is always rendered, so scrolling to it works.
 *
 * The text is a read-only caret surface: arrows move a caret and Shift+arrows select, as in an
 * editor, but every edit (typing, delete, paste, drop, cut) is cancelled before it happens.
 */
import { memo, useEffect, useMemo, useRef, useState, type ClipboardEvent, type DragEvent, type MouseEvent, type PointerEvent } from 'react';
import type { TextRange } from '../../shared/api.js';
import { colorInfo, patternStyle } from '../lib/highlight-colors.js';
import { highlightLook, type PlacedHighlight } from '../lib/highlight-layout.js';
import { splitParagraphs, type Paragraph } from '../../shared/text/paragraphs.js';
import { indexLayer, segment, type IndexedLayer } from '../lib/segments.js';
import { blocksOf, groupBlocks, REVEAL_EVENT, WINDOW_FROM_CHARS, type RevealDetail, type TextBlock } from '../lib/virtual-blocks.js';
import { useBlockWindow } from '../lib/virtual-window.js';

/** Props of <ArticleText>. */
export interface ArticleTextProps {
  text: string;
  /** Search hits, marked as class "mark--hit" with data-hit = index. */
  hits: readonly TextRange[];
  activeHit: number;
  /** Find-bar matches, marked as class "mark--find" with data-find = index. */
  finds: readonly TextRange[];
  activeFind: number;
  /** Anchored highlights, marked as class "hl" with data-hl = ids (innermost first). */
  highlights?: readonly PlacedHighlight[];
  /** The highlight shown in the panel: outlined, and draggable onto a claim. */
  selectedHighlight?: string | null;
  /** A highlight to flash (just jumped to). */
  flashHighlight?: string | null;
  /** A click on highlighted text: ids of the highlights there, innermost first. */
  onHighlightClick?(ids: string[]): void;
  /** A click on text that is not highlighted. */
  onPlainClick?(): void;
  /** The selected highlight is being dragged (to a claim). */
  onHighlightDragStart?(id: string, e: DragEvent): void;
  /** Passages that must be rendered even when off screen (one being jumped to). */
  pins?: readonly TextRange[];
}

interface ParagraphProps {
  text: string;
  start: number;
  end: number;
  layers: readonly IndexedLayer[];
  highlights: readonly PlacedHighlight[];
  /** Index of the active range per layer kind, or -1 when it is not in this paragraph. */
  activeHit: number;
  activeFind: number;
  selectedHighlight: string | null;
  flashHighlight: string | null;
}

const labelOf = (color: PlacedHighlight['color']) => colorInfo(color).label;

const Paragraph = memo(function Paragraph({ text, start, end, layers, highlights, activeHit, activeFind, selectedHighlight, flashHighlight }: ParagraphProps) {
  const segments = segment(start, end, layers);
  return (
    <p className="para" dir="auto" data-start={start} data-end={end}>
      {segments.map((s) => {
        const piece = text.slice(s.start, s.end);
        if (s.marks.length === 0) return piece;
        const hit = s.marks.find((m) => m.kind === 'hit');
        const find = s.marks.find((m) => m.kind === 'find');
        const covering = s.marks.filter((m) => m.kind === 'hl').map((m) => highlights[m.index]!);
        const look = highlightLook(covering, labelOf, selectedHighlight, flashHighlight);
        const active = (hit && hit.index === activeHit) || (find && find.index === activeFind);
        const classes = ['mark', hit && 'mark--hit', find && 'mark--find', active && 'is-active', ...(look?.classes ?? [])].filter(Boolean).join(' ');
        const draggable = look !== null && selectedHighlight !== null && look.ids.includes(selectedHighlight);
        return (
          <mark
            key={s.start}
            className={classes}
            data-start={s.start}
            data-hit={hit?.index}
            data-find={find?.index}
            data-hl={look ? look.ids.join(' ') : undefined}
            title={look?.title}
            style={look ? patternStyle(look.color) : undefined}
            draggable={draggable || undefined}
          >
            {piece}
          </mark>
        );
      })}
    </p>
  );
});

function activeIn(ranges: readonly TextRange[], index: number, start: number, end: number): number {
  const r = ranges[index];
  return r && r[0] < end && r[1] > start ? index : -1;
}

/** Which highlight a paragraph-level id applies to: only paragraphs it touches re-render. */
function within(highlights: readonly PlacedHighlight[], id: string | null, start: number, end: number): string | null {
  if (id === null) return null;
  return highlights.some((h) => h.id === id && h.start < end && h.end > start) ? id : null;
}

interface BlockProps extends Omit<ParagraphProps, 'start' | 'end'> {
  block: TextBlock;
  paragraphs: readonly Paragraph[];
  rendered: boolean;
  /** A short article is not windowed: its paragraphs render with no block element around them. */
  bare: boolean;
  /** Height of the empty box standing in for the block when it is not rendered. */
  height: number;
  hits: readonly TextRange[];
  finds: readonly TextRange[];
}

/** A run of paragraphs, or an empty box of their height when off screen. */
const Block = memo(function Block({ block, paragraphs, rendered, bare, height, text, layers, highlights, hits, finds, activeHit, activeFind, selectedHighlight, flashHighlight }: BlockProps) {
  if (!rendered) return <div className="para-block para-block--out" data-block={block.index} style={{ height }} contentEditable={false} />;
  const children = [];
  for (let i = block.first; i < block.last; i++) {
    const p = paragraphs[i]!;
    children.push(
      <Paragraph
        key={p.start}
        text={text}
        start={p.start}
        end={p.end}
        layers={layers}
        highlights={highlights}
        activeHit={activeIn(hits, activeHit, p.start, p.end)}
        activeFind={activeIn(finds, activeFind, p.start, p.end)}
        selectedHighlight={within(highlights, selectedHighlight, p.start, p.end)}
        flashHighlight={within(highlights, flashHighlight, p.start, p.end)}
      />,
    );
  }
  if (bare) return <>{children}</>;
  return (
    <div className="para-block" data-block={block.index} data-rendered="">
      {children}
    </div>
  );
});

const NO_HIGHLIGHTS: readonly PlacedHighlight[] = [];
const NO_PINS: readonly TextRange[] = [];

/** Cancels every edit: the caret surface shows the article and never changes it. */
const refuse = (e: DragEvent | ClipboardEvent) => e.preventDefault();

/** Renders the text as paragraphs with marks. */
export const ArticleText = memo(function ArticleText(props: ArticleTextProps) {
  const { text, hits, activeHit, finds, activeFind, highlights = NO_HIGHLIGHTS, selectedHighlight = null, flashHighlight = null, pins = NO_PINS } = props;
  const { onHighlightClick, onPlainClick, onHighlightDragStart } = props;
  const root = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const blocks = useMemo(() => groupBlocks(paragraphs), [paragraphs]);
  const layers = useMemo(
    () => [
      indexLayer({ kind: 'hl', ranges: highlights.map((h): TextRange => [h.start, h.end]) }),
      indexLayer({ kind: 'hit', ranges: hits }),
      indexLayer({ kind: 'find', ranges: finds }),
    ],
    [highlights, hits, finds],
  );

  // A passage revealed by offsets (a suggestion) renders its block first (see reveal-passage.ts);
  // every edit is refused before the browser makes it.
  const [revealed, setRevealed] = useState<RevealDetail | null>(null);
  useEffect(() => {
    const el = root.current;
    const onReveal = (e: Event) => setRevealed((e as CustomEvent<RevealDetail>).detail);
    // The native event: React's onBeforeInput stands for text insertion only, not deletions.
    const onBeforeInput = (e: Event) => e.preventDefault();
    // An input method's composition cannot be cancelled: leaving the text ends it unwritten.
    const onComposition = () => el?.blur();
    el?.addEventListener('compositionstart', onComposition);
    el?.addEventListener(REVEAL_EVENT, onReveal);
    el?.addEventListener('beforeinput', onBeforeInput);
    return () => {
      el?.removeEventListener(REVEAL_EVENT, onReveal);
      el?.removeEventListener('beforeinput', onBeforeInput);
      el?.removeEventListener('compositionstart', onComposition);
    };
  }, []);

  const flashed = flashHighlight === null ? undefined : highlights.find((h) => h.id === flashHighlight);
  const mustShow: (TextRange | undefined)[] = [hits[activeHit], finds[activeFind], flashed && [flashed.start, flashed.end], revealed ? [revealed.start, revealed.end] : undefined, ...pins];
  const pinned = mustShow.flatMap((r) => (r ? blocksOf(blocks, r[0], r[1]) : []));
  const windowed = text.length >= WINDOW_FROM_CHARS;
  const win = useBlockWindow(root, blocks, pinned, windowed);

  const onClick = (e: MouseEvent) => {
    // The end of a drag that selected text is not a click on a highlight.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (e.target as Element).closest?.('mark[data-hl]');
    const ids = mark?.getAttribute('data-hl')?.split(' ').filter(Boolean) ?? [];
    if (ids.length > 0) onHighlightClick?.(ids);
    else onPlainClick?.();
  };

  // An editable surface does not let its elements be dragged: while the selected highlight is
  // pressed (to drag it onto a claim), the text is plain for that one gesture.
  const onPointerDown = (e: PointerEvent) => {
    const el = root.current;
    if (!el || !(e.target as Element).closest?.('mark[draggable="true"]')) return;
    el.contentEditable = 'false';
    const restore = () => {
      el.contentEditable = 'plaintext-only';
      document.removeEventListener('pointerup', restore, true);
      document.removeEventListener('dragend', restore, true);
    };
    document.addEventListener('pointerup', restore, true);
    document.addEventListener('dragend', restore, true);
  };

  const onDragStart = (e: DragEvent) => {
    if (selectedHighlight && (e.target as Element).closest?.('mark[data-hl]')) onHighlightDragStart?.(selectedHighlight, e);
  };

  return (
    // Clicks are handled here for the whole text; highlights are reachable by keyboard from the panel's list.
    // "plaintext-only", not "true": the key dispatcher treats "true" as a text field, where
    // letters type, and here the letters are the selection's commands (H, L, C…).
    <div
      ref={root}
      className="article-text"
      data-testid="article-text"
      contentEditable="plaintext-only"
      suppressContentEditableWarning
      spellCheck={false}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label="Article text"
      translate="no"
      onClick={onClick}
      onDragStart={onDragStart}
      onPointerDown={onPointerDown}
      onPaste={refuse}
      onCut={refuse}
      onDrop={refuse}
    >
      {blocks.map((b) => (
        <Block
          key={b.start}
          block={b}
          paragraphs={paragraphs}
          rendered={win.isRendered(b.index)}
          bare={!windowed}
          height={win.isRendered(b.index) ? 0 : win.heightOf(b)}
          text={text}
          layers={layers}
          highlights={highlights}
          hits={hits}
          finds={finds}
          activeHit={activeIn(hits, activeHit, b.start, b.end)}
          activeFind={activeIn(finds, activeFind, b.start, b.end)}
          selectedHighlight={within(highlights, selectedHighlight, b.start, b.end)}
          flashHighlight={within(highlights, flashHighlight, b.start, b.end)}
        />
      ))}
    </div>
  );
});

