/**
 * Working with colleagues: merging their copy of the project, deciding conflicts left pending,
 * and the raters' agreement. Menu items (File › Merge a Colleague's Copy…, View › Rater
 * Agreement…) and toolbar buttons; no keys.
 */
import { command } from './types.js';

/** The sharing commands. */
export const SHARING_COMMANDS = [
  command({
    id: 'merge',
    label: 'Merge a colleague’s copy of the project',
    scope: 'window',
    keys: [],
    help: null,
    // With no project open (start screen), it opens one first and then asks for the copy.
    enabled: ({ merge, app }) => (merge ? !merge.open : !!app && !app.dialogOpen),
    run: ({ merge, app }) => (merge ? merge.pickCopy() : app?.openThenMerge()),
  }),
  command({
    id: 'conflicts',
    label: 'Decide merge conflicts left pending',
    scope: 'window',
    keys: [],
    help: null,
    enabled: ({ merge }) => !!merge && !merge.open,
    run: ({ merge }) => merge?.openPending(),
  }),
  command({
    id: 'agreement',
    label: 'Show how far raters agree',
    scope: 'window',
    keys: [],
    help: null,
    enabled: ({ agreement }) => !!agreement,
    run: ({ agreement }) => agreement?.open(),
  }),
] as const;
