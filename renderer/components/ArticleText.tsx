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
 */
import { memo, useMemo, type DragEvent, type MouseEvent } from 'react';
import type { TextRange } from '../../shared/api.js';
import { colorInfo, patternStyle } from '../lib/highlight-colors.js';
import { highlightLook, type PlacedHighlight } from '../lib/highlight-layout.js';
import { splitParagraphs } from '../../shared/text/paragraphs.js';
import { indexLayer, segment, type IndexedLayer } from '../lib/segments.js';

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

const NO_HIGHLIGHTS: readonly PlacedHighlight[] = [];

/** Renders the text as paragraphs with marks. */
export const ArticleText = memo(function ArticleText(props: ArticleTextProps) {
  const { text, hits, activeHit, finds, activeFind, highlights = NO_HIGHLIGHTS, selectedHighlight = null, flashHighlight = null } = props;
  const { onHighlightClick, onPlainClick, onHighlightDragStart } = props;
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const layers = useMemo(
    () => [
      indexLayer({ kind: 'hl', ranges: highlights.map((h): TextRange => [h.start, h.end]) }),
      indexLayer({ kind: 'hit', ranges: hits }),
      indexLayer({ kind: 'find', ranges: finds }),
    ],
    [highlights, hits, finds],
  );

  const onClick = (e: MouseEvent) => {
    // The end of a drag that selected text is not a click on a highlight.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (e.target as Element).closest?.('mark[data-hl]');
    const ids = mark?.getAttribute('data-hl')?.split(' ').filter(Boolean) ?? [];
    if (ids.length > 0) onHighlightClick?.(ids);
    else onPlainClick?.();
  };

  const onDragStart = (e: DragEvent) => {
    if (selectedHighlight && (e.target as Element).closest?.('mark[data-hl]')) onHighlightDragStart?.(selectedHighlight, e);
  };

  return (
    // Clicks are handled here for the whole text; highlights are reachable by keyboard from the panel's list.
    <div className="article-text" data-testid="article-text" onClick={onClick} onDragStart={onDragStart}>
      {paragraphs.map((p) => (
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
        />
      ))}
    </div>
  );
});
