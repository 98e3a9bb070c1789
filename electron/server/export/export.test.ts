/**
 * Exports through the real backend: the sample corpus in a temp project, claims and evidence made
 * through the contract, files written by the export worker, read back as a researcher would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName } from '../../../shared/export-formats.js';
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/options.js';
import { rejection } from '../../../shared/test-support/errors.js';
import { findChromium } from '../../export/find-chromium.js';
import type { Backend } from '../backend.js';
import { createTestBackend } from '../test-backend.js';
import { COUNCIL_PHRASE, SAMPLE_DIR, sampleProjectWithClaim } from '../test-sample-project.js';
import { PREVIEW_CLAIMS } from './app.js';

const PHRASE = COUNCIL_PHRASE;
const HOSTILE = '<img src=x onerror=alert(1)> </textarea><script>alert(2)</script>';

let dir: string;
let backend: Backend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warrant-export-'));
  backend = createTestBackend(join(dir, 'home'), () => undefined, SAMPLE_DIR);
  await backend.handlers['prefs.setAuthorName']({ name: 'Ana' });
});

afterEach(async () => {
  await backend.dispose({ force: true }).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** The sample project with one claim (rated, with a hostile sub-claim) and one quoted passage. */
async function project(): Promise<{ path: string; claimId: string; subId: string }> {
  const path = join(dir, 'tariffs.warrant');
  const { claimId } = await sampleProjectWithClaim(backend, path);
  await backend.handlers['claims.update']({ id: claimId, patch: { rating: 'strong', rationale: 'The council says so' } });
  const sub = await backend.handlers['claims.create']({ text: HOSTILE, parentId: claimId });
  return { path, claimId, subId: sub.id };
}

describe('export.write', () => {
  it('writes an HTML report with the claim, its verdict and the quoted passage, and the hostile claim as text', async () => {
    await project();
    const out = join(dir, 'report.html');
    const written = await backend.handlers['export.write']({ format: 'html', options: DEFAULT_REPORT_OPTIONS, path: out });
    const html = await readFile(out, 'utf8');
    expect(written).toMatchObject({ path: out, fileName: 'report.html', bytes: Buffer.byteLength(html) });
    expect(html).toContain('Household bills rise 9%');
    expect(html).toContain(PHRASE);
    expect(html).toMatch(/Strong/);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('never replaces a file unless told to, and never the open project file', async () => {
    const { path } = await project();
    const out = join(dir, 'taken.md');
    await writeFile(out, 'my notes');
    const e = await rejection(backend.handlers['export.write']({ format: 'md', options: DEFAULT_REPORT_OPTIONS, path: out }));
    expect(e.code).toBe('exists');
    expect(e.message).toContain('“taken.md” already exists');
    expect(await readFile(out, 'utf8')).toBe('my notes');
    await backend.handlers['export.write']({ format: 'md', options: DEFAULT_REPORT_OPTIONS, path: out, overwrite: true });
    expect(await readFile(out, 'utf8')).toContain('Household bills rise 9%');
    const own = await rejection(backend.handlers['export.write']({ format: 'json', options: DEFAULT_REPORT_OPTIONS, path, overwrite: true }));
    expect(own.code).toBe('bad-args');
    expect(own.message).toContain('the open project’s own file');
  });

  it('names a chosen claim that no longer exists instead of skipping it', async () => {
    const { claimId } = await project();
    const e = await rejection(backend.handlers['export.write']({ format: 'csv', options: { ...DEFAULT_REPORT_OPTIONS, claimIds: [claimId, 'gone'] }, path: join(dir, 'x.csv') }));
    expect(e.code).toBe('not-found');
    expect(e.message).toMatch(/One chosen claim is no longer in the project/);
  });

  it('writes every format of the registry (PDF where a browser is installed)', async () => {
    await project();
    const chromium = await findChromium();
    for (const format of EXPORT_FORMATS) {
      if (format.id === 'pdf' && chromium.path === null) {
        console.log('PDF export not checked here: no Chromium installed (set WARRANT_CHROMIUM).');
        continue;
      }
      const out = join(dir, `all${format.extension}`);
      const written = await backend.handlers['export.write']({ format: format.id, options: DEFAULT_REPORT_OPTIONS, path: out, overwrite: true });
      const bytes = await readFile(out);
      expect(written.bytes, format.id).toBe(bytes.byteLength);
      if (format.id === 'pdf') expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      else if (format.id === 'qdpx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      else expect(bytes.toString('utf8'), format.id).toContain(format.id === 'claimreview' ? 'ClaimReview' : 'Household bills rise 9%');
    }
  });
});

describe('PDF reports', () => {
  it('print the claim, its verdict and the quote (read back with pdftotext)', async (ctx) => {
    const chromium = await findChromium();
    const pdftotext = (() => {
      try {
        execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    })();
    if (chromium.path === null || !pdftotext) {
      console.log(`PDF report test skipped: ${chromium.path === null ? 'no Chromium installed (set WARRANT_CHROMIUM)' : 'pdftotext (poppler-utils) is not installed'}.`);
      ctx.skip();
    }
    await project();
    const out = join(dir, 'report.pdf');
    await backend.handlers['export.write']({ format: 'pdf', options: DEFAULT_REPORT_OPTIONS, path: out });
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Household bills rise 9%');
    expect(text).toContain('Strong');
    expect(text).toContain('The average household bill will rise');
    expect(text).toContain('<img src=x onerror=alert(1)>');
  }, 120_000);

  it('say clearly when no browser can print them, and write nothing', async () => {
    await project();
    const saved = process.env.WARRANT_CHROMIUM;
    process.env.WARRANT_CHROMIUM = join(dir, 'no-such-browser');
    try {
      const out = join(dir, 'report.pdf');
      const e = await rejection(backend.handlers['export.write']({ format: 'pdf', options: DEFAULT_REPORT_OPTIONS, path: out }));
      expect(e.code).toBe('unsupported');
      expect(e.message).toMatch(/WARRANT_CHROMIUM .*export HTML/);
      await expect(readFile(out)).rejects.toThrow();
    } finally {
      if (saved === undefined) delete process.env.WARRANT_CHROMIUM;
      else process.env.WARRANT_CHROMIUM = saved;
    }
  });
});

describe('export.download and export.preview', () => {
  it('gives the browser the bytes and the registry’s file name', async () => {
    await project();
    const download = await backend.handlers['export.download']({ format: 'csv', options: DEFAULT_REPORT_OPTIONS });
    expect(download.fileName).toBe(exportFileName('tariffs', 'csv'));
    expect(download.mime).toBe('text/csv');
    const csv = Buffer.from(download.dataBase64, 'base64').toString('utf8');
    expect(csv).toContain('Household bills rise 9%');
    // The hostile sub-claim starts with "<", not a formula character: kept as written.
    expect(csv).toContain('<img src=x onerror=alert(1)>');
  });

  it('previews at most the first claims, saying how many there are', async () => {
    await project();
    for (let i = 0; i < PREVIEW_CLAIMS + 5; i++) await backend.handlers['claims.create']({ text: `Extra claim ${i}` });
    const preview = await backend.handlers['export.preview']({ options: DEFAULT_REPORT_OPTIONS });
    expect(preview.claims).toBe(PREVIEW_CLAIMS + 7);
    expect(preview.shown).toBeLessThan(preview.claims);
    expect(preview.html).toContain('Household bills rise 9%');
    expect(preview.html).not.toContain(`Extra claim ${PREVIEW_CLAIMS + 4}<`);
  });
});
