/**
 * Claims as a researcher writes them, in Chromium against a real `warrant serve` on the five
 * seed articles: written, moved and nested from the keyboard, edited inline, filtered, found by
 * search, deleted with undo, and the shortcuts in the help overlay. It imports the seeds, so it
 * skips on a clone without them.
 */
import { join } from 'node:path';
import { expect, SEEDS, SEEDS_MISSING, test } from '../serve-fixture.js';
import { claimRow, createProjectWithSeeds, giveName } from './annotation-steps.js';

test.skip(!SEEDS, SEEDS_MISSING);

test('claims are written, nested, reordered, filtered, found by search and deleted with undo', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectWithSeeds(page, join(served.dir, 'Claims.warrant'), 'Claims');
  const input = page.getByTestId('new-claim-input');
  await input.fill('Germany is being pressed to ban Huawei');
  await input.press('Enter');
  await giveName(page, 'Grace');
  for (const text of ['Officials met counterparts in Japan and Italy', 'Huawei denies espionage']) {
    await input.fill(text);
    await input.press('Enter');
    await expect(claimRow(page, text)).toHaveCount(1);
  }
  const rows = page.getByTestId('claim-row');
  const order = () => rows.locator('[data-testid="claim-text-cell"]').allTextContents();
  expect(await order()).toEqual(['Germany is being pressed to ban Huawei', 'Officials met counterparts in Japan and Italy', 'Huawei denies espionage']);

  // Keyboard: Alt+↑ moves the focused claim up; Alt+→ nests it under the claim above.
  await claimRow(page, 'Huawei denies espionage').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(order).toEqual(['Germany is being pressed to ban Huawei', 'Huawei denies espionage', 'Officials met counterparts in Japan and Italy']);
  await expect(claimRow(page, 'Huawei denies espionage')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(claimRow(page, 'Officials met')).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(claimRow(page, 'Officials met')).toHaveAttribute('aria-level', '2');
  // The move button outdents it again.
  await claimRow(page, 'Officials met').getByTestId('claim-outdent').click();
  await expect(claimRow(page, 'Officials met')).toHaveAttribute('aria-level', '1');

  // Inline edit with F2.
  await claimRow(page, 'Huawei denies espionage').click();
  await page.keyboard.press('F2');
  await page.getByTestId('claim-edit').fill('Huawei denies any espionage');
  await page.getByTestId('claim-edit').press('Enter');
  await expect(claimRow(page, 'Huawei denies any espionage')).toHaveCount(1);

  // Filters: by text and by evidence (none of them has any yet).
  await page.getByTestId('claims-filter').fill('espionage');
  await expect(rows).toHaveCount(1);
  await page.getByTestId('claims-filter').fill('');
  await page.getByTestId('claims-evidence-filter').selectOption('refuting');
  await expect(page.getByText('No claim matches these filters.')).toBeVisible();
  await page.getByTestId('claims-evidence-filter').selectOption('none');
  await expect(rows).toHaveCount(3);
  await page.getByTestId('claims-evidence-filter').selectOption('all');

  // The search box finds claims as their own group and opens them.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('espionage');
  const hit = page.getByTestId('annotation-result').filter({ hasText: 'Huawei denies any espionage' });
  await expect(hit).toHaveAttribute('data-kind', 'claim');
  await hit.click();
  await expect(page.getByTestId('claim-text')).toHaveValue('Huawei denies any espionage');
  await page.getByTestId('claim-back').click();

  // Delete from the keyboard; the toast's Undo brings it back.
  await claimRow(page, 'Huawei denies any espionage').click();
  await page.keyboard.press('Delete');
  await expect(claimRow(page, 'Huawei denies any espionage')).toHaveCount(0);
  const toast = page.getByTestId('toast').filter({ hasText: 'Claim deleted' });
  // Toasts stay clear of the library list.
  const toastBox = (await toast.boundingBox())!;
  const sidebarBox = (await page.locator('.sidebar').boundingBox())!;
  expect(toastBox.x).toBeGreaterThan(sidebarBox.x + sidebarBox.width);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(claimRow(page, 'Huawei denies any espionage')).toHaveCount(1);

  // The help overlay lists the shortcuts and the colour legend.
  await page.getByTestId('claim-list').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const help = page.getByTestId('help-overlay');
  await expect(help).toBeVisible();
  await expect(help.getByTestId('color-legend')).toContainText('wavy underline');
  await expect(help).toContainText('Link to the active claim as refuting');
  // The keys used most come first, visible without scrolling; Ctrl before Shift, as the menu writes it.
  const everywhere = help.getByTestId('help-group-everywhere');
  await expect(help.locator('.help__group').first()).toHaveAttribute('data-testid', 'help-group-everywhere');
  await expect(everywhere.getByText('Show this help')).toBeInViewport();
  const saveAsKeys = everywhere.locator('.help__row').filter({ hasText: 'under a new name' }).locator('kbd');
  expect(await saveAsKeys.allTextContents()).toEqual(['Ctrl', 'Shift', 'S']);
  // Every section's descriptions start at the same x.
  const lefts = await help.locator('.help__column').first().locator('dd').evaluateAll((dds) => [...new Set(dds.map((d) => Math.round(d.getBoundingClientRect().left)))]);
  expect(lefts).toHaveLength(1);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
