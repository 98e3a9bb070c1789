/**
 * Layout for narrow windows and long sessions (issue 12, item 3), in Chromium against a real
 * `warrant serve` with the built-in sample and a claim open: at 900 px the library is a drawer
 * behind a header toggle (Escape closes it and focus returns), the header stays one row, nothing
 * overflows sideways, the claim's header stays in view while its detail scrolls, the rationale
 * grows with its text, and claim and highlights share the panel through a divider that is
 * remembered. Writes docs/screenshot-900.png, -1280.png and -1920.png.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../serve-fixture.js';
import { openClaim } from './annotation-steps.js';

const CLAIM = 'Port Aldren household water bills rose by 9% in 2025';

/** Whether the page scrolls sideways (it never should). */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth);
}

/** The claim opened with one of its passages showing in the reader and the panel below. */
async function openClaimWithPassage(page: Page): Promise<void> {
  await openClaim(page, CLAIM);
  await page.getByTestId('evidence-item').first().getByTestId('evidence-open').click();
  await expect(page.getByTestId('reader-title')).toBeVisible();
}

test('at 900 px the library is a drawer, the header stays one row and the claim detail keeps its header', async ({ page, served }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');

  // The library column has collapsed: the reader gets the room, the toggle is in the header.
  const library = page.getByRole('navigation', { name: 'Search and library' });
  const toggle = page.getByTestId('library-toggle');
  await expect(library).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(library).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(library).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // The toggle opens it as a drawer over the reader, with focus inside; opening an article closes it.
  await toggle.click();
  await expect(library).toBeVisible();
  await expect(page.locator('#library-drawer')).toContainText('6 articles');
  await page.screenshot({ path: test.info().outputPath('drawer-900.png') });
  expect(await page.evaluate(() => document.getElementById('library-drawer')?.contains(document.activeElement) ?? false)).toBe(true);
  await page.getByTestId('library-item').first().click();
  await expect(library).toBeHidden();
  await expect(page.getByTestId('reader-title')).toBeVisible();
  // The reader is the widest column now (it was ~320 px with three columns).
  const readerWidth = await page.getByTestId('article-text').evaluate((el) => el.getBoundingClientRect().width);
  expect(readerWidth).toBeGreaterThan(420);

  // The header: one row, the rarer actions under More; the path keeps its start and its file name.
  const header = page.locator('header.toolbar');
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  await expect(page.getByTestId('export-button')).toBeHidden();
  await page.getByTestId('toolbar-more').click();
  await expect(page.getByTestId('export-button')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-button')).toBeHidden();
  await expect(page.getByTestId('toolbar-more')).toBeFocused();
  const fullPath = (await page.getByTestId('project-path').getAttribute('title')) ?? '';
  const shownPath = (await page.getByTestId('project-path').textContent()) ?? '';
  const fileName = fullPath.split(/[\\/]/).pop() ?? '';
  expect(shownPath.endsWith(fileName)).toBe(true);
  expect(shownPath.startsWith(fullPath.slice(0, 3))).toBe(true);

  await openClaimWithPassage(page);
  expect(await overflowsSideways(page)).toBe(false);

  // The rationale grows with its text: no inner scrollbar cuts it.
  const rationale = page.getByTestId('claim-rationale');
  await rationale.fill(
    'The council’s own tariff notice gives the 9% figure for the average household bill, but the standing charge rose more than the volumetric rate, so smaller households saw a larger rise. The regulator’s annual report confirms the rise and the two local papers repeat the council’s number.',
  );
  expect(await rationale.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);

  // The claim's header stays in view while its detail scrolls.
  const claims = page.locator('.panel__claims');
  await claims.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(await claims.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(page.getByTestId('claim-back')).toBeInViewport();
  const backTop = (await page.getByTestId('claim-back').boundingBox())!.y;
  const claimsTop = (await claims.boundingBox())!.y;
  expect(backTop).toBeGreaterThanOrEqual(claimsTop - 1);
  await claims.evaluate((el) => el.scrollTo(0, 0));

  // The evidence summary's five counts share one row (Sources used to wrap onto its own).
  const cellTops = await page.locator('.summary-grid__cell').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(cellTops).toHaveLength(5);
  expect(new Set(cellTops).size).toBe(1);
  expect(await page.getByTestId('evidence-summary').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  await page.getByTestId('evidence-summary').screenshot({ path: test.info().outputPath('summary-900.png') });
  await claims.evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot-900.png' });
});

test('claim and highlights share the panel through a divider that is remembered; 1280 and 1920 show three columns', async ({ page, served }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');
  // Wide enough: the library is a column again, with no toggle.
  await expect(page.getByRole('navigation', { name: 'Search and library' })).toBeVisible();
  await expect(page.getByTestId('library-toggle')).toHaveCount(0);
  await openClaimWithPassage(page);
  await page.getByTestId('highlight-item').first().click();

  // Both areas keep a usable height; the divider moves with the keys and is remembered.
  const claims = page.locator('.panel__claims');
  const highlights = page.locator('.panel__highlights');
  expect((await claims.boundingBox())!.height).toBeGreaterThanOrEqual(120);
  expect((await highlights.boundingBox())!.height).toBeGreaterThanOrEqual(100);
  const handle = page.getByTestId('split-handle');
  const before = Number(await handle.getAttribute('aria-valuenow'));
  const claimsBefore = (await claims.boundingBox())!.height;
  await handle.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const after = Number(await handle.getAttribute('aria-valuenow'));
  expect(after).toBe(before + 10);
  expect((await claims.boundingBox())!.height).toBeGreaterThan(claimsBefore + 20);
  // Dragged with the mouse: up gives the highlight more room.
  const box = (await handle.boundingBox())!;
  const claimsAfterKeys = (await claims.boundingBox())!.height;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 120, { steps: 5 });
  await page.mouse.up();
  expect((await claims.boundingBox())!.height).toBeLessThan(claimsAfterKeys - 60);
  const remembered = await handle.getAttribute('aria-valuenow');
  expect(Number(remembered)).toBeLessThan(after);
  expect(await overflowsSideways(page)).toBe(false);
  await claims.evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot-1280.png' });

  // Reloaded, the page may reopen the project or show the start screen: either way the split is back.
  await page.reload();
  const sample = page.getByRole('button', { name: 'Open sample project' });
  await expect(page.getByTestId('claims-panel').or(sample)).toBeVisible();
  if (await sample.isVisible()) await sample.click();
  await expect(page.getByTestId('claims-panel')).toBeVisible();
  await openClaimWithPassage(page);
  await expect(page.getByTestId('split-handle')).toHaveAttribute('aria-valuenow', remembered!);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.getByRole('navigation', { name: 'Search and library' })).toBeVisible();
  expect(await overflowsSideways(page)).toBe(false);
  await page.locator('.panel__claims').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot-1920.png' });
});
