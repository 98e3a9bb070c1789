/**
 * The open article's highlights in text order. Each jumps to its passage and can be dragged
 * onto a claim; highlights whose passage is no longer found are listed with their quote and
 * marked orphaned, never dropped.
 */
import type { Highlight } from '../../shared/model.js';
import { setHighlightDrag } from '../lib/drag.js';
import { plural } from '../lib/format.js';
import { useRoving } from '../lib/use-roving.js';
import { useWorkbench, type OpenArticle } from '../state/workbench.js';
import { ColorSwatch } from './ColorSwatch.js';

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
  // One Tab stop for the list (the selected highlight, else the first); arrows, Home and End move.
  const roving = useRoving(list.length, list.findIndex((h) => h.id === wb.panel.highlight?.id));
  if (list.length === 0) {
    return <p className="panel-empty">No highlights yet. Select text in the article to highlight it (H), or press C to make a claim of it.</p>;
  }
  return (
    <ul className="hl-list" aria-label="Highlights in this article" data-testid="highlight-list" onKeyDown={roving.onKeyDown}>
      {list.map((h, i) => {
        const orphaned = article.resolved.get(h.id)?.status === 'orphaned';
        const links = wb.view.links.filter((l) => l.highlightId === h.id).length;
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
  );
}
