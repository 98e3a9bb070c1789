/**
 * The article text with its highlights: selecting text offers the highlight toolbar (and the
 * same actions on right-click and by keyboard), clicking a highlight shows it in the panel,
 * the selected highlight can be dragged onto a claim, and a jump to a passage flashes it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import type { TextRange, ResolvedHighlight } from '../../shared/api.js';
import type { Highlight } from '../../shared/model.js';
import { useCommandSlice } from '../commands/host.js';
import { layoutHighlights } from '../lib/highlight-layout.js';
import type { FocusRequest } from '../state/article-nav.js';
import { useHighlightActions } from '../state/use-highlight-actions.js';
import { useTextSelection } from '../state/use-text-selection.js';
import { useWorkbench } from '../state/workbench.js';
import { setHighlightDrag } from '../lib/drag.js';
import { ArticleText } from './ArticleText.js';
import { SelectionToolbar } from './SelectionToolbar.js';

/** Props of <AnnotatedText>. */
export interface AnnotatedTextProps {
  articleId: string;
  text: string;
  hits: readonly TextRange[];
  activeHit: number;
  finds: readonly TextRange[];
  activeFind: number;
  focus: FocusRequest | null;
}

const NO_HIGHLIGHTS: readonly Highlight[] = [];
const NO_RESOLVED: ReadonlyMap<string, ResolvedHighlight> = new Map();

/** How long a passage flashes after a jump. */
const FLASH_MS = 1600;

/** The annotated article text. */
export function AnnotatedText({ articleId, text, hits, activeHit, finds, activeFind, focus }: AnnotatedTextProps) {
  const wb = useWorkbench();
  const { panel, view } = wb;
  const frame = useRef<HTMLDivElement>(null);
  const open = wb.openArticle?.id === articleId ? wb.openArticle : null;
  const highlights = open?.highlights ?? NO_HIGHLIGHTS;
  const resolved = open?.resolved ?? NO_RESOLVED;
  const layout = useMemo(() => layoutHighlights(text, highlights, resolved), [text, highlights, resolved]);
  const { selection, clear, refresh } = useTextSelection(frame, frame, text);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const closeAll = useCallback(() => {
    setMenu(null);
    clear();
  }, [clear]);
  const actions = useHighlightActions(articleId, text, selection, closeAll);
  const activeClaim = view.claims.find((c) => c.id === panel.activeClaimId) ?? null;

  // Jump to a passage on request, once it is placed (the article may still be loading).
  const handled = useRef(0);
  const flashTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (!focus || focus.nonce === handled.current) return;
    const placed = layout.placed.some((p) => p.id === focus.highlightId);
    const known = highlights.some((h) => h.id === focus.highlightId);
    if (!placed) {
      if (known && resolved.has(focus.highlightId)) handled.current = focus.nonce; // orphaned: the panel says so
      return;
    }
    handled.current = focus.nonce;
    frame.current?.querySelector(`mark[data-hl~="${CSS.escape(focus.highlightId)}"]`)?.scrollIntoView({ block: 'center' });
    setFlash(focus.highlightId);
    // Not cleaned up with this effect: it re-runs as the layout settles, and the flash must still end.
    clearTimeout(flashTimer.current);
    flashTimer.current = setTimeout(() => setFlash(null), FLASH_MS);
  }, [focus, layout, highlights, resolved]);
  useEffect(() => () => clearTimeout(flashTimer.current), []);
  // A long article renders only what is near the screen: the passage asked for renders first.
  const pins = useMemo((): TextRange[] => {
    const p = focus ? layout.placed.find((h) => h.id === focus.highlightId) : undefined;
    return p ? [[p.start, p.end]] : [];
  }, [focus, layout]);

  // The menu acts on the selection: it goes when the selection goes (a click elsewhere).
  useEffect(() => {
    if (!selection) setMenu(null);
  }, [selection]);

  // The selection's keys (H, 1–5, N, C, L, Esc) are commands in the registry; they act on this.
  const menuOpen = menu !== null;
  useCommandSlice('selection', useMemo(() => ({ selection, menuOpen, actions, close: closeAll }), [selection, menuOpen, actions, closeAll]));

  const onContextMenu = (e: MouseEvent) => {
    // Right after a keyboard or programmatic selection the change event may not have come yet.
    if (!(selection ?? refresh()) || !frame.current) return;
    e.preventDefault();
    const box = frame.current.getBoundingClientRect();
    setMenu({ x: e.clientX - box.left, y: e.clientY - box.top });
  };

  const onHighlightClick = useCallback((ids: string[]) => panel.selectHighlight(ids[0]!, { others: ids.slice(1) }), [panel]);
  const onPlainClick = useCallback(() => {
    if (panel.highlight) panel.selectHighlight(null);
  }, [panel]);
  const onDragStart = useCallback(
    (id: string, e: DragEvent) => setHighlightDrag(e.dataTransfer, id, highlights.find((h) => h.id === id)?.target.quote.exact ?? ''),
    [highlights],
  );

  const shared = {
    lastColor: actions.lastColor,
    activeClaim,
    onHighlight: (color: Parameters<typeof actions.highlight>[0]) => void actions.highlight(color),
    onNote: () => void actions.highlight(actions.lastColor, { focusNote: true }),
    onNewClaim: () => void actions.claimFromSelection(),
    onLink: (stance: Parameters<typeof actions.linkToActive>[0]) => void actions.linkToActive(stance),
    onClose: closeAll,
  };

  return (
    <div className="annotated" ref={frame} onContextMenu={onContextMenu}>
      <ArticleText
        text={text}
        hits={hits}
        activeHit={activeHit}
        finds={finds}
        activeFind={activeFind}
        highlights={layout.placed}
        selectedHighlight={panel.highlight?.id ?? null}
        flashHighlight={flash}
        onHighlightClick={onHighlightClick}
        onPlainClick={onPlainClick}
        onHighlightDragStart={onDragStart}
        pins={pins}
      />
      {menu ? (
        <SelectionToolbar variant="menu" x={menu.x} top={menu.y} bottom={menu.y} {...shared} />
      ) : (
        selection && <SelectionToolbar variant="toolbar" x={selection.left} top={selection.top} bottom={selection.bottom} {...shared} />
      )}
    </div>
  );
}
