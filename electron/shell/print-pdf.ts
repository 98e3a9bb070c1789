/**
 * PDF printing on the desktop: Electron's own `printToPDF` in a hidden window that runs no
 * script, has no Node, is sandboxed and may not navigate or load anything — the report is
 * untrusted text (articles, colleagues' notes) laid out by our HTML renderer.
 */
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintPdf } from '../export/print-pdf.js';

/** An in-memory session of its own: the request filter below must not touch the app window's session. */
const PRINT_PARTITION = 'warrant-print';

/** Prints each part with Electron's Chromium, one hidden window each, all at once (tagged when there is one part: see PrintPdf). */
export const printPdfWithElectron: PrintPdf = async (parts) => Promise.all(parts.map((html) => printOne(html, parts.length === 1)));

async function printOne(html: string, tagged: boolean): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'warrant-pdf-'));
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, images: true, partition: PRINT_PARTITION },
  });
  try {
    const file = join(dir, 'report.html');
    await writeFile(file, html, 'utf8');
    const url = pathToFileURL(file).href;
    // Nothing but the report itself may load: no navigation, no new windows, no requests elsewhere.
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => callback({ cancel: details.url !== url && !details.url.startsWith('data:') }));
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', margins: { marginType: 'default' }, generateTaggedPDF: tagged });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
