/**
 * A big article in the reader, in Chromium against a real `warrant serve`: a generated 3 MB
 * article with 1,000 highlights opens with only the text near the screen rendered, and a jump
 * to a highlighted passage near its end shows that passage, highlighted, on screen; so does
 * finding it (Ctrl+F) from the top, and the match selects exactly.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { END_HIGHLIGHT, END_PASSAGE, writeBigProject } from '../../bench/reader-project.js';
import { expect, startServe, type Served } from '../serve-fixture.js';

const test = base.extend<{ big: Served }>({
  // eslint-disable-next-line no-empty-pattern
  big: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'warrant-e2e-big-'));
    const project = join(dir, 'Big article.warrant');
    await writeBigProject(project, 3_000_000, 1_000);
    const served = await startServe(dir, [project]);
    await use(served);
    await served.stop();
    await rm(dir, { recursive: true, force: true });
  },
});

test('a 3 MB article renders only what is near the screen, and a jump near its end shows the highlight', async ({ page, big }) => {
  await page.goto(big.url);
  await page.getByTestId('library-item').first().click();
  const text = page.getByTestId('article-text');
  await expect(text.locator('.para').first()).toBeVisible();

  // Thousands of paragraphs, a few dozen in the page.
  const rendered = await text.locator('.para').count();
  const blocks = await text.locator('[data-block]').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(200);
  expect(blocks).toBeGreaterThan(100);
  await expect(text).not.toContainText(END_PASSAGE);

  // Jump from the highlight list to the passage near the end (the list shows its first hundred until asked for all).
  await page.getByTestId('highlight-list-all').click();
  await page.getByTestId('highlight-item').filter({ hasText: END_PASSAGE }).click();
  const mark = text.locator(`mark[data-hl~="${END_HIGHLIGHT}"]`);
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport();
  expect((await mark.allTextContents()).join('')).toBe(END_PASSAGE);
  // The offsets still map: the paragraph holding it starts where the article says.
  const para = mark.first().locator('xpath=ancestor::p[contains(@class, "para")][1]');
  const start = Number(await para.getAttribute('data-start'));
  const paraText = await para.textContent();
  expect(start).toBeGreaterThan(2_500_000);
  const offsetInPara = paraText!.indexOf(END_PASSAGE);
  expect(offsetInPara).toBeGreaterThanOrEqual(0);
  if (process.env.WARRANT_SHOT) await page.screenshot({ path: process.env.WARRANT_SHOT });

  // Scrolling back to the top renders the beginning again, and the end leaves the page.
  await page.getByTestId('reader').evaluate((el) => (el.scrollTop = 0));
  await expect(text.locator('[data-block="0"][data-rendered]')).toHaveCount(1);
  await expect(page.locator(`[data-testid="article-text"] [data-block="0"] .para`).first()).toBeInViewport();

  // Find (Ctrl+F) reaches the passage from the top: the match is marked, on screen, and
  // selecting it in the reader gives exactly its words.
  await text.locator('.para').first().click();
  await page.keyboard.press('Control+f');
  await page.getByRole('textbox', { name: 'Find in article' }).fill('final audit of the desalination tariff');
  await expect(page.getByTestId('find-count')).toContainText('1');
  const match = text.locator('mark[data-find].is-active');
  await expect(match.first()).toBeInViewport();
  await page.getByTestId('find-select').click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('final audit of the desalination tariff');
});
