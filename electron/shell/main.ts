/**
 * Electron main process: windows, menus, dialogs and IPC wiring — nothing else. All work is done
 * by the shared backend (electron/services), which also runs under `warrant serve` and the CLI.
 * Security: context isolation, sandbox, no Node in the renderer, strict CSP, app:// instead of
 * file://, navigation and new windows blocked, permissions denied, IPC senders checked.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import type { AnyEvent } from '../../shared/api.js';
import { createBackend, type Backend } from '../server/backend.js';
import { dispatch, methodNames } from '../server/dispatch.js';
import { appVersion, packageRoot } from '../server/paths.js';
import { prefsFromStore } from '../server/prefs/store.js';
import { resolveAppFile } from './app-protocol.js';
import { APP_ORIGIN, APP_SCHEME, EVENT_CHANNEL, channelFor } from './channels.js';
import { createDialogs } from './dialogs.js';
import { printPdfWithElectron } from './print-pdf.js';
import { utilitySpawner } from './utility-spawner.js';
import { buildMenu } from './menu.js';
import { CONTENT_SECURITY_POLICY } from '../serve/csp.js';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const root = app.isPackaged ? process.resourcesPath : packageRoot();
const rendererRoot = join(app.isPackaged ? app.getAppPath() : root, 'dist', 'renderer');
let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

const emit = (event: AnyEvent): void => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event);
};

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    title: 'Warrant',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

app.on('web-contents-created', (_event, contents) => {
  // Nothing may navigate the window away from the app, or open new windows.
  contents.on('will-navigate', (e, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) e.preventDefault();
  });
  contents.on('will-redirect', (e, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) e.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Links in article metadata open in the user's browser, and only if they are web links.
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });

  const store = new ElectronStore<Record<string, unknown>>({ name: 'preferences' });
  backend = createBackend({
    shell: 'electron',
    version: appVersion(),
    prefs: prefsFromStore(store),
    cacheDir: join(app.getPath('userData'), 'index-cache'),
    sampleDir: join(root, 'sample', 'articles'),
    defaultProjectDir: join(app.getPath('documents'), 'Warrant'),
    emit,
    dialogs: createDialogs(() => mainWindow),
    printPdf: printPdfWithElectron,
    // Files to import are parsed in utility processes: a parser that dies takes only itself down.
    spawnProcess: utilitySpawner,
  });
  const handlers = backend.handlers;

  for (const method of methodNames) {
    ipcMain.handle(channelFor(method), (event, args: unknown) => {
      // Only our own page may call the backend.
      const sender = event.senderFrame?.url ?? '';
      if (!sender.startsWith(`${APP_ORIGIN}/`)) return { ok: false, error: { code: 'bad-args', message: 'Call from an unknown page refused.' } };
      return dispatch(handlers, method, args);
    });
  }

  Menu.setApplicationMenu(buildMenu((command) => emit({ name: 'menu.command', payload: { command } })));
  if (process.argv.includes('--sample')) await dispatch(handlers, 'project.openSample', {});
  mainWindow = createWindow();
  mainWindow.on('closed', () => (mainWindow = null));
});

let quitting = false;
app.on('before-quit', (e) => {
  // Save before quitting: autosave may still be waiting for its delay.
  if (quitting || !backend) return;
  e.preventDefault();
  quitting = true;
  void backend.dispose().then(
    () => app.quit(),
    (error: unknown) => {
      // The last save failed: never quit silently over unsaved work.
      const choice = dialog.showMessageBoxSync({
        type: 'warning',
        message: 'Warrant could not save your project before quitting.',
        detail: `${error instanceof Error ? error.message : String(error)}\n\nIf you quit now, changes since the last save are lost.`,
        buttons: ['Keep Warrant open', 'Quit without saving'],
        defaultId: 0,
        cancelId: 0,
      });
      if (choice === 1) app.exit(1);
      else quitting = false;
    },
  );
});

app.on('window-all-closed', () => app.quit());
