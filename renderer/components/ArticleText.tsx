/**
 * The article body. The DOM is kept mappable to offsets in `article.text`, because highlights
 * will anchor to those offsets:
 *   - one <p class="para" data-start data-end> per paragraph ([start, end) into the text);
 *   - inside it, only text nodes and <mark data-start> elements whose text is an exact
 *     substring of the article, in order, with nothing added or left out.
 * So an offset is `data-start` of the paragraph plus the lengths of the text nodes before it.
 */
import { memo, useMemo } from 'react';
import type { Range } from '../../shared/api.js';
import { splitParagraphs } from '../lib/paragraphs.js';
import { indexLayer, segment, type IndexedLayer } from '../lib/segments.js';

/** Props of <ArticleText>. */
export interface ArticleTextProps {
  text: string;
  /** Search hits, marked as class "mark--hit" with data-hit = index. */
  hits: readonly Range[];
  activeHit: number;
  /** Find-bar matches, marked as class "mark--find" with data-find = index. */
  finds: readonly Range[];
  activeFind: number;
}

interface ParagraphProps {
  text: string;
  start: number;
  end: number;
  layers: readonly IndexedLayer[];
  /** Index of the active range per layer kind, or -1 when it is not in this paragraph. */
  activeHit: number;
  activeFind: number;
}

const Paragraph = memo(function Paragraph({ text, start, end, layers, activeHit, activeFind }: ParagraphProps) {
  const segments = segment(start, end, layers);
  return (
    <p className="para" data-start={start} data-end={end}>
      {segments.map((s) => {
        const piece = text.slice(s.start, s.end);
        if (s.marks.length === 0) return piece;
        const hit = s.marks.find((m) => m.kind === 'hit');
        const find = s.marks.find((m) => m.kind === 'find');
        const active = (hit && hit.index === activeHit) || (find && find.index === activeFind);
        const classes = ['mark', hit && 'mark--hit', find && 'mark--find', active && 'is-active'].filter(Boolean).join(' ');
        return (
          <mark key={s.start} className={classes} data-start={s.start} data-hit={hit?.index} data-find={find?.index}>
            {piece}
          </mark>
        );
      })}
    </p>
  );
});

function activeIn(ranges: readonly Range[], index: number, start: number, end: number): number {
  const r = ranges[index];
  return r && r[0] < end && r[1] > start ? index : -1;
}

/** Renders the text as paragraphs with marks. */
export const ArticleText = memo(function ArticleText({ text, hits, activeHit, finds, activeFind }: ArticleTextProps) {
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const layers = useMemo(
    () => [indexLayer({ kind: 'hit', ranges: hits }), indexLayer({ kind: 'find', ranges: finds })],
    [hits, finds],
  );
  return (
    <div className="article-text" data-testid="article-text">
      {paragraphs.map((p) => (
        <Paragraph
          key={p.start}
          text={text}
          start={p.start}
          end={p.end}
          layers={layers}
          activeHit={activeIn(hits, activeHit, p.start, p.end)}
          activeFind={activeIn(finds, activeFind, p.start, p.end)}
        />
      ))}
    </div>
  );
});
