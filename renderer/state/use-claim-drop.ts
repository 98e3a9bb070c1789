/**
 * Makes an element a drop target for highlights: dropping one links it to the claim as
 * supporting evidence, then shows the highlight so the stance can be changed at once.
 */
import { useState, type DragEvent } from 'react';
import { draggedHighlight, isHighlightDrag } from '../lib/drag.js';
import { stanceInfo } from '../lib/evidence.js';
import { useWorkbench } from './workbench.js';

/** Drag handlers to spread on the target, and whether a highlight is over it. */
export function useClaimDrop(claimId: string): {
  over: boolean;
  handlers: { onDragOver(e: DragEvent): void; onDragLeave(e: DragEvent): void; onDrop(e: DragEvent): void };
} {
  const wb = useWorkbench();
  const [over, setOver] = useState(false);
  const handlers = {
    onDragOver(e: DragEvent) {
      if (!isHighlightDrag(e.dataTransfer)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'link';
      if (!over) setOver(true);
    },
    onDragLeave(e: DragEvent) {
      // Leaving for a child of the target is not leaving.
      if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
      setOver(false);
    },
    onDrop(e: DragEvent) {
      setOver(false);
      const highlightId = draggedHighlight(e.dataTransfer);
      if (!highlightId) return;
      e.preventDefault();
      void link(highlightId);
    },
  };

  const link = async (highlightId: string) => {
    const existing = wb.view.links.find((l) => l.highlightId === highlightId && l.claimId === claimId);
    if (existing) {
      wb.toast(`That passage is already linked to this claim (as ${stanceInfo(existing.stance).group.toLowerCase()})`);
      wb.panel.selectHighlight(highlightId);
      return;
    }
    const made = await wb.run('links.create', { highlightId, claimId, stance: 'supports' }, 'Could not link the passage to the claim');
    if (!made) return;
    wb.panel.selectHighlight(highlightId);
    wb.toast('Linked as supporting — change the stance in the highlight’s panel');
  };

  return { over, handlers };
}
