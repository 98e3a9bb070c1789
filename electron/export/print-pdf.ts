/**
 * Prints an HTML report to PDF with headless Chromium (`warrant serve` and the CLI; the desktop
 * app prints with Electron's own `printToPDF`, electron/shell/print-pdf.ts). The report is a
 * file in a private temporary folder; it has no script and its Content-Security-Policy
 * (`default-src 'none'`) forbids any, and loading anything else. (Turning scripts off with
 * `--blink-settings=scriptEnabled=false` is not possible: headless printing then writes no PDF.)
 * The browser gets a throw-away profile and is stopped after a time budget.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WarrantError } from '../../shared/result.js';
import { CHROMIUM_ENV, findChromium } from './find-chromium.js';

/**
 * Prints the HTML documents of a report to one PDF each, in order. One document is printed as a
 * tagged PDF (its structure readable by screen readers); parts of a long report are printed in
 * parallel without tags, since joining PDFs cannot keep their structure trees anyway and tagging
 * more than doubles the time of a long report (measured: 39 s against 19 s for 1,478 pages).
 */
export type PrintPdf = (parts: readonly string[]) => Promise<Uint8Array[]>;

/** How long printing may take: a base plus time per MB of HTML (a 10,000-passage report is ~6 MB). */
function budgetMs(html: string): number {
  return 60_000 + Math.ceil(html.length / 1_000_000) * 10_000;
}

/** Prints with the Chromium found by {@link findChromium}, one process per part, all at once; a clear message when there is none. */
export const printPdfWithChromium: PrintPdf = async (parts) => {
  const found = await findChromium();
  if (found.path === null) {
    throw new WarrantError(
      'unsupported',
      found.configured
        ? `PDF export could not start the browser named in ${CHROMIUM_ENV} (it is not an executable file). Correct the setting, or export HTML and print that.`
        : `PDF export needs Chromium or Google Chrome, and neither was found. Install one, or set ${CHROMIUM_ENV} to its path — or export HTML and print it from a browser.`,
    );
  }
  const browser = found.path;
  const dir = await mkdtemp(join(tmpdir(), 'warrant-pdf-'));
  try {
    return await Promise.all(parts.map((html, i) => printOne(browser, join(dir, `part-${i}`), html, parts.length === 1)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Prints one document in its own browser process and profile (in `dir`). */
async function printOne(browser: string, dir: string, html: string, tagged: boolean): Promise<Uint8Array> {
  await mkdir(dir, { recursive: true });
  const input = join(dir, 'report.html');
  const output = join(dir, 'report.pdf');
  await writeFile(input, html, 'utf8');
  await runChromium(
    browser,
    [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-sync',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      ...(tagged ? [] : ['--disable-pdf-tagging']),
      `--print-to-pdf=${output}`,
      // Chromium refuses to start its sandbox as root (containers, CI); it then needs this flag.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(input).href,
    ],
    budgetMs(html),
  );
  const pdf = await readFile(output).catch(() => null);
  if (!pdf || pdf.byteLength < 5 || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new WarrantError('internal', 'The browser did not produce a PDF. Export HTML and print it from a browser instead.');
  }
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** Runs the browser and waits for it to exit; stops it after `timeoutMs`. Its output is never shown (it is the browser's internals). */
function runChromium(path: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new WarrantError('limit', `Printing the PDF took longer than ${Math.round(timeoutMs / 1000)} s and was stopped. Export fewer claims, or export HTML and print it from a browser.`));
    }, timeoutMs);
    child.once('error', () => {
      clearTimeout(timer);
      reject(new WarrantError('unsupported', 'PDF export could not start the browser. Check that Chromium or Chrome is installed and runs, or export HTML instead.'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new WarrantError('internal', `The browser stopped with an error while printing the PDF (exit code ${code ?? 'signal'}). Export HTML and print it from a browser instead.`));
    });
  });
}
