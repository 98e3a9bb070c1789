/**
 * Working with a colleague, in Chromium against real `warrant serve` processes on the repo's own
 * sample articles: Ada makes a project and sends a copy to Ben, who works on it in his own
 * Warrant (his own preferences, so his own name); both change the same claims and rate them.
 * Ada merges Ben's copy through the UI (importing his file offers the merge too): the summary,
 * one conflict resolved side by side, one left pending and decided later from the header; then
 * the rater agreement view and her name in the header. A second test has the CLI import into
 * the open project's file: the banner (and Save) merge those changes, after which it saves
 * again with no alert left; and a file of another project offers its articles only.
 */
import { execFile } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, startServe, test } from '../serve-fixture.js';

const run = promisify(execFile);

/** The sample corpus that ships with the repository (six fictional articles). */
const ARTICLES = join(process.cwd(), 'sample', 'articles');

const TARIFF = 'The water tariff rises by 9% this year';
const TARIFF_ADA = 'The water tariff rises by 9% on average, as the council says';
const TARIFF_BEN = 'With the supply security charge, typical water bills rise by about 14%';
const CRABS = 'The brine outfall has cut crab catches near the plant';
const CRABS_ADA = 'The brine outfall has cut crab catches near the plant by a third';
const CRABS_BEN = 'Crab catches near the plant fell, but the brine outfall is not proven to be the cause';
const COST = 'The desalination plant cost £52m';
const CAPACITY = 'The plant delivers 12 million litres a day';

const claimRow = (page: Page, text: string) => page.getByTestId('claim-row').filter({ hasText: text });

async function newProjectWithArticles(page: Page, path: string, name: string, files: string | string[]): Promise<void> {
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByTestId('path-input').fill(path);
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('project-name')).toHaveText(name);
  const count = typeof files === 'string' ? 6 : files.length;
  await page.getByTestId(typeof files === 'string' ? 'import-folder-input' : 'import-files-input').setInputFiles(files);
  await expect(page.getByTestId('import-counts')).toContainText(`${count} articles imported`);
  await page.getByRole('button', { name: 'Dismiss import summary' }).click();
  await expect(page.getByTestId('library-item')).toHaveCount(count);
}

/** Adds a claim; the first annotation of a window asks for the name. */
async function addClaim(page: Page, text: string, name?: string): Promise<void> {
  await page.getByTestId('new-claim-input').fill(text);
  await page.getByTestId('new-claim-input').press('Enter');
  if (name) await giveName(page, name);
  await expect(claimRow(page, text)).toHaveCount(1);
}

async function giveName(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('author-dialog')).toBeVisible();
  await page.getByTestId('author-input').fill(name);
  await page.getByTestId('author-save').click();
  await expect(page.getByTestId('author-dialog')).toBeHidden();
  await expect(page.getByTestId('author-name')).toContainText(name);
}

/** Rewrites a claim's text; `name` answers the name prompt of a window's first annotation. */
async function editClaim(page: Page, from: string, to: string, name?: string): Promise<void> {
  const row = claimRow(page, from);
  await row.click();
  await row.getByTestId('claim-edit-button').click();
  await page.getByTestId('claim-edit').fill(to);
  await page.getByTestId('claim-edit').press('Enter');
  if (name) await giveName(page, name);
  await expect(claimRow(page, to)).toHaveCount(1);
}

/** Sets the current author's own rating of a claim in its detail view. */
async function rate(page: Page, text: string, rating: string): Promise<void> {
  const row = claimRow(page, text);
  await row.click();
  await row.getByTestId('claim-open').click();
  await expect(page.getByTestId('claim-detail')).toBeVisible();
  await page.getByTestId('my-rating').getByTestId('claim-rating').selectOption(rating);
  await expect(page.getByTestId('my-rating').getByTestId('rating-badge')).toHaveAttribute('data-rating', rating);
  await page.getByTestId('claim-back').click();
}

async function saveNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

test('a colleague’s copy is merged through the UI: summary, a conflict side by side, one decided later, and the raters’ agreement', async ({ page, served, browser }) => {
  const mine = join(served.dir, 'Port Aldren.warrant');
  const theirs = join(served.dir, 'Port Aldren from Ben.warrant');

  // Ada starts the project, writes three claims and sends Ben a copy.
  await page.goto(served.url);
  await expect(page.getByTestId('start-merge')).toBeVisible();
  await newProjectWithArticles(page, mine, 'Port Aldren', ARTICLES);
  await addClaim(page, TARIFF, 'Ada Researcher');
  await addClaim(page, CRABS);
  await addClaim(page, COST);
  await expect(page.getByTestId('author-name')).toHaveAccessibleName('Your name: Ada Researcher. Change it');
  await saveNow(page);
  await copyFile(mine, theirs);

  // Ben works on the copy in his own Warrant: other preferences, so he gives his own name.
  // Ben's server opens the copy Ada sent, in her folder.
  const ben = await startServe(join(served.dir, 'ben'), ['--allow', served.dir]);
  const benPage = await browser.newPage();
  try {
    await benPage.goto(ben.url);
    await benPage.getByRole('button', { name: 'Open project…' }).click();
    await benPage.getByTestId('path-input').fill(theirs);
    await benPage.getByTestId('path-confirm').click();
    await expect(benPage.getByTestId('project-name')).toHaveText('Port Aldren');
    await editClaim(benPage, TARIFF, TARIFF_BEN, 'Ben Checker');
    await editClaim(benPage, CRABS, CRABS_BEN);
    await addClaim(benPage, CAPACITY);
    await rate(benPage, TARIFF_BEN, 'weak');
    await rate(benPage, CRABS_BEN, 'weak');
    await rate(benPage, COST, 'strong');
    await saveNow(benPage);
  } finally {
    await benPage.close();
    await ben.stop();
  }

  // Meanwhile Ada changed the same two claims and rated them.
  await editClaim(page, TARIFF, TARIFF_ADA);
  await editClaim(page, CRABS, CRABS_ADA);
  await rate(page, TARIFF_ADA, 'moderate');
  await rate(page, CRABS_ADA, 'weak');
  await rate(page, COST, 'strong');

  // Importing his file offers the merge instead of failing as an unknown format (cancelled here).
  const dialog = page.getByTestId('merge-dialog');
  await page.getByTestId('import-files-input').setInputFiles(theirs);
  await expect(page.getByTestId('path-note')).toContainText('“Port Aldren from Ben.warrant” is a Warrant project, not an article');
  await expect(page.getByTestId('path-input')).toHaveValue(theirs);
  await page.getByTestId('path-confirm').click();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Merge “Port Aldren from Ben.warrant”');
  await dialog.getByTestId('merge-cancel').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-counts')).toHaveCount(0);

  // Merge Ben's copy: choose the file, see the summary before anything is written.
  await page.getByTestId('merge-button').click();
  await expect(page.getByTestId('path-dialog')).toContainText('Merge a colleague’s copy');
  await page.getByTestId('path-input').fill(theirs);
  await page.getByTestId('path-confirm').click();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Merge “Port Aldren from Ben.warrant”');
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
  const counts = (kind: string) => dialog.locator(`[data-testid="merge-count-row"][data-kind="${kind}"] td`);
  await expect(counts('claim')).toHaveText(['1', '0', '0', '⚠ 2']);
  await expect(counts('rating')).toHaveText(['3', '0', '0', '0']);
  await expect(counts('article')).toHaveText(['0', '0', '0', '0']);

  // Each conflict side by side: the differing field marked, Ada's and Ben's versions aligned.
  const conflicts = dialog.getByTestId('conflict');
  await expect(conflicts).toHaveCount(2);
  const tariff = conflicts.filter({ hasText: TARIFF_BEN });
  const text = tariff.getByTestId('conflict-field').filter({ hasText: 'Text' });
  await expect(text).toHaveAttribute('data-differs', 'true');
  await expect(text).toContainText('differs');
  await expect(text.locator('td[data-side="mine"]')).toHaveText(TARIFF_ADA);
  await expect(text.locator('td[data-side="theirs"]')).toHaveText(TARIFF_BEN);
  await expect(tariff.locator('thead')).toContainText('Ada Researcher');
  await expect(tariff.locator('thead')).toContainText('Ben Checker');
  await tariff.getByTestId('choose-theirs').check();
  await expect(tariff.getByTestId('kept-theirs')).toBeVisible();
  await expect(dialog.getByTestId('merge-status')).toContainText('1 of 2 conflicts decided. 1 undecided conflict will stay pending');
  await page.screenshot({ path: 'docs/screenshot-merge.png' });

  // Apply: one undo step; the undecided conflict waits in the header.
  await dialog.getByTestId('merge-apply').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast').first()).toContainText('1 conflict left to decide');
  await expect(claimRow(page, TARIFF_BEN)).toHaveCount(1);
  await expect(claimRow(page, TARIFF_ADA)).toHaveCount(0);
  await expect(claimRow(page, CAPACITY)).toHaveCount(1);
  await expect(claimRow(page, CRABS_ADA)).toHaveCount(1);
  const pending = page.getByTestId('pending-conflicts');
  await expect(pending).toHaveText('⚠ 1 conflict to decide');
  await expect(pending).toBeVisible();

  // Decide it later, from the header, with the keyboard.
  await pending.click();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Conflicts to decide');
  const crabs = dialog.getByTestId('conflict');
  await expect(crabs).toHaveCount(1);
  await expect(crabs).toContainText(CRABS_BEN);
  await expect(dialog.getByTestId('merge-apply')).toBeDisabled();
  await crabs.getByTestId('choose-later').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(crabs.getByTestId('choose-mine')).toBeChecked();
  await dialog.getByTestId('merge-apply').click();
  await expect(dialog).toBeHidden();
  await expect(pending).toHaveCount(0);
  await expect(claimRow(page, CRABS_ADA)).toHaveCount(1);
  await expect(claimRow(page, CRABS_BEN)).toHaveCount(0);

  // The raters' agreement: claims × raters, the disagreement marked, alpha and its basis.
  // (The confirmations are dismissed first, for a clear screenshot.)
  while ((await page.getByTestId('toast').count()) > 0) await page.getByTestId('toast').first().getByRole('button', { name: 'Dismiss' }).click();
  await page.getByTestId('agreement-button').click();
  const agreement = page.getByTestId('agreement-dialog');
  await expect(agreement.getByTestId('agreement-rater')).toHaveText(['Ada Researcher (you)', 'Ben Checker']);
  const row = (t: string) => agreement.getByTestId('agreement-row').filter({ hasText: t });
  await expect(row(TARIFF_BEN)).toHaveAttribute('data-status', 'disagree');
  await expect(row(TARIFF_BEN).getByTestId('agreement-status')).toHaveText('≠ Disagree · 1 step apart');
  await expect(row(CRABS_ADA)).toHaveAttribute('data-status', 'agree');
  await expect(row(COST)).toHaveAttribute('data-status', 'agree');
  await expect(agreement.getByTestId('agreement-basis')).toContainText('Based on 3 claims rated by two or more raters, 6 ratings by 2 raters.');
  await expect(agreement.getByTestId('alpha-ordinal')).toContainText(/α, ordinal\s*0\.\d{3}/);
  await expect(agreement.getByTestId('percent-agreement')).toContainText('66.7 %');
  await page.screenshot({ path: 'docs/screenshot-agreement.png' });
  await page.keyboard.press('Escape');
  await expect(agreement).toBeHidden();

  // Whose name: shown in the header, changed from there (cancelled here).
  await page.getByTestId('author-name').click();
  await expect(page.getByTestId('author-dialog').getByRole('heading')).toHaveText('Change your name');
  await expect(page.getByTestId('author-input')).toHaveValue('Ada Researcher');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('author-dialog')).toBeHidden();
  await expect(page.getByTestId('author-name')).toHaveText('ARAda Researcher');
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
});

test('when the CLI imports into the open project, the banner merges its changes and saving works again', async ({ page, served }) => {
  const path = join(served.dir, 'Shared.warrant');
  const files = ['2025-02-11-aldren-courier-tariff-draft.md', '2025-03-03-council-press-release-tariff.md'].map((f) => join(ARTICLES, f));
  await page.goto(served.url);
  await newProjectWithArticles(page, path, 'Shared', files);
  await addClaim(page, TARIFF, 'Ada Researcher');
  await saveNow(page);

  // Another program writes the open file.
  await run(process.execPath, ['dist/electron/cli.mjs', 'import', path, join(ARTICLES, '2025-05-08-harbour-radio-marine-survey.txt')], { env: served.env });

  // The next save would overwrite that: it waits, and the banner offers the merge.
  await addClaim(page, COST);
  const banner = page.getByTestId('disk-changed');
  await expect(banner).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'disk-changed');
  await expect(page.getByTestId('error-alert')).toHaveCount(0);

  // Saving now leads to the merge, not to an error; cancelled, the banner stays.
  await page.keyboard.press('Control+s');
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Merge the changes made on disk');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(banner).toBeVisible();

  await banner.getByTestId('merge-from-disk').click();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Merge the changes made on disk');
  await expect(dialog.locator('[data-testid="merge-count-row"][data-kind="article"] td')).toHaveText(['1', '0', '0', '0']);
  await dialog.getByTestId('merge-apply').click();
  await expect(dialog).toBeHidden();

  await expect(banner).toBeHidden();
  await expect(page.getByTestId('library-item')).toHaveCount(3);
  await expect(claimRow(page, COST)).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('error-alert')).toHaveCount(0);

  // And the CLI sees both: the article it imported and the claim made here.
  const { stdout } = await run(process.execPath, ['dist/electron/cli.mjs', 'claims', path, '--json'], { env: served.env });
  expect((JSON.parse(stdout) as Array<{ text: string }>).map((c) => c.text)).toEqual([TARIFF, COST]);

  // A file of another project cannot be merged: it says so, and offers its articles only.
  const other = join(served.dir, 'Other study.warrant');
  await run(process.execPath, ['dist/electron/cli.mjs', 'import', other, join(ARTICLES, '2025-04-16-coastline-weekly-crab-catches.html')], { env: served.env });
  await page.getByTestId('merge-button').click();
  await page.getByTestId('path-input').fill(other);
  await page.getByTestId('path-confirm').click();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('“Other study.warrant” is a different project');
  await dialog.getByTestId('merge-import-articles').click();
  await expect(dialog.getByTestId('merge-imported')).toContainText('1 article imported.');
  await dialog.getByTestId('merge-close').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('library-item')).toHaveCount(4);
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
});
