/**
 * The reader's text cursor, in Chromium against a real `warrant serve` on the built-in sample:
 * arrows move a caret through the article and Shift+Ctrl+arrows select words, the selection
 * toolbar and its keys act on that keyboard selection, and nothing the researcher types,
 * deletes, pastes or drags changes the article's text; the selected highlight can still be
 * dragged onto a claim.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../serve-fixture.js';
import { giveName } from './annotation-steps.js';

/** Puts the caret at the start of the `n`th paragraph, as a click there would. */
async function caretAtParagraph(page: Page, n: number): Promise<void> {
  await page.getByTestId('article-text').locator('.para').nth(n).click({ position: { x: 2, y: 4 } });
  await page.evaluate((index) => {
    const para = document.querySelectorAll('[data-testid="article-text"] .para')[index]!;
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode()!;
    window.getSelection()!.collapse(first, 0);
  }, n);
}

const articleText = (page: Page) => page.getByTestId('article-text').evaluate((el) => el.textContent);

test('arrows move a caret and Shift+Ctrl+arrows select words that H then highlights; edits change nothing', async ({ page, served, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await page.getByTestId('library-item').first().click();
  const text = page.getByTestId('article-text');
  await expect(text.locator('.para').first()).toBeVisible();
  await expect(text).toHaveAttribute('contenteditable', 'plaintext-only');
  await expect(text).toHaveAttribute('aria-readonly', 'true');
  const before = await articleText(page);

  // Typing, deleting, Enter, paste and cut change nothing.
  await caretAtParagraph(page, 1);
  await page.keyboard.type('xyz typed');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await page.evaluate(() => navigator.clipboard.writeText('PASTED WORDS'));
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+X');
  await page.keyboard.press('Escape');
  expect(await articleText(page)).toBe(before);

  // Dragging a selected word elsewhere in the text (a drop) moves nothing.
  const word = text.locator('.para').nth(1);
  await word.dblclick({ position: { x: 30, y: 10 } });
  const from = await word.boundingBox();
  const to = await text.locator('.para').nth(2).boundingBox();
  await page.mouse.move(from!.x + 30, from!.y + 10);
  await page.mouse.down();
  await page.mouse.move(to!.x + 40, to!.y + 10, { steps: 8 });
  await page.mouse.up();
  expect(await articleText(page)).toBe(before);
  await page.keyboard.press('Escape');

  // The caret moves with the arrows; Shift+Ctrl+Right selects word by word.
  await caretAtParagraph(page, 1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  const selected = await page.evaluate(() => window.getSelection()!.toString());
  const firstWords = (await text.locator('.para').nth(1).textContent())!.split(/\s+/).slice(0, 3).join(' ');
  expect(selected.trim()).toBe(firstWords);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();

  // H highlights the keyboard selection: exactly those words.
  const marksBefore = await text.locator('mark[data-hl]').count();
  await page.keyboard.press('h');
  await giveName(page, 'Kay Board');
  await expect(page.getByTestId('highlight-detail')).toBeVisible();
  await expect(page.getByTestId('highlight-detail')).toContainText(firstWords);
  await expect.poll(() => text.locator('mark[data-hl]').count()).toBeGreaterThan(marksBefore);
  expect(await articleText(page)).toBe(before);

  // The caret surface still lets the selected highlight be dragged onto a claim.
  const claim = page.getByTestId('claim-row').first();
  const claimText = (await claim.getByTestId('claim-text-cell').textContent())!.trim();
  await text.locator('mark.is-selected').first().dragTo(claim);
  await expect(page.getByTestId('highlight-detail').getByTestId('highlight-link')).toContainText(claimText.slice(0, 30));
  expect(await articleText(page)).toBe(before);
});

test('Alt+Shift+Down selects to the end of the sentence, then the next; Alt+Shift+Up takes one back; Shift+F10 opens the selection menu with focus', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await page.getByTestId('library-item').first().click();
  const text = page.getByTestId('article-text');
  await expect(text.locator('.para').nth(2)).toBeVisible();
  // The third paragraph of the council's release holds several sentences.
  const para = (await text.locator('.para').nth(2).textContent())!;
  // ICU's sentence boundaries, as Chromium's editing uses ("£3.40" does not end a sentence).
  const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(para)].map((s) => s.segment);
  expect(sentences.length).toBeGreaterThan(1);
  await caretAtParagraph(page, 2);
  const selected = () => page.evaluate(() => window.getSelection()!.toString().trim());
  await page.keyboard.press('Alt+Shift+ArrowDown');
  expect(await selected()).toBe(sentences[0]!.trim());
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  expect(await selected()).toBe((sentences[0]! + sentences[1]!).trim());
  await page.keyboard.press('Alt+Shift+ArrowUp');
  expect(await selected()).toBe(sentences[0]!.trim());

  // The selection's menu is reachable from the keyboard too (Shift+F10 or the Menu key), with focus in it.
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem')).toHaveCount(0);
});
