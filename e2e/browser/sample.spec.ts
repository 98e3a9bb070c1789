/**
 * The built-in sample, in Chromium against a real `warrant serve`: it opens with example
 * claims, highlights and links already made (supports, refutes, context), marked as examples,
 * and "Clear examples" removes exactly them in one step that Undo brings back.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../serve-fixture.js';
import { claimRow, giveName, openArticleWith, openClaim, selectPhrase } from './annotation-steps.js';

/** sample/examples.json: what the sample opens with. */
async function examples(): Promise<{ claims: { text: string; evidence: { stance: string }[] }[] }> {
  return JSON.parse(await readFile(join(process.cwd(), 'sample', 'examples.json'), 'utf8')) as never;
}

test('the sample opens with its examples marked, and Clear examples removes them in one undoable step', async ({ page, served }) => {
  const { claims } = await examples();
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');
  const rows = page.getByTestId('claim-row');
  await expect(rows).toHaveCount(claims.length);
  const note = page.getByTestId('examples-note');
  await expect(note).toContainText('marked “Example”');

  // The first claim: its passages grouped as supports, refutes and context, by the example author.
  const first = claims[0]!;
  await openClaim(page, first.text);
  const evidence = page.getByTestId('evidence-item');
  await expect(evidence).toHaveCount(first.evidence.length);
  expect(await evidence.evaluateAll((els) => els.map((e) => e.getAttribute('data-stance')))).toEqual(first.evidence.map((e) => e.stance));
  // Opening a passage shows it highlighted in its article, labelled Example.
  await evidence.first().getByTestId('evidence-open').click();
  await expect(page.getByTestId('reader-title')).toHaveText(/Council sets/);
  await expect(page.getByTestId('highlight-item').first()).toContainText('Example');
  // Article and user text set its own direction (Hebrew notes, Arabic claims read right to left).
  for (const testId of ['reader-title', 'reader-byline', 'claim-text', 'evidence-quote']) {
    await expect(page.getByTestId(testId).first(), testId).toHaveAttribute('dir', 'auto');
  }
  await expect(page.getByTestId('highlight-item').first().locator('.hl-item__quote')).toHaveAttribute('dir', 'auto');
  await page.getByTestId('claim-back').click();
  await expect(note).toBeVisible();
  await expect(rows.first().getByTestId('claim-text-cell')).toHaveAttribute('dir', 'auto');
  await page.screenshot({ path: 'docs/screenshot-sample.png' });

  // Clear examples: the claims go (and their passages), the researcher's own claim stays.
  const input = page.getByTestId('new-claim-input');
  await input.fill('The plant cost £52m');
  await input.press('Enter');
  await giveName(page, 'Grace');
  await expect(rows).toHaveCount(claims.length + 1);
  await note.getByRole('button', { name: 'Clear examples' }).click();
  await expect(rows).toHaveCount(1);
  await expect(claimRow(page, 'The plant cost £52m')).toHaveCount(1);
  await expect(note).toHaveCount(0);
  await expect(page.getByTestId('highlight-item')).toHaveCount(0);
  // One step: Undo brings every example back.
  await page.getByTestId('undo').click();
  await expect(rows).toHaveCount(claims.length + 1);
  await expect(page.getByTestId('examples-note')).toBeVisible();
});

test('C proposes the first sentence with the cursor in the claim; linking highlights in the neutral colour; K links as context', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('6 articles');
  await page.getByTestId('examples-note').getByRole('button', { name: 'Clear examples' }).click();
  await expect(page.getByTestId('claim-row')).toHaveCount(0);
  await openArticleWith(page, 'Smaller households are hit harder.');

  // A colour chosen before (Source) is not what linking uses.
  await selectPhrase(page, 'A council spokesperson said');
  await page.getByTestId('selection-toolbar').getByTestId('highlight-purple').click();
  await giveName(page, 'Grace');
  const marks = page.getByTestId('article-text').locator('mark[data-hl]');
  await expect(marks.filter({ hasText: 'A council spokesperson said' })).toHaveClass(/hl--purple/);

  // C: the first sentence of a two-sentence passage, and the cursor in the claim to reword it.
  await selectPhrase(page, 'Smaller households are hit harder. Because the charge is the same for everyone');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('c');
  const claimText = page.getByTestId('claim-text');
  await expect(claimText).toHaveValue('Smaller households are hit harder.');
  await expect(claimText).toBeFocused();
  await expect(page.getByTestId('evidence-item')).toHaveCount(1);
  // The new passage carries the neutral default (Plain), not the last colour used (Source).
  await expect(marks.filter({ hasText: 'Smaller households' }).first()).toHaveClass(/hl--yellow/);

  // K links another passage to the active claim as context; the context menu offers Context too.
  await selectPhrase(page, 'a person living alone on a low-use bill is paying about 19 per cent more');
  await expect(page.getByTestId('selection-toolbar').getByTestId('selection-link-context')).toBeVisible();
  await page.getByTestId('reader').focus();
  await selectPhrase(page, 'a person living alone on a low-use bill is paying about 19 per cent more');
  await page.keyboard.press('k');
  await expect(page.getByTestId('evidence-item').filter({ hasText: 'living alone' })).toHaveAttribute('data-stance', 'context');
  await expect(marks.filter({ hasText: 'living alone' }).first()).toHaveClass(/hl--yellow/);
});
