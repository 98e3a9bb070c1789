/**
 * Dragging a highlight onto a claim: the highlight's id travels in the drag data under a
 * private type, so other drops (files, text) are never mistaken for it.
 */

/** The drag data type carrying a highlight id. */
export const HIGHLIGHT_DRAG_TYPE = 'application/x-warrant-highlight';

/** Starts a highlight drag. */
export function setHighlightDrag(data: DataTransfer, highlightId: string, quote: string): void {
  data.setData(HIGHLIGHT_DRAG_TYPE, highlightId);
  // The quote as plain text, so dropping into a text field pastes the passage.
  data.setData('text/plain', quote);
  data.effectAllowed = 'link';
}

/** True while a highlight is dragged (its id is only readable on drop). */
export function isHighlightDrag(data: DataTransfer | null): boolean {
  return data?.types.includes(HIGHLIGHT_DRAG_TYPE) ?? false;
}

/** The dragged highlight's id, on drop. */
export function draggedHighlight(data: DataTransfer | null): string | null {
  return data?.getData(HIGHLIGHT_DRAG_TYPE) || null;
}
