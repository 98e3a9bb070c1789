/**
 * A project whose article text was damaged on disk, opened in Chromium against a real `warrant
 * serve`: the researcher is offered the rest, read-only, sees what was set aside, cannot change
 * the damaged file, and keeps a working copy with Save As.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../serve-fixture.js';

/** Where `warrant serve` keeps the sample project for this test's home folder. */
async function sampleFile(home: string): Promise<string> {
  for (const dir of [join(home, 'Documents', 'Warrant'), join(home, 'Warrant')]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    const name = names.find((n) => n.endsWith('.warrant'));
    if (name) return join(dir, name);
  }
  throw new Error('the sample project file was not found');
}

test('the rest of a damaged project opens read-only, and Save As keeps a working copy', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  // One character of one article's text changes on disk (a disk error, a hand edit).
  const path = await sampleFile(join(served.dir, 'home'));
  const text = await readFile(path, 'utf8');
  // In an article's text (the articles come last in the file), not in an example's quote.
  const at = text.indexOf('desalination', text.indexOf('"articles":'));
  expect(at).toBeGreaterThan(0);
  await writeFile(path, `${text.slice(0, at)}desalinatiom${text.slice(at + 'desalination'.length)}`);
  const damaged = await readFile(path);

  await page.getByTestId('recent-project').first().click();
  await expect(page.getByRole('dialog', { name: 'Open the rest read-only?' })).toBeVisible();
  await expect(page.getByTestId('damaged-message')).toContainText('does not match the checksum');
  await page.getByRole('button', { name: 'Open read-only' }).click();

  await expect(page.getByTestId('read-only')).toBeVisible();
  await expect(page.getByTestId('read-only')).toContainText('Set aside because their text is damaged');
  await expect(page.getByTestId('save-status')).toHaveText('Read-only');
  await expect(page.getByTestId('library-count')).toHaveText(/^\d articles?$/);
  await page.screenshot({ path: 'docs/screenshot-read-only.png' });
  // Nothing was written to the damaged file.
  expect(await readFile(path)).toEqual(damaged);

  await page.getByTestId('read-only-save-as').click();
  const copy = join(served.dir, 'Sample repaired.warrant');
  await page.getByTestId('path-input').fill(copy);
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('read-only')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).not.toHaveText('Read-only');
  expect(JSON.parse(await readFile(copy, 'utf8')).articles.length).toBeGreaterThan(0);
  expect(await readFile(path)).toEqual(damaged);
});
