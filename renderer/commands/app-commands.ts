/**
 * The project's and the window's commands: the desktop menu's (their labels and accelerators
 * are in shared/commands.ts), export, undo/redo, help, find, and writing a new claim.
 */
import { MENU_COMMANDS, acceleratorsOf, type MenuCommandId, type MenuCommandSpec } from '../../shared/commands.js';
import { hasTextSelection, isModalOpen, isTextEntry, parseAccelerator, type KeyBinding } from './keys.js';
import { command, type Invocation } from './types.js';

/** The page's keys for a menu command: its accelerators where the page binds them too. */
function menuKeys(id: MenuCommandId): KeyBinding[] {
  const spec: MenuCommandSpec = MENU_COMMANDS[id];
  return spec.inPage ? acceleratorsOf(id).map(parseAccelerator) : [];
}

/** The menu's Undo and Redo stand in for the keyboard: in a text field they undo typing. */
function undoTyping(how: Invocation, which: 'undo' | 'redo'): boolean {
  if (how.source !== 'menu' || !isTextEntry(document.activeElement)) return false;
  document.execCommand(which);
  return true;
}

/** Commands of the desktop menu, and the window-wide keys. */
export const APP_COMMANDS = [
  command({
    id: 'new',
    label: 'Create a new project',
    scope: 'window',
    keys: menuKeys('new'),
    help: null,
    enabled: ({ app }) => !!app && !app.dialogOpen,
    run: ({ app }) => app?.newProject(),
  }),
  command({
    id: 'open',
    label: 'Open a project',
    scope: 'window',
    keys: menuKeys('open'),
    help: null,
    enabled: ({ app }) => !!app && !app.dialogOpen,
    run: ({ app }) => app?.openProject(),
  }),
  command({
    id: 'importFiles',
    label: 'Import files',
    scope: 'window',
    keys: menuKeys('importFiles'),
    help: null,
    enabled: ({ imports }) => !!imports && !imports.running,
    run: ({ imports }) => imports?.pick(false),
  }),
  command({
    id: 'importFolder',
    label: 'Import a folder',
    scope: 'window',
    keys: menuKeys('importFolder'),
    help: null,
    enabled: ({ imports }) => !!imports && !imports.running,
    run: ({ imports }) => imports?.pick(true),
  }),
  command({
    id: 'export',
    label: 'Export a report or an interchange file',
    scope: 'window',
    keys: menuKeys('export'),
    help: 'everywhere',
    // Ctrl/Cmd+E means nothing to a text field, so it works while typing too; never over another dialog.
    anywhere: true,
    enabled: ({ exports }) => !!exports && !exports.isOpen && !isModalOpen(),
    run: ({ exports }) => exports?.open(),
  }),
  command({
    id: 'save',
    label: 'Save the project',
    scope: 'window',
    keys: menuKeys('save'),
    help: 'everywhere',
    anywhere: true,
    enabled: ({ project }) => !!project,
    run: ({ project }) => project?.save(),
  }),
  command({
    id: 'saveAs',
    label: 'Save the project under a new name',
    scope: 'window',
    keys: menuKeys('saveAs'),
    help: 'everywhere',
    anywhere: true,
    enabled: ({ project }) => !!project,
    run: ({ project }) => project?.saveAs(),
  }),
  command({
    id: 'close',
    label: 'Close the project',
    scope: 'window',
    keys: menuKeys('close'),
    help: null,
    enabled: ({ project }) => !!project,
    run: ({ project }) => project?.close(),
  }),
  command({
    id: 'undo',
    label: 'Undo the last annotation change',
    scope: 'window',
    keys: menuKeys('undo'),
    help: 'everywhere',
    // Keys need the annotations; the menu also works in a text field before they have loaded.
    enabled: ({ workbench, project }, how) => (how.source === 'menu' ? !!project : !!workbench),
    run: ({ workbench }, how) => {
      if (!undoTyping(how, 'undo')) void workbench?.undo();
    },
  }),
  command({
    id: 'redo',
    label: 'Redo',
    scope: 'window',
    keys: menuKeys('redo'),
    help: 'everywhere',
    enabled: ({ workbench, project }, how) => (how.source === 'menu' ? !!project : !!workbench),
    run: ({ workbench }, how) => {
      if (!undoTyping(how, 'redo')) void workbench?.redo();
    },
  }),
  command({
    id: 'claim.new',
    label: 'Write a new claim',
    scope: 'window',
    keys: [{ key: 'c' }],
    help: 'everywhere',
    // With text selected, C belongs to the reader: a new claim from the selection.
    enabled: ({ workbench }) => !!workbench && !hasTextSelection(),
    run: ({ workbench }) => {
      workbench?.panel.openClaim(null);
      workbench?.panel.focusNewClaim();
    },
  }),
  command({
    id: 'claim.suggest',
    label: 'Suggest evidence for the open claim',
    scope: 'window',
    keys: [{ key: 'e' }],
    help: 'everywhere',
    enabled: ({ suggestions }) => !!suggestions,
    run: ({ suggestions }) => suggestions?.open(),
  }),
  command({
    id: 'shortcuts',
    label: 'Show this help',
    scope: 'window',
    keys: [{ key: '?' }],
    help: 'everywhere',
    enabled: ({ help }) => !!help,
    run: ({ help }) => help?.open(),
  }),
  command({
    id: 'find',
    label: 'Find in the article (search box when no article is open)',
    scope: 'window',
    keys: menuKeys('find'),
    help: 'everywhere',
    anywhere: true,
    // Our find bar replaces the browser's, which cannot see offsets or keep marks.
    enabled: ({ reader, search }) => !!reader || (!!search && !search.articleOpen),
    run: ({ reader, search }) => (reader ? reader.openFind() : search?.focus()),
  }),
] as const;
