/**
 * Keys on a focused claim row: move between claims, make one active, open, edit, reorder and
 * nest it, delete it. The row's buttons do the same for the mouse.
 */
import { command } from './types.js';

/** The claim list's commands. */
export const CLAIM_LIST_COMMANDS = [
  command({
    id: 'claims.previous',
    label: 'Previous claim',
    scope: 'claimList',
    keys: [{ key: 'ArrowUp' }],
    help: 'claims',
    run: ({ local }) => local.focusAt(local.index - 1),
  }),
  command({
    id: 'claims.next',
    label: 'Next claim',
    scope: 'claimList',
    keys: [{ key: 'ArrowDown' }],
    help: 'claims',
    run: ({ local }) => local.focusAt(local.index + 1),
  }),
  command({
    id: 'claims.first',
    label: 'First claim',
    scope: 'claimList',
    keys: [{ key: 'Home' }],
    help: 'claims',
    run: ({ local }) => local.focusAt(0),
  }),
  command({
    id: 'claims.last',
    label: 'Last claim',
    scope: 'claimList',
    keys: [{ key: 'End' }],
    help: 'claims',
    run: ({ local }) => local.focusAt(local.count - 1),
  }),
  command({
    id: 'claims.activate',
    label: 'Make the claim active (L links to it)',
    scope: 'claimList',
    keys: [{ key: ' ' }],
    help: 'claims',
    run: ({ local }) => local.activate(),
  }),
  command({
    id: 'claims.open',
    label: 'Open the claim: evidence, rating, rationale',
    scope: 'claimList',
    keys: [{ key: 'Enter' }],
    help: 'claims',
    run: ({ local }) => local.open(),
  }),
  command({
    id: 'claims.edit',
    label: 'Edit the claim’s text',
    scope: 'claimList',
    keys: [{ key: 'F2' }],
    help: 'claims',
    run: ({ local }) => local.edit(),
  }),
  // Always handled, even when the claim cannot move: Alt+← would otherwise navigate back.
  command({
    id: 'claims.moveUp',
    label: 'Move the claim up',
    scope: 'claimList',
    keys: [{ key: 'ArrowUp', alt: true }],
    help: 'claims',
    run: ({ local }) => local.move('up'),
  }),
  command({
    id: 'claims.moveDown',
    label: 'Move the claim down',
    scope: 'claimList',
    keys: [{ key: 'ArrowDown', alt: true }],
    help: 'claims',
    run: ({ local }) => local.move('down'),
  }),
  command({
    id: 'claims.indent',
    label: 'Make it a sub-claim of the claim above',
    scope: 'claimList',
    keys: [{ key: 'ArrowRight', alt: true }],
    help: 'claims',
    run: ({ local }) => local.move('indent'),
  }),
  command({
    id: 'claims.outdent',
    label: 'Make it a top-level claim again',
    scope: 'claimList',
    keys: [{ key: 'ArrowLeft', alt: true }],
    help: 'claims',
    run: ({ local }) => local.move('outdent'),
  }),
  command({
    id: 'claims.delete',
    label: 'Delete the claim (can be undone)',
    scope: 'claimList',
    keys: [{ key: 'Delete' }, { key: 'Backspace' }],
    help: 'claims',
    run: ({ local }) => local.remove(),
  }),
] as const;
