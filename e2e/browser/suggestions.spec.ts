/**
 * Suggested evidence, in Chromium against a real `warrant serve` on the built-in sample (six
 * fictional articles that disagree about a water tariff): a new claim's suggestions are opened
 * (E), one is opened in the reader, one is linked as supporting (it joins the evidence and
 * leaves the suggestions; undo and redo), another is dismissed (it stays away after the project
 * is closed and opened again), and the highlight the link made shows how many other articles
 * say the same, one of which is linked in one click. Screenshots of both views.
 */
import type { Page } from '@playwright/test';
import { closeToasts, expect, test } from '../serve-fixture.js';
import { claimRow, giveName, openArticleWith, openClaim, selectPhrase } from './annotation-steps.js';

const CLAIM = 'The water tariff will rise by 18%';
/** A sentence of the sample's opinion piece that other articles of the sample also report. */
const PARALLEL = 'The council told us in March that the water tariff would rise by 9 per cent.';

/** The texts of the suggestions listed now. */
const suggestionTexts = (page: Page) => page.getByTestId('suggestion-text').allTextContents();

test('suggested evidence is linked, dismissed for good, and a highlight shows its parallels', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');

  const input = page.getByTestId('new-claim-input');
  await input.fill(CLAIM);
  await input.press('Enter');
  await giveName(page, 'Grace');
  await expect(claimRow(page, CLAIM)).toHaveCount(1);
  await openClaim(page, CLAIM);

  // Collapsed until asked for; E (outside a text field) opens it, as the help overlay says.
  const toggle = page.getByTestId('suggestions-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.getByTestId('claim-detail').getByRole('heading', { name: 'Evidence', exact: true }).click();
  await page.keyboard.press('e');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();
  const items = page.getByTestId('suggestion');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  // One passage per article, each with its article and the claim's words marked.
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')));
  expect(new Set(ids).size).toBe(ids.length);
  await expect(items.first().locator('mark').first()).toBeVisible();
  await expect(items.first().getByTestId('suggestion-text')).toHaveAttribute('dir', 'auto');

  // Clicking a passage opens its article with the passage in view.
  const first = items.first();
  const firstText = (await first.getByTestId('suggestion-text').textContent())!;
  const firstTitle = (await first.locator('.suggestion__title').textContent())!;
  await first.getByTestId('suggestion-open').click();
  await expect(page.getByTestId('reader-title')).toHaveText(firstTitle);
  const words = firstText.split(/\s+/).slice(0, 6).join(' ');
  await expect(page.getByTestId('article-text')).toContainText(words);
  await expect(page.locator('.para').filter({ hasText: words }).first()).toBeInViewport();
  // Marked without becoming a highlight (a CSS custom highlight over the text).
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('warrant-passage')?.size ?? 0)).toBe(1);
  await expect(page.getByTestId('highlight-item').filter({ hasText: words })).toHaveCount(0);
  // The screenshot without the toasts, which would cover the reader.
  await closeToasts(page);
  await page.screenshot({ path: 'docs/screenshot-suggestions.png' });

  // Supports: it joins the evidence as supporting and leaves the suggestions.
  await first.getByTestId('suggestion-supports').click();
  const supporting = page.getByTestId('evidence-group-supports').getByTestId('evidence-item');
  await expect(supporting).toHaveCount(1);
  await expect(supporting.getByTestId('evidence-quote')).toHaveText(firstText);
  await expect.poll(() => suggestionTexts(page)).not.toContain(firstText);
  // One undo step takes the link and its highlight back, and the passage is suggested again.
  await page.getByTestId('undo').click();
  await expect(supporting).toHaveCount(0);
  await expect.poll(() => suggestionTexts(page)).toContain(firstText);
  await page.getByTestId('redo').click();
  await expect(supporting).toHaveCount(1);
  await expect.poll(() => suggestionTexts(page)).not.toContain(firstText);

  // Dismiss another: gone now, and still gone once the project is closed and opened again.
  const second = items.first();
  const dismissedText = (await second.getByTestId('suggestion-text').textContent())!;
  await second.getByTestId('suggestion-dismiss').click();
  await expect.poll(() => suggestionTexts(page)).not.toContain(dismissedText);
  // The toast's Undo takes the dismissal back; dismissed again, it stays away.
  await page.getByTestId('toast').filter({ hasText: 'Dismissed' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => suggestionTexts(page)).toContain(dismissedText);
  await items.filter({ hasText: dismissedText }).getByTestId('suggestion-dismiss').click();
  await expect.poll(() => suggestionTexts(page)).not.toContain(dismissedText);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByTestId('recent-project').first().click();
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');
  await openClaim(page, CLAIM);
  await page.getByTestId('suggestions-toggle').click();
  await expect(items.first()).toBeVisible();
  const after = await suggestionTexts(page);
  expect(after).not.toContain(dismissedText);
  expect(after).not.toContain(firstText);
  await expect(supporting).toHaveCount(1);

  // A highlight whose sentence other articles repeat (the council's 9%, quoted across the
  // coverage), linked to the claim with L: "N other articles say this", expandable.
  await openArticleWith(page, PARALLEL);
  await selectPhrase(page, PARALLEL);
  await page.keyboard.press('l');
  await expect(supporting).toHaveCount(2);
  // L shows the new highlight in the panel.
  await expect(page.getByTestId('highlight-detail').getByTestId('highlight-quote')).toHaveText(PARALLEL);
  const count = page.getByTestId('parallels-count');
  await expect(count).toHaveText(/^[1-9]\d* other articles? says? this$/);
  await page.getByTestId('parallels-toggle').click();
  const parallels = page.getByTestId('parallel');
  await expect(parallels.first()).toBeVisible();
  const n = Number((await count.textContent())!.split(' ')[0]);
  const articles = new Set(await parallels.evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id'))));
  expect(articles.size).toBe(n);
  // A parallel passage joins the claim's evidence with the highlight's stance, in one click.
  const unlinked = parallels.filter({ has: page.getByTestId('parallel-link') }).first();
  const parallelText = (await unlinked.getByTestId('parallel-text').textContent())!;
  await unlinked.getByTestId('parallel-link').click();
  await expect(parallels.filter({ hasText: parallelText }).getByTestId('parallel-linked')).toHaveText(`Linked as supporting: “${CLAIM}”`);
  await expect(supporting).toHaveCount(3);
  await expect(supporting.getByTestId('evidence-quote').filter({ hasText: parallelText })).toHaveCount(1);
  await closeToasts(page);
  await page.getByTestId('parallels').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'docs/screenshot-parallels.png' });
});
