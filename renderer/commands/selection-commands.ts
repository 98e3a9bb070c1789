/**
 * Keys for a text selection in the reader: highlight it, make a claim of it, link it to the
 * active claim (supports L, refutes Shift+L, context K), or close the selection toolbar. The toolbar and context menu offer the same.
 */
import { extendSelectionBySentence } from '../lib/extend-selection.js';
import { colorForKey, HIGHLIGHT_COLORS } from '../lib/highlight-colors.js';
import { command, type CommandContext } from './types.js';

const selected = ({ selection }: CommandContext<'window'>) => !!selection?.selection;

/** The selection's commands. */
export const SELECTION_COMMANDS = [
  command({
    id: 'highlight.last',
    label: 'Highlight in the last used colour',
    scope: 'window',
    keys: [{ key: 'h' }],
    help: 'selection',
    enabled: selected,
    run: ({ selection }) => {
      if (selection) void selection.actions.highlight(selection.actions.lastColor);
    },
  }),
  command({
    id: 'highlight.color',
    label: `Highlight as ${HIGHLIGHT_COLORS.map((c) => c.label).join(', ')}`,
    scope: 'window',
    keys: HIGHLIGHT_COLORS.map((c) => ({ key: c.key })),
    help: 'selection',
    enabled: selected,
    run: ({ selection }, how) => {
      const color = how.source === 'key' ? colorForKey(how.press.key) : null;
      if (selection && color) void selection.actions.highlight(color);
    },
  }),
  command({
    id: 'highlight.note',
    label: 'Highlight and write a note',
    scope: 'window',
    keys: [{ key: 'n' }],
    help: 'selection',
    enabled: selected,
    run: ({ selection }) => {
      if (selection) void selection.actions.highlight(selection.actions.lastColor, { focusNote: true });
    },
  }),
  command({
    id: 'claim.fromSelection',
    label: 'New claim from the selection (the passage is linked as supporting)',
    scope: 'window',
    keys: [{ key: 'c' }],
    help: 'selection',
    enabled: selected,
    run: ({ selection }) => void selection?.actions.claimFromSelection(),
  }),
  command({
    id: 'link.supports',
    label: 'Link to the active claim as supporting',
    scope: 'window',
    keys: [{ key: 'l', shift: false }],
    help: 'selection',
    enabled: selected,
    run: ({ selection }) => void selection?.actions.linkToActive('supports'),
  }),
  command({
    id: 'link.refutes',
    label: 'Link to the active claim as refuting',
    scope: 'window',
    keys: [{ key: 'l', shift: true }],
    help: 'selection',
    enabled: selected,
    run: ({ selection }) => void selection?.actions.linkToActive('refutes'),
  }),
  command({
    id: 'link.context',
    label: 'Link to the active claim as context',
    scope: 'window',
    keys: [{ key: 'k' }],
    help: 'selection',
    enabled: selected,
    run: ({ selection }) => void selection?.actions.linkToActive('context'),
  }),
  command({
    id: 'selection.sentenceForward',
    label: 'Extend the selection to the end of the sentence (then the next)',
    scope: 'window',
    keys: [{ key: 'ArrowDown', alt: true, shift: true }],
    help: 'selection',
    enabled: ({ reader }) => !!reader,
    run: () => void extendSelectionBySentence('forward'),
  }),
  command({
    id: 'selection.sentenceBackward',
    label: 'Extend the selection to the start of the sentence (then the one before)',
    scope: 'window',
    keys: [{ key: 'ArrowUp', alt: true, shift: true }],
    help: 'selection',
    enabled: ({ reader }) => !!reader,
    run: () => void extendSelectionBySentence('backward'),
  }),
  command({
    id: 'selection.close',
    label: 'Close the selection toolbar',
    scope: 'window',
    keys: [{ key: 'Escape' }],
    help: 'selection',
    enabled: ({ selection }) => !!selection && (selection.selection !== null || selection.menuOpen),
    run: ({ selection }) => selection?.close(),
  }),
] as const;
