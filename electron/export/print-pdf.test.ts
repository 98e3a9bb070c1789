/**
 * PDF printing with the real headless Chromium (skipped, with the reason, where none is
 * installed): a long report printed as parts in parallel and joined reads as the whole report.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/build-report.js';
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/options.js';
import { NOW, sampleProject } from '../../shared/report/fixtures/projects.js';
import { findChromium } from './find-chromium.js';
import { joinPdfs } from './join-pdfs.js';
import { printPdfWithChromium } from './print-pdf.js';
import { pdfParts } from './render-export.js';

const data = buildReport(sampleProject().project, DEFAULT_REPORT_OPTIONS, { generatedAt: NOW });

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('pdfParts', () => {
  it('prints a short report whole, and a long one as one part per core', () => {
    expect(pdfParts(data, 4)).toHaveLength(1);
    const parts = pdfParts(data, 2, 1_000);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain('class="title-block"');
    expect(parts[1]).not.toContain('class="title-block"');
  });
});

describe('printing parts and joining them', () => {
  it('gives one PDF with every part’s pages in order', async (ctx) => {
    const chromium = await findChromium();
    if (chromium.path === null || !hasPdftotext()) {
      console.log(`PDF joining test skipped: ${chromium.path === null ? 'no Chromium installed (set WARRANT_CHROMIUM)' : 'pdftotext (poppler-utils) is not installed'}.`);
      ctx.skip();
    }
    const parts = pdfParts(data, 2, 1_000);
    const printed = await printPdfWithChromium(parts);
    expect(printed).toHaveLength(2);
    const joined = await joinPdfs(printed);
    const dir = await mkdtemp(join(tmpdir(), 'warrant-pdf-test-'));
    try {
      const file = join(dir, 'joined.pdf');
      await writeFile(file, joined);
      const pages = (pdf: Uint8Array) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }))![1]);
      expect(pages(joined)).toBe(pages(printed[0]!) + pages(printed[1]!));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const numbers = data.claims.filter((c) => c.depth === 0).map((c) => text.lastIndexOf(c.text.slice(0, 30).replace(/\s+/g, ' ')));
      expect(numbers.every((at) => at >= 0)).toBe(true);
      // Each claim's own section (its last mention, after the summary) comes in report order across the join.
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      expect(text).toContain('Sources');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
