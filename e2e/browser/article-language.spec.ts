/**
 * An article's language in the "Edit details" form, in Chromium against a real `warrant serve`
 * (issue 10): the language detected at import is shown as such, a German plural is found by
 * its singular, and choosing another language re-indexes the article.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../serve-fixture.js';

const GERMAN =
  'Flüchtlinge an der Grenze\n\nHunderte Flüchtlinge sind in dieser Woche an der Grenze angekommen. Die Regierungen der ' +
  'Länder beraten über die Wahlen und die Sicherheit der Städte, und die Bürger helfen, wo sie können.';

test('the detected language is shown, used by search, and can be changed', async ({ page, served }) => {
  const folder = join(served.dir, 'articles');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'de.txt'), GERMAN);

  await page.goto(served.url);
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByTestId('path-input').fill(join(served.dir, 'Sprachen.warrant'));
  await page.getByTestId('path-confirm').click();
  await page.getByTestId('import-folder-input').setInputFiles(folder);
  await expect(page.getByTestId('library-count')).toHaveText('1 article');

  // German stemming: the singular finds the plural, which is marked.
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill('Flüchtling Regierung');
  await expect(page.getByTestId('result-count')).toHaveText(/^1 result/);
  await expect(page.getByTestId('search-result').first().locator('mark').first()).toHaveText('Flüchtlinge');
  await box.fill('');

  await page.getByTestId('library-item').first().click();
  await page.getByTestId('edit-details').click();
  const select = page.getByTestId('language-select');
  await expect(select).toHaveValue('de');
  await expect(select.locator('option:checked')).toHaveText('German (detected)');
  await expect(page.getByTestId('language-note')).toContainText('Detected from the text');
  await page.screenshot({ path: 'docs/screenshot-article-language.png' });

  // Marked as of unknown language, its words are matched as written: the singular no longer finds it.
  await select.selectOption('und');
  await expect(page.getByTestId('language-note')).toHaveText('Chosen by hand. Search matches its words as in English.');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByTestId('metadata-form')).toHaveCount(0);
  await box.fill('Regierung');
  await expect(page.getByTestId('result-count')).toHaveText(/^0 results/);
  await box.fill('Regierungen');
  await expect(page.getByTestId('result-count')).toHaveText(/^1 result/);
});
