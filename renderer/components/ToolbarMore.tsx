/**
 * The header's "More" button for narrow windows: the less frequent project actions move into a
 * small pop-up list so the header stays one row instead of wrapping. It is a disclosure (a button
 * that shows a group of ordinary buttons), not an ARIA menu, so Tab and Enter work as everywhere
 * else; Escape or a click elsewhere closes it and focus returns to "More".
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** Props of <ToolbarMore>. */
export interface ToolbarMoreProps {
  /** The actions, as buttons; choosing one closes the list. */
  children: ReactNode;
}

/** "More ▾" and the actions it holds. */
export function ToolbarMore({ children }: ToolbarMoreProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    // Focus the first action so the keyboard can go straight on.
    root.current?.querySelector<HTMLButtonElement>('.toolbar-more__list button:not(:disabled)')?.focus();
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  return (
    <div
      ref={root}
      className="toolbar-more"
      onKeyDown={(e) => {
        if (open && e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={`button${open ? ' is-on' : ''}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid="toolbar-more"
      >
        More <span aria-hidden="true">▾</span>
      </button>
      <div
        id={id}
        className="toolbar-more__list"
        hidden={!open}
        role="group"
        aria-label="More project actions"
        // A click on an action runs it (its own onClick) and then closes the list.
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
