/**
 * Moving round the workbench without a mouse: F6 / Shift+F6 between the library, the reader and
 * the claims panel, and turning a find match into a selection or a highlight.
 */
import { cycleRegion } from '../lib/regions.js';
import { isModalOpen } from './keys.js';
import { command } from './types.js';

/** The navigation commands. */
export const NAVIGATION_COMMANDS = [
  command({
    id: 'region.next',
    label: 'Next region: search and library, reader, claims',
    scope: 'window',
    keys: [{ key: 'F6', shift: false }],
    help: 'everywhere',
    // From a text field too (F6 types nothing), but not out of a dialog.
    anywhere: true,
    enabled: () => !isModalOpen(),
    run: () => void cycleRegion(1),
  }),
  command({
    id: 'region.previous',
    label: 'Previous region',
    scope: 'window',
    keys: [{ key: 'F6', shift: true }],
    help: 'everywhere',
    anywhere: true,
    enabled: () => !isModalOpen(),
    run: () => void cycleRegion(-1),
  }),
  command({
    id: 'find.highlightMatch',
    label: 'Highlight the current match (last used colour)',
    scope: 'window',
    keys: [{ key: 'h', alt: true, shift: false }],
    help: 'find',
    anywhere: true,
    enabled: ({ find }) => !!find && find.count > 0 && !isModalOpen(),
    run: ({ find }) => find?.highlightMatch(),
  }),
  command({
    id: 'find.selectMatch',
    label: 'Select the current match in the reader, then H, L, Shift+L, K or C act on it',
    scope: 'window',
    keys: [{ key: 'Enter', alt: true, shift: false }],
    help: 'find',
    anywhere: true,
    enabled: ({ find }) => !!find && find.count > 0 && !isModalOpen(),
    run: ({ find }) => find?.selectMatch(),
  }),
] as const;
