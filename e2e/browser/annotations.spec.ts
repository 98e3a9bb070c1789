/**
 * Highlights, claims and evidence as a researcher uses them, in Chromium against a real
 * `warrant serve` on the five seed articles: highlight a passage about US financial aid in
 * each article through the selection toolbar, link them to a claim, rate it, reopen the
 * project, weigh a refuting passage, undo and redo, overlap highlights, and delete an article
 * that holds evidence. Every test here imports the seeds, so all skip on a clone without them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SEEDS, SEEDS_MISSING, seedsDir, test } from '../serve-fixture.js';

test.skip(!SEEDS, SEEDS_MISSING);

const CLAIM = 'The US is weighing financial aid for countries that avoid Huawei equipment';

/** One passage per seed article about financial aid, incentives or funding. */
const PASSAGES = [
  'giving financial aid for telecommunications development for countries that agree to snub Huawei',
  'considering offering financial incentives to countries who opt not to use equipment from the Chinese manufacturer',
  'considering increasing financial aid for telecommunications development in those countries that shun Chinese-made equipment',
  'thinking about offering financial aid to countries that decide to shun Huawei',
  'offering to financially support the development of telecom sectors in countries that agree to the US',
];

async function createProjectWithSeeds(page: Page, path: string, name: string): Promise<void> {
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
async function selectPhrase(page: Page, phrase: string): Promise<[number, number]> {
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
async function openArticleWith(page: Page, phrase: string): Promise<string> {
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
async function giveName(page: Page, name: string): Promise<void> {
  const dialog = page.getByTestId('author-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('author-input').fill(name);
  await page.getByTestId('author-save').click();
  await expect(dialog).toBeHidden();
}

const claimRow = (page: Page, text: string) => page.getByTestId('claim-row').filter({ hasText: text });

async function openClaim(page: Page, text: string): Promise<void> {
  const row = claimRow(page, text);
  await row.click();
  await row.getByTestId('claim-open').click();
  await expect(page.getByTestId('claim-detail')).toBeVisible();
}

async function expectSummary(page: Page, supports: number, refutes: number, articles: number): Promise<void> {
  await expect(page.getByTestId('summary-supports')).toHaveText(String(supports));
  await expect(page.getByTestId('summary-refutes')).toHaveText(String(refutes));
  await expect(page.getByTestId('summary-articles')).toHaveText(String(articles));
}

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
  await expect(menu.getByRole('menuitem', { name: /Highlight as Key/ })).toBeFocused();
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

test('claims are written, nested, reordered, filtered, found by search and deleted with undo', async ({ page, served }) => {
  await page.goto(served.url);
  await createProjectWithSeeds(page, join(served.dir, 'Claims.warrant'), 'Claims');
  const input = page.getByTestId('new-claim-input');
  await input.fill('Germany is being pressed to ban Huawei');
  await input.press('Enter');
  await giveName(page, 'Grace');
  for (const text of ['Officials met counterparts in Japan and Italy', 'Huawei denies espionage']) {
    await input.fill(text);
    await input.press('Enter');
    await expect(claimRow(page, text)).toHaveCount(1);
  }
  const rows = page.getByTestId('claim-row');
  const order = () => rows.locator('[data-testid="claim-text-cell"]').allTextContents();
  expect(await order()).toEqual(['Germany is being pressed to ban Huawei', 'Officials met counterparts in Japan and Italy', 'Huawei denies espionage']);

  // Keyboard: Alt+↑ moves the focused claim up; Alt+→ nests it under the claim above.
  await claimRow(page, 'Huawei denies espionage').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(order).toEqual(['Germany is being pressed to ban Huawei', 'Huawei denies espionage', 'Officials met counterparts in Japan and Italy']);
  await expect(claimRow(page, 'Huawei denies espionage')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(claimRow(page, 'Officials met')).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(claimRow(page, 'Officials met')).toHaveAttribute('aria-level', '2');
  // The move button outdents it again.
  await claimRow(page, 'Officials met').getByTestId('claim-outdent').click();
  await expect(claimRow(page, 'Officials met')).toHaveAttribute('aria-level', '1');

  // Inline edit with F2.
  await claimRow(page, 'Huawei denies espionage').click();
  await page.keyboard.press('F2');
  await page.getByTestId('claim-edit').fill('Huawei denies any espionage');
  await page.getByTestId('claim-edit').press('Enter');
  await expect(claimRow(page, 'Huawei denies any espionage')).toHaveCount(1);

  // Filters: by text and by evidence (none of them has any yet).
  await page.getByTestId('claims-filter').fill('espionage');
  await expect(rows).toHaveCount(1);
  await page.getByTestId('claims-filter').fill('');
  await page.getByTestId('claims-evidence-filter').selectOption('refuting');
  await expect(page.getByText('No claim matches these filters.')).toBeVisible();
  await page.getByTestId('claims-evidence-filter').selectOption('none');
  await expect(rows).toHaveCount(3);
  await page.getByTestId('claims-evidence-filter').selectOption('all');

  // The search box finds claims as their own group and opens them.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('espionage');
  const hit = page.getByTestId('annotation-result').filter({ hasText: 'Huawei denies any espionage' });
  await expect(hit).toHaveAttribute('data-kind', 'claim');
  await hit.click();
  await expect(page.getByTestId('claim-text')).toHaveValue('Huawei denies any espionage');
  await page.getByTestId('claim-back').click();

  // Delete from the keyboard; the toast's Undo brings it back.
  await claimRow(page, 'Huawei denies any espionage').click();
  await page.keyboard.press('Delete');
  await expect(claimRow(page, 'Huawei denies any espionage')).toHaveCount(0);
  const toast = page.getByTestId('toast').filter({ hasText: 'Claim deleted' });
  // Toasts stay clear of the library list.
  const toastBox = (await toast.boundingBox())!;
  const sidebarBox = (await page.locator('.sidebar').boundingBox())!;
  expect(toastBox.x).toBeGreaterThan(sidebarBox.x + sidebarBox.width);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(claimRow(page, 'Huawei denies any espionage')).toHaveCount(1);

  // The help overlay lists the shortcuts and the colour legend.
  await page.getByTestId('claim-list').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const help = page.getByTestId('help-overlay');
  await expect(help).toBeVisible();
  await expect(help.getByTestId('color-legend')).toContainText('wavy underline');
  await expect(help).toContainText('Link to the active claim as refuting');
  // The keys used most come first, visible without scrolling; Ctrl before Shift, as the menu writes it.
  const everywhere = help.getByTestId('help-group-everywhere');
  await expect(help.locator('.help__group').first()).toHaveAttribute('data-testid', 'help-group-everywhere');
  await expect(everywhere.getByText('Show this help')).toBeInViewport();
  const saveAsKeys = everywhere.locator('.help__row').filter({ hasText: 'under a new name' }).locator('kbd');
  expect(await saveAsKeys.allTextContents()).toEqual(['Ctrl', 'Shift', 'S']);
  // Every section's descriptions start at the same x.
  const lefts = await help.locator('.help__column').first().locator('dd').evaluateAll((dds) => [...new Set(dds.map((d) => Math.round(d.getBoundingClientRect().left)))]);
  expect(lefts).toHaveLength(1);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
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
