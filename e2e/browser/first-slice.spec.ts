/**
 * The first slice as a researcher uses it, in Chromium against a real `warrant serve`:
 * create a project, import the five seed articles, search, read, save, reopen, and meet a
 * corrupt project file. The seed test skips on a clone without the seeds; the others run.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY_META } from '../../electron/serve/csp.js';
import { expect, SEEDS, SEEDS_MISSING, seedsDir, test } from '../serve-fixture.js';

/** The seed files whose text contains `phrase` (whitespace-folded, case-insensitive). */
async function seedsContaining(phrase: string): Promise<string[]> {
  const names: string[] = [];
  const seeds = seedsDir();
  for (const name of (await readdir(seeds)).sort()) {
    const text = (await readFile(join(seeds, name), 'utf8')).replace(/\s+/g, ' ').toLowerCase();
    if (text.includes(phrase)) names.push(name);
  }
  return names;
}

async function createProject(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByTestId('path-input').fill(path);
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('project-name')).toHaveText('Seeds study');
}

async function search(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill(query);
}

test('create, import the seeds, search, read, save and reopen', async ({ page, served }) => {
  test.skip(!SEEDS, SEEDS_MISSING);
  const seeds = seedsDir();
  const projectPath = join(served.dir, 'Seeds study.warrant');
  await page.goto(served.url);
  await createProject(page, projectPath);

  // Import the seed folder through the folder picker.
  await page.getByTestId('import-folder-input').setInputFiles(seeds);
  await expect(page.getByTestId('import-counts')).toContainText('5 articles imported');
  await page.getByRole('button', { name: 'Dismiss import summary' }).click();

  // Five articles with sensible titles: the headline once, never a whole paragraph or boilerplate.
  const items = page.getByTestId('library-item');
  await expect(items).toHaveCount(5);
  await expect(page.getByTestId('library-count')).toHaveText('5 articles');
  const titles = await page.locator('[data-testid="library-item"] .item__title').allInnerTexts();
  expect(titles).toHaveLength(5);
  expect(new Set(titles).size).toBe(5);
  for (const title of titles) {
    expect(title.length).toBeGreaterThan(15);
    expect(title.length).toBeLessThanOrEqual(160);
    expect(title).not.toMatch(/quiz|comment|related/i);
  }
  const firstLine003 = (await readFile(join(seeds, (await readdir(seeds)).sort()[3]!), 'utf8')).split('\n')[0]!.trim();
  expect(titles.filter((t) => t.includes(firstLine003.slice(0, 30)))).toHaveLength(1);
  expect(titles.some((t) => t.includes(`${firstLine003} ${firstLine003}`))).toBe(false);

  // Every article mentions Huawei.
  await search(page, 'huawei');
  await expect(page.getByTestId('result-count')).toHaveText(/^5 results/);

  // A quoted phrase finds exactly the articles containing it.
  const withPhrase = await seedsContaining('financial aid');
  expect(withPhrase).toHaveLength(3);
  await search(page, '"financial aid"');
  await expect(page.getByTestId('result-count')).toHaveText(/^3 results/);
  await expect(page.getByTestId('search-result')).toHaveCount(3);
  await expect(page.getByTestId('search-result').first().locator('mark').first()).toHaveText(/financial aid/i);

  // Open one: every hit is marked and the reader steps through them.
  await page.getByTestId('search-result').first().click();
  await expect(page.getByTestId('hit-counter')).toContainText(/Hit 1 of \d+/);
  const marks = page.getByTestId('reader').locator('mark[data-hit]');
  expect(await marks.count()).toBeGreaterThan(0);
  await expect(marks.first()).toHaveText(/financial aid/i);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await page.getByRole('button', { name: 'Next hit' }).click();
  await expect(page.getByTestId('hit-counter')).toContainText(/Hit 2 of/);

  // A malformed query is explained inline, and the app carries on.
  await search(page, '"financial aid');
  await expect(page.getByTestId('query-error')).toContainText(/quot/i);

  // Save, close, reopen from the recent list: the articles and the index come back without re-import.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Open sample project' })).toBeVisible();
  await page.getByTestId('recent-project').filter({ hasText: 'Seeds study' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('5 articles');
  await search(page, '"financial aid"');
  await expect(page.getByTestId('result-count')).toHaveText(/^3 results/);
  const saved = JSON.parse(await readFile(projectPath, 'utf8')) as { articles: unknown[] };
  expect(saved.articles).toHaveLength(5);
});

test('a corrupt project file is reported and left untouched', async ({ page, served }) => {
  const path = join(served.dir, 'Broken.warrant');
  await writeFile(path, '{"format":"warrant-project","schemaVersion":1,"articles":[{"id":');
  const before = await readFile(path);
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open project…' }).click();
  await page.getByTestId('path-input').fill(path);
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('error-alert')).toContainText('Broken.warrant');
  await expect(page.getByTestId('error-alert')).toContainText(/damaged|not valid JSON/);
  expect(await readFile(path)).toEqual(before);
  // Still usable: the start screen is there.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('button', { name: 'Open sample project' })).toBeVisible();
});

test('the built-in sample opens from the start screen', async ({ page, served }) => {
  await page.goto(served.url);
  // The page carries the one policy as a meta tag too (put there by the build from csp.ts).
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY_META);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');
  await search(page, '"water tariff"');
  await expect(page.getByTestId('result-count')).toHaveText(/^6 results/);
});

test('paths: Open starts in the folder; New never replaces a file but offers to open it; Cancel goes back to the path', async ({ page, served }) => {
  const existing = join(served.dir, 'Existing.warrant');
  const input = page.getByTestId('path-input');
  const confirm = page.getByTestId('confirm-dialog');
  await page.goto(served.url);

  // Open proposes the projects folder itself, not a file that is not there.
  await page.getByRole('button', { name: 'Open project…' }).click();
  await expect(input).toHaveValue(/[\\/]$/);
  await page.getByTestId('path-dialog').getByRole('button', { name: 'Cancel' }).click();

  // New in a folder that does not exist yet: the dialog says it will be made, and it is.
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByTestId('path-dialog')).toContainText('Missing folders are created.');
  await input.fill(join(served.dir, 'made', 'Deep.warrant'));
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('project-name')).toHaveText('Deep');

  // Save As onto another project asks; Cancel goes back to the path dialog with the path tried.
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('button', { name: 'New project…' }).click();
  await input.fill(existing);
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('project-name')).toHaveText('Existing');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByTestId('recent-project').filter({ hasText: 'Deep' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Deep');
  await page.getByRole('button', { name: 'Save As…' }).click();
  await input.fill(existing);
  await page.getByTestId('path-confirm').click();
  await expect(confirm).toContainText('Replace “Existing.warrant”?');
  await expect(confirm).toContainText(existing);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(input).toHaveValue(existing);
  await page.getByTestId('path-dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Deep');

  // New onto the existing project: never replaced, offered for opening instead.
  const before = await readFile(existing);
  await page.getByRole('button', { name: 'New…' }).click();
  await input.fill(existing);
  await page.getByTestId('path-confirm').click();
  await expect(confirm).toContainText('“Existing.warrant” already exists');
  await confirm.getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Existing');
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
  expect(await readFile(existing)).toEqual(before);
});
