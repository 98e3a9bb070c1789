/**
 * Highlights, claims and evidence as a researcher uses them, in Chromium against a real
 * `warrant serve` on the five seed articles: highlight a passage about US financial aid in
 * each article through the selection toolbar, link them to a claim, rate it, reopen the
 * project, weigh a refuting passage, undo and redo, overlap highlights, and delete an article
 * that holds evidence; a highlight whose passage is lost stays listed, as orphaned. Writing and
 * arranging claims is claims.spec.ts. Every test here imports the seeds, so all skip on a clone
 * without them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, SEEDS, SEEDS_MISSING, test } from '../serve-fixture.js';
import { CLAIM, claimRow, createProjectWithSeeds, expectSummary, giveName, openArticleWith, openClaim, PASSAGES, selectPhrase } from './annotation-steps.js';

test.skip(!SEEDS, SEEDS_MISSING);

test('five passages from five articles become the evidence for a claim, and survive reopening, undo and deletion', async ({ page, served }) => {
  const projectPath = join(served.dir, 'Huawei aid.warrant');
  await page.goto(served.url);
  await createProjectWithSeeds(page, projectPath, 'Huawei aid');

  // The first annotation action asks for the researcher's name, then goes ahead.
  await page.getByTestId('new-claim-input').fill(CLAIM);
  await page.getByTestId('new-claim-input').press('Enter');
  await giveName(page, 'Ada Researcher');
  await expect(claimRow(page, CLAIM)).toHaveCount(1);
  await expect(page.getByTestId('active-claim')).toContainText(CLAIM);

  // Highlight the passage in each article and link it to the (active) claim.
  const titles: string[] = [];
  for (const [i, phrase] of PASSAGES.entries()) {
    titles.push(await openArticleWith(page, phrase));
    const [start, end] = await selectPhrase(page, phrase);
    expect(end - start).toBe(phrase.length);
    const toolbar = page.getByTestId('selection-toolbar');
    await expect(toolbar).toBeVisible();
    if (i === 0) {
      // Highlight first (as Fact), then drag the highlight from the list onto the claim.
      await toolbar.getByTestId('highlight-green').click();
      await expect(page.getByTestId('highlight-detail')).toBeVisible();
      await page.getByTestId('highlight-back').click();
      await page.getByTestId('highlight-item').first().dragTo(claimRow(page, CLAIM));
      await expect(page.getByTestId('highlight-detail').getByTestId('highlight-link')).toContainText(CLAIM);
    } else if (i === 1) {
      // One keystroke: L links the selection to the active claim.
      await page.keyboard.press('l');
    } else {
      await toolbar.getByTestId('selection-link').click();
    }
    await expect(toolbar).toBeHidden();
    const marks = page.getByTestId('article-text').locator('mark[data-hl]');
    await expect(marks.first()).toBeVisible();
    expect((await marks.allTextContents()).join('')).toBe(phrase);
  }
  expect(new Set(titles).size).toBe(5);

  // Rate the claim: moderate, with a rationale, beside the evidence summary.
  await openClaim(page, CLAIM);
  await expectSummary(page, 5, 0, 5);
  await page.getByTestId('claim-rating').selectOption('moderate');
  await page.getByTestId('claim-rationale').fill('Five outlets repeat one WSJ report; no independent confirmation.');
  await page.getByTestId('claim-rationale').blur();
  await expect(page.getByTestId('my-rating').getByTestId('rating-badge')).toHaveAttribute('data-rating', 'moderate');
  await expect(page.getByTestId('claim-detail').getByTestId('stamp')).toContainText('Ada Researcher');
  // Weigh one passage and say why.
  const strongest = page.getByTestId('evidence-item').filter({ hasText: PASSAGES[2]! });
  await strongest.getByTestId('link-weight').selectOption('3');
  await strongest.getByTestId('link-add-note').click();
  await strongest.getByTestId('link-note').fill('Names the mechanism: aid for telecoms development.');
  await strongest.getByTestId('link-note').blur();
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /^Undo Edit evidence/);

  // Save, close, reopen from the recent list: five passages from five articles.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByTestId('recent-project').filter({ hasText: 'Huawei aid' }).click();
  await expect(page.getByTestId('library-count')).toHaveText('5 articles');
  await openClaim(page, CLAIM);
  await expectSummary(page, 5, 0, 5);
  await expect(page.getByTestId('evidence-group-supports').getByTestId('evidence-item')).toHaveCount(5);
  const quotes = await page.getByTestId('evidence-quote').allTextContents();
  expect(quotes.sort()).toEqual([...PASSAGES].sort());
  const evidenceTitles = await page.getByTestId('evidence-title').allTextContents();
  expect(new Set(evidenceTitles).size).toBe(5);
  await expect(page.getByTestId('claim-rationale')).toHaveValue(/one WSJ report/);
  const reopened = page.getByTestId('evidence-item').filter({ hasText: PASSAGES[2]! });
  await expect(reopened.getByTestId('link-weight')).toHaveValue('3');
  await expect(reopened.getByTestId('link-note')).toHaveValue(/Names the mechanism/);

  // A passage opens its article at the passage, flashed.
  await page.getByTestId('evidence-open').filter({ hasText: PASSAGES[3]! }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(titles[3]!);
  await expect(page.locator('mark.hl.is-flashing').first()).toBeInViewport();
  await expect(page.getByTestId('claim-detail')).toBeVisible();
  await expect(page.locator('mark.hl.is-flashing')).toHaveCount(0);
  await page.locator('.panel__claims').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot-claims.png' });

  // A refuting passage (Shift+L on the active claim) changes the summary; undo and redo it.
  await openArticleWith(page, 'denied engaging in espionage');
  await selectPhrase(page, 'Huawei for its part has always denied engaging in espionage');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('Shift+L');
  await expectSummary(page, 5, 1, 5);
  await expect(page.getByTestId('evidence-group-refutes').getByTestId('evidence-item')).toHaveCount(1);
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /^Undo Highlight and link/);
  await page.getByTestId('reader').focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expectSummary(page, 5, 0, 5);
  await expect(page.getByTestId('redo')).toHaveAttribute('title', /^Redo Highlight and link/);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expectSummary(page, 5, 1, 5);
  // Changing a stance is undoable too, from the buttons.
  await page.getByTestId('evidence-group-refutes').getByTestId('stance-context').click();
  await expectSummary(page, 5, 0, 5);
  await expect(page.getByTestId('summary-context')).toHaveText('1');
  await page.getByTestId('undo').click();
  await expectSummary(page, 5, 1, 5);

  // Overlapping highlights both render and both stay clickable.
  await openArticleWith(page, PASSAGES[0]!);
  await selectPhrase(page, 'countries that agree to snub Huawei, something that almost sounds like a bribe');
  // This time through the context menu: right-click on the selection offers the same actions.
  const text = page.getByTestId('article-text');
  const inside = await page.evaluate(() => {
    const range = window.getSelection()!.getRangeAt(0);
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + 10, y: r.top + r.height / 2 };
  });
  await page.mouse.click(inside.x, inside.y, { button: 'right' });
  const menu = page.getByTestId('selection-menu');
  await expect(menu.getByRole('menuitem', { name: /Highlight as Plain/ })).toBeFocused();
  await menu.getByRole('menuitem', { name: /Highlight as Question/ }).click();
  await expect(menu).toBeHidden();
  const overlap = text.locator('mark[data-hl*=" "]');
  await expect(overlap).toHaveText('countries that agree to snub Huawei');
  await expect(overlap).toHaveClass(/hl--layered/);
  // The innermost (Question) draws its underline pattern, which comes from the colour registry.
  await expect(overlap).toHaveCSS('text-decoration-style', 'wavy');
  // A note on the new highlight; the search box finds it among "Claims & notes".
  await page.getByTestId('highlight-note').fill('Author’s own framing: bribe.');
  await page.getByTestId('highlight-note').blur();
  await page.getByTestId('highlight-back').click();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('framing');
  const noteHit = page.getByTestId('annotation-result');
  await expect(noteHit).toHaveAttribute('data-kind', 'highlight-note');
  await expect(noteHit).toContainText(titles[0]!);
  await noteHit.click();
  await expect(page.getByTestId('highlight-quote')).toHaveText('countries that agree to snub Huawei, something that almost sounds like a bribe');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
  await page.getByTestId('highlight-back').click();
  // The shared words open the innermost (shorter) highlight, which offers the other one.
  await overlap.click();
  await expect(page.getByTestId('highlight-quote')).toHaveText('countries that agree to snub Huawei, something that almost sounds like a bribe');
  await page.getByTestId('other-highlight').click();
  await expect(page.getByTestId('highlight-quote')).toHaveText(PASSAGES[0]!);
  await expect(page.getByTestId('highlight-detail').getByTestId('highlight-link')).toContainText(CLAIM);
  // Each highlight's own words open it directly.
  await text.locator('mark[data-hl]').filter({ hasText: 'something that almost' }).click();
  await expect(page.getByTestId('highlight-quote')).toContainText('sounds like a bribe');
  await text.locator('mark[data-hl]').filter({ hasText: 'giving financial aid' }).click();
  await expect(page.getByTestId('highlight-quote')).toHaveText(PASSAGES[0]!);
  await expect(page.getByTestId('highlight-list')).toHaveCount(0);
  await page.getByTestId('highlight-back').click();
  await expect(page.getByTestId('highlight-item')).toHaveCount(2);
  // The article's highlight list keeps its height: the claims area above gives way, not the list.
  const list = page.locator('.panel__highlights');
  expect(await list.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);

  // Deleting an article with evidence asks first; the claim keeps the passage as "article removed".
  const doomedTitle = titles[4]!;
  await page.getByTestId('library-item').filter({ hasText: doomedTitle }).hover();
  await page.getByRole('button', { name: `Delete “${doomedTitle}”` }).click();
  await expect(page.getByTestId('delete-annotation-warning')).toContainText('1 highlight');
  await expect(page.getByTestId('delete-annotation-warning')).toContainText('1 evidence link');
  await expect(page.getByTestId('delete-annotation-warning')).toContainText('article removed');
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('library-item')).toHaveCount(4);
  await expect(page.getByTestId('claim-detail')).toBeVisible();
  const removed = page.getByTestId('evidence-item').filter({ has: page.getByTestId('article-removed') });
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText(doomedTitle);
  await expect(removed.getByTestId('evidence-quote')).toHaveText(PASSAGES[4]!);
  await expect(removed.getByTestId('evidence-open')).toBeDisabled();
  await expectSummary(page, 5, 1, 5);
});

test('a highlight whose passage can no longer be found is listed as orphaned, never dropped', async ({ page, served }) => {
  const path = join(served.dir, 'Orphans.warrant');
  await page.goto(served.url);
  await createProjectWithSeeds(page, path, 'Orphans');
  await page.getByTestId('new-claim-input').fill(CLAIM);
  await page.getByTestId('new-claim-input').press('Enter');
  await giveName(page, 'Ada');
  const title = await openArticleWith(page, PASSAGES[3]!);
  await selectPhrase(page, PASSAGES[3]!);
  await page.getByTestId('selection-toolbar').getByTestId('selection-link').click();
  await expect(page.getByTestId('highlight-detail')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  // Someone's edit elsewhere left a quote that is nowhere in the article's text.
  const project = JSON.parse(await readFile(path, 'utf8')) as { highlights: Array<{ target: { quote: { exact: string; prefix: string; suffix: string } } }> };
  const quote = project.highlights[0]!.target.quote;
  const lost = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt'.slice(0, quote.exact.length);
  expect(lost).toHaveLength(quote.exact.length);
  Object.assign(quote, { exact: lost, prefix: '', suffix: '' });
  await writeFile(path, JSON.stringify(project));

  await page.getByTestId('recent-project').filter({ hasText: 'Orphans' }).click();
  await page.getByTestId('library-item').filter({ hasText: title }).click();
  await expect(page.getByTestId('article-text')).toContainText(PASSAGES[3]!);
  const item = page.getByTestId('highlight-item');
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('orphaned-label')).toHaveText('orphaned — text not found');
  await expect(item).toContainText(lost);
  await expect(page.getByTestId('article-text').locator('mark[data-hl]')).toHaveCount(0);
  // Still evidence for the claim, with its quote.
  await openClaim(page, CLAIM);
  await expect(page.getByTestId('evidence-quote')).toHaveText(lost);
  await expectSummary(page, 1, 0, 1);
});

