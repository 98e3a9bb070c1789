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

/** Selects the find bar's current match in the reader (Alt+Enter) and waits for the selection toolbar. */
async function selectMatch(page: Page): Promise<void> {
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  // Focus has left the find field for the reader, where the selection keys act.
  await expect(page.getByTestId('find-bar').getByRole('textbox')).not.toBeFocused();
}

/** How many highlights the reader marks in the open article. */
function markedHighlights(page: Page): Promise<number> {
  return page.evaluate(() => new Set([...document.querySelectorAll('[data-testid="article-text"] mark[data-hl]')].flatMap((m) => (m.getAttribute('data-hl') ?? '').split(' '))).size);
}

/** Opens the find bar and finds `phrase` (replacing what it held). */
async function find(page: Page, phrase: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('find-bar').getByRole('textbox')).toBeFocused();
  await page.keyboard.type(phrase);
  await expect(page.getByTestId('find-count')).toHaveText(/^1 of \d+$/);
  // The marks follow the typing a moment later: wait until the current match is the whole phrase.
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll('mark.mark--find.is-active')].map((m) => m.textContent).join('')))
    .toBe(phrase);
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
  await page.screenshot({ path: test.info().outputPath('skip-link.png') });
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
  const before = await markedHighlights(page);
  await find(page, HIGHLIGHTED);
  await page.keyboard.press('Alt+h');
  await expect(page.getByTestId('author-dialog')).toBeVisible();
  await page.keyboard.type('Ada');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('author-dialog')).toBeHidden();
  await expect.poll(() => markedHighlights(page)).toBe(before + 1);
  // The new highlight opens in the panel, its quote exactly the match.
  await expect(page.getByTestId('claims-panel')).toContainText(HIGHLIGHTED);

  // A claim from another match: Alt+Enter selects it in the reader, C makes the claim and puts
  // the cursor in its text (the passage's first sentence, proposed); Enter keeps it.
  await find(page, CLAIM_PASSAGE);
  await selectMatch(page);
  await page.screenshot({ path: test.info().outputPath('find-match-selected.png') });
  await page.keyboard.press('c');
  await expect(page.getByTestId('claim-detail')).toBeVisible();
  const detail = page.getByTestId('claim-detail');
  await expect(detail).toContainText('the supply security charge adds another £2.10');

  // Link the highlighted phrase as supporting (L) and another as context (K) to that claim.
  await find(page, HIGHLIGHTED);
  await selectMatch(page);
  await page.keyboard.press('l');
  await expect(page.getByTestId('evidence-item')).toHaveCount(2);
  await find(page, CONTEXT);
  await selectMatch(page);
  await page.keyboard.press('k');
  const evidence = page.getByTestId('evidence-item');
  await expect(evidence).toHaveCount(3);
  expect(await evidence.evaluateAll((els) => els.map((e) => e.getAttribute('data-stance')).sort())).toEqual(['context', 'supports', 'supports']);

  // Rate it: F6 to the claims panel, Tab to the rating, type-ahead chooses (M: Moderate).
  await page.keyboard.press('F6');
  await pressUntil(page, /^claim-rating/);
  const rating = page.getByTestId('claim-rating');
  await expect(rating).toHaveValue('unrated');
  await page.keyboard.press('m');
  await expect(rating).toHaveValue('moderate');
  await expect(page.getByTestId('my-rating')).toContainText('Supported, but by limited');
  await page.screenshot({ path: test.info().outputPath('rated.png') });
  // In a narrow window the find bar keeps its buttons on one row beside the field.
  await page.setViewportSize({ width: 900, height: 700 });
  await page.keyboard.press('Control+f');
  await page.screenshot({ path: test.info().outputPath('find-bar-900.png') });
});

test('the library is one Tab stop: arrows, Home and End move; Delete and the row menu delete the focused article', async ({ page, served }) => {
  await page.goto(served.url);
  await pressUntil(page, /Open sample project/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');
  const items = page.getByTestId('library-item');
  // F6 to the search box, then Tab past the filter and sort to the list's single stop: the first article.
  await page.keyboard.press('F6');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
  await pressUntil(page, /^library-item/, 'Tab', 8);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  // One stop, not two per article: the next Tab leaves the library (no delete buttons on the way).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  expect(await focused(page)).not.toMatch(/library-item|delete-article/);
  await page.keyboard.press('Shift+Tab');
  await expect(items.nth(1)).toBeFocused();
  const title = (await items.nth(1).locator('.item__title').textContent()) ?? '';
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete this article?' });
  await expect(dialog).toContainText(title);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(items).toHaveCount(6);

  // The row menu (Shift+F10 or the Menu key) offers Open and Delete…; Escape puts focus back.
  // Closing the dialog gave focus back to the article it was about.
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: /^Article/ });
  await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Delete…' })).toBeFocused();
  await page.getByTestId('library-list').screenshot({ path: test.info().outputPath('row-menu.png') });
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText((await items.nth(2).locator('.item__title').textContent()) ?? '');
  await pressUntil(page, /Delete article$/, 'Tab', 6);
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(5);
});
