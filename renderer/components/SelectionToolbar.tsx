/**
 * The actions on a text selection in the reader: a floating toolbar above the selection, or
 * the same actions as a context menu where the researcher right-clicked.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Claim, HighlightColor, Stance } from '../../shared/model.js';
import { shortcutText } from '../commands/registry.js';
import { HIGHLIGHT_COLORS } from '../lib/highlight-colors.js';
import { ColorSwatch } from './ColorSwatch.js';

/** Props of <SelectionToolbar>. */
export interface SelectionToolbarProps {
  /** 'toolbar' floats above (or below) the selection; 'menu' opens at the pointer. */
  variant: 'toolbar' | 'menu';
  /** Anchor point, relative to the positioned frame: x, and the top/bottom of the selection. */
  x: number;
  top: number;
  bottom: number;
  lastColor: HighlightColor;
  activeClaim: Claim | null;
  onHighlight(color: HighlightColor): void;
  onNote(): void;
  onNewClaim(): void;
  onLink(stance: Stance): void;
  onClose(): void;
}

const short = (text: string, n = 28) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The selection toolbar or context menu. */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { variant, x, top, bottom, lastColor, activeClaim } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const menu = variant === 'menu';

  // Keep it inside the frame horizontally; above the selection unless that is off screen.
  useLayoutEffect(() => {
    const el = ref.current;
    const frame = el?.offsetParent as HTMLElement | null;
    if (!el || !frame) return;
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const left = menu ? x : x - width / 2;
    const clamped = Math.max(4, Math.min(left, frame.clientWidth - width - 4));
    // The visible part of the frame, in frame coordinates.
    const scroller = frame.closest('.reader__scroll')?.getBoundingClientRect();
    const origin = frame.getBoundingClientRect();
    const visibleTop = scroller ? scroller.top - origin.top : 0;
    const visibleBottom = scroller ? scroller.bottom - origin.top : Infinity;
    if (menu) {
      // Open downwards from the pointer, or upwards when there is no room below.
      setPlace({ left: clamped, top: top + height > visibleBottom - 4 ? Math.max(visibleTop + 4, top - height) : top });
      return;
    }
    const above = top - height - 10;
    setPlace({ left: clamped, top: above >= visibleTop + 4 ? above : bottom + 10 });
  }, [x, top, bottom, menu]);

  useLayoutEffect(() => {
    if (menu) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
      return;
    }
    if (!menu || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    items[(at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
  };

  const item = menu ? { role: 'menuitem' } : {};
  return (
    <div
      ref={ref}
      className={`selection-ui ${menu ? 'selection-ui--menu' : 'selection-ui--toolbar'}`}
      role={menu ? 'menu' : 'toolbar'}
      aria-label={menu ? 'Selection actions' : 'Highlight the selection'}
      data-selection-ui
      data-testid={menu ? 'selection-menu' : 'selection-toolbar'}
      style={place ? { left: place.left, top: place.top } : { left: x, top, visibility: 'hidden' }}
      // Pressing a button must not collapse the text selection it acts on.
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={onKeyDown}
    >
      {menu && (
        <p className="selection-ui__heading" aria-hidden="true">
          Highlight as
        </p>
      )}
      <div className="selection-ui__colors" role={menu ? 'none' : 'group'} aria-label="Highlight colours">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c.color}
            type="button"
            {...item}
            className={`selection-ui__color${c.color === lastColor ? ' is-last' : ''}`}
            aria-label={`Highlight as ${c.label} (${c.color}, ${c.patternName})`}
            title={`${c.label}: ${c.meaning} — key ${c.key}${c.color === lastColor ? ` or ${shortcutText('highlight.last')}` : ''}`}
            onClick={() => props.onHighlight(c.color)}
            data-testid={`highlight-${c.color}`}
          >
            <ColorSwatch color={c.color} />
          </button>
        ))}
      </div>
      <div className="selection-ui__actions" role={menu ? 'none' : 'group'} aria-label="Other actions">
        <button type="button" {...item} className="selection-ui__action" onClick={props.onNote} title={`Highlight and write a note (${shortcutText('highlight.note')})`} data-testid="selection-note">
          Note…
        </button>
        <button type="button" {...item} className="selection-ui__action" onClick={props.onNewClaim} title={`New claim from the selection, linked as supporting (${shortcutText('claim.fromSelection')})`} data-testid="selection-new-claim">
          New claim
        </button>
        {activeClaim && (
          <>
            <button
              type="button"
              {...item}
              className="selection-ui__action selection-ui__action--link"
              onClick={() => props.onLink('supports')}
              title={`Link to the active claim “${activeClaim.text}” as supporting (${shortcutText('link.supports')})`}
              data-testid="selection-link"
            >
              Link ✓ <bdi className="selection-ui__claim">{short(activeClaim.text)}</bdi>
            </button>
            <button
              type="button"
              {...item}
              className="selection-ui__action"
              onClick={() => props.onLink('refutes')}
              title={`Link to the active claim as refuting (${shortcutText('link.refutes')})`}
              aria-label="Link to the active claim as refuting"
              data-testid="selection-link-refutes"
            >
              Refutes ✗
            </button>
            <button
              type="button"
              {...item}
              className="selection-ui__action"
              onClick={() => props.onLink('context')}
              title={`Link to the active claim as context (${shortcutText('link.context')})`}
              aria-label="Link to the active claim as context"
              data-testid="selection-link-context"
            >
              Context ~
            </button>
          </>
        )}
      </div>
    </div>
  );
}
