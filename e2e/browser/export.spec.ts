/**
 * Exporting, in Chromium against a real `warrant serve` on the repository's sample articles:
 * a claim with a linked passage and a rating, and a claim whose text is hostile markup. The
 * export dialog opens with Ctrl+E, its sandboxed preview shows the claim and its verdict (and
 * the markup as text), the HTML report downloads, and the downloaded file opened on its own
 * shows the claim, the verdict and the quoted passage, with no script run from claim text.
 * Screenshots of the dialog and the report go to docs/. A second test exports W3C annotations
 * and imports them onto another project through the import picker, then undoes that.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../serve-fixture.js';
import { claimRow, giveName, openArticleWith, selectPhrase } from './annotation-steps.js';

/** The sample corpus that ships with the repository (six fictional articles). */
const ARTICLES = join(process.cwd(), 'sample', 'articles');

const TARIFF = 'The water tariff rises by 9% this year';
const PASSAGE = 'The average household bill will rise by 9 per cent';
const HOSTILE = '<img src=x onerror=window.__pwned=1>';

/** Claim text that ran as code would have set this. */
const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

async function newProjectWithSamples(page: Page, path: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByTestId('path-input').fill(path);
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('project-name')).toHaveText(name);
  await page.getByTestId('import-folder-input').setInputFiles(ARTICLES);
  await expect(page.getByTestId('import-counts')).toContainText('6 articles imported');
  await page.getByRole('button', { name: 'Dismiss import summary' }).click();
}

async function addClaim(page: Page, text: string): Promise<void> {
  await page.getByTestId('new-claim-input').fill(text);
  await page.getByTestId('new-claim-input').press('Enter');
}

/** A project with a claim that has a passage as evidence and a rating, and a claim of hostile markup. */
async function projectWithEvidence(page: Page, dir: string): Promise<void> {
  await newProjectWithSamples(page, join(dir, 'Port Aldren.warrant'), 'Port Aldren');
  // The new claim is the active one, so L links the selection to it.
  await addClaim(page, TARIFF);
  await giveName(page, 'Ada Researcher');
  await expect(claimRow(page, TARIFF)).toHaveCount(1);
  await openArticleWith(page, PASSAGE);
  await selectPhrase(page, PASSAGE);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('l');
  await expect(page.getByTestId('article-text').locator('mark[data-hl]').first()).toBeVisible();
  const row = claimRow(page, TARIFF);
  await row.click();
  await row.getByTestId('claim-open').click();
  await page.getByTestId('my-rating').getByTestId('claim-rating').selectOption('moderate');
  await expect(page.getByTestId('my-rating').getByTestId('rating-badge')).toHaveAttribute('data-rating', 'moderate');
  await page.getByTestId('claim-back').click();
  await addClaim(page, HOSTILE);
  await expect(claimRow(page, HOSTILE)).toHaveCount(1);
}

test('the export dialog previews and downloads an HTML report; hostile claim text stays text', async ({ page, served }) => {
  await page.goto(served.url);
  await projectWithEvidence(page, served.dir);

  // Ctrl+E opens the dialog (from anywhere outside a field).
  await page.locator('body').click({ position: { x: 700, y: 5 } });
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Export “Port Aldren”' })).toBeFocused();

  // The preview: the claim, its verdict, and the markup shown as text, never as an element.
  const preview = page.frameLocator('[data-testid="export-preview"]');
  await expect(preview.locator('body')).toContainText(TARIFF);
  await expect(preview.locator('body')).toContainText('Moderate');
  await expect(preview.locator('body')).toContainText(HOSTILE);
  await expect(preview.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByTestId('export-preview')).toHaveAttribute('sandbox', '');
  await expect(page.getByTestId('export-preview-status')).toHaveText('2 claims');
  // Styled as the report is: the app's policy admits the report's stylesheet (by its hash) and nothing else.
  await expect(preview.locator('body')).toHaveCSS('max-width', '768px');

  // Another format keeps the HTML preview, says so, and has no sections.
  await page.getByTestId('export-format-csv').check();
  await expect(page.getByTestId('export-format-note')).toHaveText('The file is a CSV table; this is the HTML report of the same claims.');
  await expect(page.getByTestId('export-section-summary')).toBeDisabled();
  await page.getByTestId('export-format-html').check();
  await expect(page.getByTestId('export-section-summary')).toBeEnabled();
  await page.getByTestId('export-section-articles').check();
  await expect(preview.getByRole('heading', { name: 'Articles', exact: true })).toBeVisible();
  await expect(preview.locator('body')).toContainText(PASSAGE);
  await expect(dialog.getByRole('region', { name: 'Preview' })).toHaveAttribute('aria-busy', 'false');
  await dialog.screenshot({ path: 'docs/screenshot-export.png' });

  // Download the HTML report.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-confirm').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Port Aldren report.html');
  const file = join(served.dir, download.suggestedFilename());
  await download.saveAs(file);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast').filter({ hasText: 'Exported Port Aldren report.html' })).toBeVisible();
  expect(await pwned(page)).toBeUndefined();

  // The report on its own: claim, verdict and quoted passage; the markup is text there too.
  const report = await page.context().newPage();
  try {
    await report.goto(`file://${file}`);
    const body = report.locator('body');
    await expect(body).toContainText(TARIFF);
    await expect(body).toContainText('Moderate');
    await expect(body).toContainText(PASSAGE);
    await expect(body).toContainText(HOSTILE);
    await expect(report.locator('img[src="x"]')).toHaveCount(0);
    expect(await pwned(report)).toBeUndefined();
    await report.screenshot({ path: 'docs/screenshot-report.png', fullPage: true });
  } finally {
    await report.close();
  }
});

test('W3C annotations exported from one project are imported onto another through the import picker', async ({ page, served }) => {
  await page.goto(served.url);
  await projectWithEvidence(page, served.dir);
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format-w3c').check();
  await expect(page.getByTestId('export-sections-hint')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-confirm').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Port Aldren annotations.jsonld');
  const file = join(served.dir, download.suggestedFilename());
  await download.saveAs(file);

  // A second project with the same articles and no annotations: the file goes to the
  // interchange import (not the article importer), which says what it added.
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await newProjectWithSamples(page, join(served.dir, 'Second.warrant'), 'Second');
  await page.getByTestId('import-files-input').setInputFiles(file);
  const summary = page.getByTestId('interchange-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByTestId('interchange-outcome')).toHaveAttribute('data-ok', 'true');
  await expect(summary.getByTestId('interchange-counts')).toContainText(/^Added .*1 highlight/);
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
  await expect(claimRow(page, TARIFF)).toHaveCount(1);
  await summary.screenshot({ path: test.info().outputPath('interchange-summary.png') });

  // The whole file is one step of Undo, offered in the toast.
  const toast = page.getByTestId('toast').filter({ hasText: 'from “Port Aldren annotations.jsonld”' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(claimRow(page, TARIFF)).toHaveCount(0);
});
