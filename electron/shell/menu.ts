/**
 * The application menu, built from the platform-free menu data in shared/commands.ts. Our
 * commands are forwarded to the UI, which owns the workflows (and knows when each applies).
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api.js';
import { acceleratorFor, MENU_BAR, MENU_COMMANDS, type MenuEntry } from '../../shared/commands.js';

/** Builds the menu; `send` forwards a command to the renderer. */
export function buildMenu(send: (command: MenuCommand) => void): Menu {
  const platform = process.platform === 'darwin' ? 'mac' : 'other';
  const item = (entry: MenuEntry): MenuItemConstructorOptions => {
    if (entry === 'separator') return { type: 'separator' };
    if ('role' in entry) return { role: entry.role };
    const accelerator = acceleratorFor(entry.command, platform);
    return {
      label: MENU_COMMANDS[entry.command].label,
      ...(accelerator ? { accelerator } : {}),
      click: () => send(entry.command),
    };
  };
  const template: MenuItemConstructorOptions[] = [
    ...(platform === 'mac' ? [{ role: 'appMenu' as const }] : []),
    ...MENU_BAR.map((menu) => ({ label: menu.label, submenu: menu.items.map(item) })),
  ];
  return Menu.buildFromTemplate(template);
}
