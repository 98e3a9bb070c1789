/**
 * The open article's highlights in text order. Each jumps to its passage and can be dragged
 * onto a claim; highlights whose passage is no longer found are listed with their quote and
 * marked orphaned, never dropped.
 */
import { useMemo, useState } from 'react';
import type { Highlight } from '../../shared/model.js';
import { setHighlightDrag } from '../lib/drag.js';
import { plural } from '../lib/format.js';
import { useRoving } from '../lib/use-roving.js';
import { useWorkbench, type OpenArticle } from '../state/workbench.js';
import { ColorSwatch } from './ColorSwatch.js';

/**
 * How many highlights the list shows at first, and adds per "Show more": an article with a
 * thousand highlights must not spend its first paint on a thousand list items (the reader
 * itself shows only what is on screen).
 */
export const HIGHLIGHT_PAGE = 100;

/** Props of <HighlightList>. */
export interface HighlightListProps {
  article: OpenArticle;
}

/** The list. */
export function HighlightList({ article }: HighlightListProps) {
  const wb = useWorkbench();
  const position = (h: Highlight) => {
    const r = article.resolved.get(h.id);
    if (r?.status === 'orphaned') return Number.MAX_SAFE_INTEGER;
    return r?.range?.[0] ?? h.target.position.start;
  };
  const list = [...article.highlights].sort((a, b) => position(a) - position(b));
  const [pages, setPages] = useState(1);
  const selected = list.findIndex((h) => h.id === wb.panel.highlight?.id);
  // The selected highlight is always shown, however far down the list it is.
  const shown = Math.min(list.length, Math.max(pages * HIGHLIGHT_PAGE, selected + 1));
  const linkCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const l of wb.view.links) counts.set(l.highlightId, (counts.get(l.highlightId) ?? 0) + 1);
    return counts;
  }, [wb.view.links]);
  // One Tab stop for the list (the selected highlight, else the first); arrows, Home and End move.
  const roving = useRoving(shown, selected);
  if (list.length === 0) {
    return <p className="panel-empty">No highlights yet. Select text in the article to highlight it (H), or press C to make a claim of it.</p>;
  }
  return (
    <>
      <ul className="hl-list" aria-label="Highlights in this article" data-testid="highlight-list" onKeyDown={roving.onKeyDown}>
        {list.slice(0, shown).map((h, i) => {
          const orphaned = article.resolved.get(h.id)?.status === 'orphaned';
          const links = linkCounts.get(h.id) ?? 0;
          return (
            <li key={h.id}>
              <button
                type="button"
                className={`hl-item${wb.panel.highlight?.id === h.id ? ' is-selected' : ''}`}
                draggable
                onDragStart={(e) => setHighlightDrag(e.dataTransfer, h.id, h.target.quote.exact)}
                onClick={() => {
                  if (!orphaned) wb.openArticleAt(h.articleId, h.id);
                  wb.panel.selectHighlight(h.id);
                }}
                title={orphaned ? 'This passage is no longer found in the article text' : 'Go to the passage — or drag onto a claim to link it'}
                data-testid="highlight-item"
                data-orphaned={orphaned || undefined}
                {...roving.itemProps(i)}
              >
                <ColorSwatch color={h.color} />
                <span className="hl-item__quote" dir="auto">{h.target.quote.exact}</span>
                <span className="hl-item__meta">
                  {orphaned && (
                    <span className="badge badge--orphan" data-testid="orphaned-label">
                      orphaned — text not found
                    </span>
                  )}
                  {h.label && <span className="badge" dir="auto">{h.label}</span>}
                  {links > 0 && <span>{plural(links, 'claim')}</span>}
                  {h.note && <span>has a note</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown < list.length && (
        <p className="hl-list__more">
          <button type="button" className="button button--small button--quiet" onClick={() => setPages(Math.ceil(shown / HIGHLIGHT_PAGE) + 1)} data-testid="highlight-list-more">
            Show {Math.min(HIGHLIGHT_PAGE, list.length - shown)} more
          </button>{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => setPages(Math.ceil(list.length / HIGHLIGHT_PAGE))} data-testid="highlight-list-all">
            Show all {list.length}
          </button>
        </p>
      )}
    </>
  );
}
