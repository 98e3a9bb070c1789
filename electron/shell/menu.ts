/** The application menu. Commands are forwarded to the UI, which owns the workflows. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api.js';

/** Builds the menu; `send` forwards a command to the renderer. */
export function buildMenu(send: (command: MenuCommand) => void): Menu {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New Project…', 'new', 'CmdOrCtrl+N'),
        item('Open Project…', 'open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('Import Files…', 'importFiles', 'CmdOrCtrl+I'),
        item('Import Folder…', 'importFolder', 'CmdOrCtrl+Shift+I'),
        { type: 'separator' },
        item('Save', 'save', 'CmdOrCtrl+S'),
        item('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        item('Close Project', 'close', 'CmdOrCtrl+W'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      // Undo/redo go to the UI: in a text field it undoes typing, elsewhere the last annotation action.
      submenu: [
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', process.platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [item('Find in Article', 'find', 'CmdOrCtrl+F'), { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { role: 'togglefullscreen' }],
    },
    { label: 'Help', submenu: [item('Keyboard Shortcuts', 'shortcuts', 'F1')] },
  ];
  return Menu.buildFromTemplate(template);
}
