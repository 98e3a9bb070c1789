/**
 * Accessibility of the main screens, checked with axe-core in real Chromium against a real
 * `warrant serve`: the sample open, a claim open, the export dialog, the help overlay and the
 * file browser. No serious or critical violation may appear; lesser ones are printed so they
 * stay visible without failing the run.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../serve-fixture.js';

/** The serious and critical violations on the page now (minor and moderate ones are logged). */
async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const lesser = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (lesser.length > 0) console.log(`${screen}: ${lesser.map((v) => `${v.id} (${v.impact ?? 'unknown'}, ${v.nodes.length})`).join(', ')}`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).slice(0, 5).join(' | ')}`);
}

test('the main screens have no serious or critical axe violations', async ({ page, served }) => {
  await page.goto(served.url);
  await expect(page.getByRole('button', { name: 'Open sample project' })).toBeVisible();
  expect.soft(await seriousViolations(page, 'start screen'), 'start screen').toEqual([]);

  // The file browser (Open…).
  await page.getByRole('button', { name: 'Open project…' }).click();
  const dialog = page.getByTestId('path-dialog');
  await dialog.getByTestId('browse-places').click();
  await expect(dialog.getByTestId('browse-entry').first()).toBeVisible();
  expect.soft(await seriousViolations(page, 'file browser'), 'file browser').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The sample open, with an article in the reader.
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');
  await page.getByTestId('library-item').first().click();
  await expect(page.getByTestId('article-text')).toBeVisible();
  expect.soft(await seriousViolations(page, 'sample open'), 'sample open').toEqual([]);

  // A claim open in the panel.
  const row = page.getByTestId('claim-row').first();
  await row.click();
  await row.getByTestId('claim-open').click();
  await expect(page.getByTestId('claim-detail')).toBeVisible();
  expect.soft(await seriousViolations(page, 'claim open'), 'claim open').toEqual([]);

  // The help overlay.
  await page.getByTestId('help-button').click();
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  expect.soft(await seriousViolations(page, 'help overlay'), 'help overlay').toEqual([]);
  await page.getByTestId('help-overlay').screenshot({ path: test.info().outputPath('help-overlay.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-overlay')).toBeHidden();

  // The export dialog.
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-preview-status')).not.toBeEmpty();
  expect.soft(await seriousViolations(page, 'export dialog'), 'export dialog').toEqual([]);
});
