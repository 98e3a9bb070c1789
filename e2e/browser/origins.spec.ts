/**
 * Independent origins in the claim panel, in Chromium against a real `warrant serve`: the five
 * seed articles are imported, a passage of each is linked to one claim as supporting, and the
 * panel shows that all five retell one report — "1 independent origin (The Wall Street
 * Journal)" — with the evidence grouped by origin, each tie's reason, and the one-origin
 * warning. Grading the origin's reliability changes the suggested rating, which sets the
 * researcher's own rating only when they click "Use this". Screenshot of the panel.
 */
import { join } from 'node:path';
import { closeToasts, expect, SEEDS, SEEDS_MISSING, test } from '../serve-fixture.js';
import { CLAIM, createProjectWithSeeds, giveName, openArticleWith, openClaim, PASSAGES, selectPhrase } from './annotation-steps.js';

test.skip(!SEEDS, SEEDS_MISSING);

test('five seed articles supporting a claim are one independent origin, grouped with reasons, graded, and rated by suggestion', async ({ page, served }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto(served.url);
  await createProjectWithSeeds(page, join(served.dir, 'Origins.warrant'), 'Origins');

  await page.getByTestId('new-claim-input').fill(CLAIM);
  await page.getByTestId('new-claim-input').press('Enter');
  await giveName(page, 'Ada Researcher');
  await expect(page.getByTestId('active-claim')).toContainText(CLAIM);
  for (const phrase of PASSAGES) {
    await openArticleWith(page, phrase);
    await selectPhrase(page, phrase);
    await expect(page.getByTestId('selection-toolbar')).toBeVisible();
    // L links the selection to the active claim as supporting.
    await page.keyboard.press('l');
    await expect(page.getByTestId('selection-toolbar')).toBeHidden();
  }

  await openClaim(page, CLAIM);
  const detail = page.getByTestId('claim-detail');
  // Five articles, but one report behind them all.
  await expect(detail.getByTestId('evidence-summary-line')).toHaveText('5 passages · 5 articles · 1 independent origin (The Wall Street Journal)', { timeout: 30_000 });
  const groups = detail.getByTestId('origin-group');
  await expect(groups).toHaveCount(1);
  const wsj = groups.first();
  await expect(wsj.getByTestId('origin-name')).toHaveText('The Wall Street Journal');
  await expect(wsj.getByTestId('origin-name')).toHaveAttribute('dir', 'auto');
  await expect(wsj.getByTestId('origin-passage')).toHaveCount(5);
  // Why: the articles that name the Journal, and the one that names no source, tied by its facts.
  const reasons = wsj.getByTestId('origin-reason');
  await expect(reasons.filter({ hasText: /Wall Street Journal/i }).first()).toBeVisible();
  await expect(reasons.first()).toHaveAttribute('data-kind', 'attribution');
  await expect(detail.getByTestId('origin-warning')).toContainText('All 5 supporting articles go back to one origin, The Wall Street Journal');

  // Ungraded, one origin is thin support: the suggestion says so and leaves my rating alone.
  const suggested = detail.getByTestId('suggested-rating');
  await expect(suggested).toHaveAttribute('data-rating', 'weak');
  await expect(detail.getByTestId('my-rating').getByTestId('rating-badge')).toHaveAttribute('data-rating', 'unrated');

  // Grade the Journal "usually reliable" (keyboard-reachable select, labelled by the publisher).
  const grade = wsj.getByTestId('origin-reliability');
  await expect(grade).toHaveAccessibleName('Reliability of The Wall Street Journal');
  await grade.selectOption('B');
  await expect(suggested).toHaveAttribute('data-rating', 'moderate');
  await expect(detail.getByTestId('suggested-explanation')).toHaveText(
    'Supported by 5 passages, but all from 1 independent origin (The Wall Street Journal, reliability B); no passage refutes it → Moderate (one reliable origin; independent confirmation would make it strong).',
  );
  await expect(detail.getByTestId('my-rating').getByTestId('rating-badge')).toHaveAttribute('data-rating', 'unrated');

  // Grade one passage's credibility; the evidence list shows the Admiralty code beside it.
  await wsj.getByTestId('credibility-picker').first().selectOption('3');
  await expect(detail.getByTestId('admiralty-code').first()).toHaveText('3');

  // The suggestion becomes my rating only when I click.
  await detail.getByTestId('use-suggested-rating').click();
  await expect(detail.getByTestId('my-rating').getByTestId('rating-badge')).toHaveAttribute('data-rating', 'moderate');
  await expect(detail.getByTestId('use-suggested-rating')).toBeDisabled();

  // The screenshot: the claim panel with room (the last highlight closed, no toast), from the suggested rating down.
  const back = page.getByTestId('highlight-back');
  if (await back.isVisible()) await back.click();
  await closeToasts(page);
  await suggested.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'docs/screenshot-origins.png' });

  // One undo takes the rating back; the next the credibility grade, then the reliability grade.
  await page.getByTestId('undo').click();
  await expect(detail.getByTestId('my-rating').getByTestId('rating-badge')).toHaveAttribute('data-rating', 'unrated');
  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await expect(suggested).toHaveAttribute('data-rating', 'weak');
});
