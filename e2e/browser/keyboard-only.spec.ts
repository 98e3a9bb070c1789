/**
 * The seed workflow with the keyboard only (issue 12): open the sample, reach the search box,
 * search, open a result, find a phrase with Ctrl+F and highlight it, make a claim from another,
 * link passages as supporting and as context by key, and rate the claim. Not one mouse call:
 * every action is page.keyboard; the page is only read (focus, text) to check where we are.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../serve-fixture.js';

/** The focused element, described by its test id, label and text ("search-result · Typical…"). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return [el.getAttribute('data-testid'), el.getAttribute('aria-label'), el.textContent?.trim().slice(0, 80)].filter(Boolean).join(' · ');
  });
}

/** Presses `key` (Tab by default) until the focused element matches `wanted`; fails after `max` presses. */
async function pressUntil(page: Page, wanted: RegExp, key = 'Tab', max = 40): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const now = await focused(page);
    if (wanted.test(now)) return;
    seen.push(now);
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${wanted}; focus went through: ${seen.join(' | ')}`);
}

/** Opens the find bar and finds `phrase` (replacing what it held). */
async function find(page: Page, phrase: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('find-bar').getByRole('textbox')).toBeFocused();
  await page.keyboard.type(phrase);
  await expect(page.getByTestId('find-count')).toHaveText(/^1 of \d+$/);
}

const HIGHLIGHTED = 'paying around 14 per cent more for water this year';
const CLAIM_PASSAGE = 'But the supply security charge adds another £2.10, taking the total rise to £5.50 a month, or roughly 14 per cent.';
const CONTEXT = 'covers only the volumetric part of the water tariff';

test('the seed workflow works with the keyboard alone', async ({ page, served }) => {
  await page.goto(served.url);
  await pressUntil(page, /Open sample project/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');

  // The skip link is the first tab stop; F6 then goes round the regions, to the search box first.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatch(/^skip-link · Skip to reader/);
  await page.keyboard.press('F6');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
  await page.keyboard.type('Fair Water Aldren');
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('search-result').first()).toBeFocused();
  // The results are one Tab stop: arrows move within them; Enter opens the Ledger's analysis.
  await pressUntil(page, /14%, not 9%/, 'ArrowDown', 8);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader-title')).toHaveText(/14%, not 9%/);

  // Ctrl+F a phrase and highlight the match (Alt+H); the first annotation asks for a name.
  const highlights = page.getByTestId('highlight-item');
  const before = await highlights.count();
  await find(page, HIGHLIGHTED);
  await page.keyboard.press('Alt+h');
  await expect(page.getByTestId('author-dialog')).toBeVisible();
  await page.keyboard.type('Ada');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('author-dialog')).toBeHidden();
  await expect(highlights).toHaveCount(before + 1);
  await expect(highlights.filter({ hasText: HIGHLIGHTED })).toHaveCount(1);

  // A claim from another match: Alt+Enter selects it in the reader, C makes the claim and puts
  // the cursor in its text (the passage's first sentence, proposed); Enter keeps it.
  await find(page, CLAIM_PASSAGE);
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByTestId('reader')).toBeFocused();
  await page.keyboard.press('c');
  await expect(page.getByTestId('claim-detail')).toBeVisible();
  const detail = page.getByTestId('claim-detail');
  await expect(detail).toContainText('the supply security charge adds another £2.10');

  // Link the highlighted phrase as supporting (L) and another as context (K) to that claim.
  await find(page, HIGHLIGHTED);
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.press('l');
  await expect(page.getByTestId('evidence-item')).toHaveCount(2);
  await find(page, CONTEXT);
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.press('k');
  const evidence = page.getByTestId('evidence-item');
  await expect(evidence).toHaveCount(3);
  expect(await evidence.evaluateAll((els) => els.map((e) => e.getAttribute('data-stance')).sort())).toEqual(['context', 'supports', 'supports']);

  // Rate it: F6 to the claims panel, Tab to the rating, arrows choose.
  await page.keyboard.press('F6');
  await pressUntil(page, /^claim-rating/);
  const rating = page.getByTestId('claim-rating');
  const unrated = await rating.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(rating).not.toHaveValue(unrated);
});
