/**
 * Searching articles in other scripts and with typos, in Chromium against a real `warrant serve`
 * (part of issue 10): a Russian article is found by a Cyrillic word with its match marked, an
 * accented word by its plain spelling, and a typo offers the word the index has.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../serve-fixture.js';

const RUSSIAN = 'Поставки оборудования для сетей 5G\n\nКомпания объявила о поставках телекоммуникационного оборудования. Оборудования не хватает.';
const FRENCH = 'Réunion à l’Élysée\n\nLe président a reçu les ministres à l’Élysée pour parler des États membres.';

test('a Cyrillic word, an accent-free spelling and a typo find what the researcher means', async ({ page, served }) => {
  const folder = join(served.dir, 'articles');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'ru.txt'), RUSSIAN);
  await writeFile(join(folder, 'fr.txt'), FRENCH);

  await page.goto(served.url);
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByTestId('path-input').fill(join(served.dir, 'Languages.warrant'));
  await page.getByTestId('path-confirm').click();
  await page.getByTestId('import-folder-input').setInputFiles(folder);
  await expect(page.getByTestId('library-count')).toHaveText('2 articles');

  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill('оборудования');
  await expect(page.getByTestId('result-count')).toHaveText(/^1 result/);
  await expect(page.getByTestId('search-result').first()).toContainText('Поставки оборудования');
  await expect(page.getByTestId('search-result').first().locator('mark').first()).toHaveText(/оборудования/i);
  await page.screenshot({ path: 'docs/screenshot-search-languages.png' });

  await box.fill('elysee etats');
  await expect(page.getByTestId('result-count')).toHaveText(/^1 result/);
  await expect(page.getByTestId('search-result').first()).toContainText('Élysée');

  await box.fill('elyssee');
  await expect(page.getByTestId('result-count')).toHaveText(/^0 results/);
  await expect(page.getByTestId('did-you-mean')).toContainText('Did you mean');
  await page.screenshot({ path: 'docs/screenshot-did-you-mean.png' });
  await page.getByTestId('did-you-mean').getByRole('button').first().click();
  await expect(page.getByTestId('result-count')).toHaveText(/^1 result/);
  await expect(page.getByTestId('search-result').first()).toContainText('Élysée');
});
