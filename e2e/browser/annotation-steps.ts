/**
 * Steps shared by the annotation specs, on the five seed articles: a new project with the seeds
 * imported, selecting a phrase as a mouse would, opening the article that holds a phrase,
 * answering the name prompt, and opening a claim and reading its evidence summary.
 */
import type { Page } from '@playwright/test';
import { expect, seedsDir } from '../serve-fixture.js';

/** The claim the passages are evidence for. */
export const CLAIM = 'The US is weighing financial aid for countries that avoid Huawei equipment';

/** One passage per seed article about financial aid, incentives or funding. */
export const PASSAGES = [
  'giving financial aid for telecommunications development for countries that agree to snub Huawei',
  'considering offering financial incentives to countries who opt not to use equipment from the Chinese manufacturer',
  'considering increasing financial aid for telecommunications development in those countries that shun Chinese-made equipment',
  'thinking about offering financial aid to countries that decide to shun Huawei',
  'offering to financially support the development of telecom sectors in countries that agree to the US',
];

/** Makes a new project at `path` (named `name`) through the UI and imports the five seed articles into it. */
export async function createProjectWithSeeds(page: Page, path: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByTestId('path-input').fill(path);
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('project-name')).toHaveText(name);
  await page.getByTestId('import-folder-input').setInputFiles(seedsDir());
  await expect(page.getByTestId('import-counts')).toContainText('5 articles imported');
  await page.getByRole('button', { name: 'Dismiss import summary' }).click();
  await expect(page.getByTestId('library-item')).toHaveCount(5);
}

/**
 * Selects `phrase` in the open article the way a mouse would leave it: the offsets are
 * computed from the article text (each paragraph's data-start plus its text), and a DOM
 * selection is made over the reader's text nodes. Returns the [start, end) offsets.
 */
export async function selectPhrase(page: Page, phrase: string): Promise<[number, number]> {
  await expect(page.getByTestId('article-text')).toContainText(phrase);
  return page.evaluate((wanted) => {
    const paras = [...document.querySelectorAll<HTMLElement>('[data-testid="article-text"] .para')];
    for (const p of paras) {
      const at = (p.textContent ?? '').indexOf(wanted);
      if (at < 0) continue;
      const base = Number(p.dataset.start);
      const start = base + at;
      const end = start + wanted.length;
      const point = (offset: number, preferNext: boolean): [Node, number] => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let pos = base;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const inside = preferNext ? offset < pos + n.length : offset <= pos + n.length;
          if (inside) return [n, offset - pos];
          pos += n.length;
        }
        throw new Error(`offset ${offset} is not rendered`);
      };
      const range = document.createRange();
      range.setStart(...point(start, true));
      range.setEnd(...point(end, false));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return [start, end] as [number, number];
    }
    throw new Error(`“${wanted}” is not in one paragraph of the article`);
  }, phrase);
}

/** Opens the library article containing `phrase` (titles vary; the text decides). */
export async function openArticleWith(page: Page, phrase: string): Promise<string> {
  const items = page.getByTestId('library-item');
  for (let i = 0; i < (await items.count()); i++) {
    await items.nth(i).click();
    const text = page.getByTestId('article-text');
    await expect(text).toBeVisible();
    if ((await text.textContent())?.includes(phrase)) return (await page.getByTestId('reader-title').textContent()) ?? '';
  }
  throw new Error(`no article contains “${phrase}”`);
}

/** Answers the first-annotation name prompt. */
export async function giveName(page: Page, name: string): Promise<void> {
  const dialog = page.getByTestId('author-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('author-input').fill(name);
  await page.getByTestId('author-save').click();
  await expect(dialog).toBeHidden();
}

/** The row of the claim whose text contains `text`. */
export const claimRow = (page: Page, text: string) => page.getByTestId('claim-row').filter({ hasText: text });

/** Opens the claim whose text contains `text` in the claim detail. */
export async function openClaim(page: Page, text: string): Promise<void> {
  const row = claimRow(page, text);
  await row.click();
  await row.getByTestId('claim-open').click();
  await expect(page.getByTestId('claim-detail')).toBeVisible();
}

/** The claim detail's evidence summary: supporting and refuting passages, and the articles they come from. */
export async function expectSummary(page: Page, supports: number, refutes: number, articles: number): Promise<void> {
  await expect(page.getByTestId('summary-supports')).toHaveText(String(supports));
  await expect(page.getByTestId('summary-refutes')).toHaveText(String(refutes));
  await expect(page.getByTestId('summary-articles')).toHaveText(String(articles));
}
