/**
 * The status tells the truth, in Chromium against a real `warrant serve`: a failed save shows one
 * alert (not one per attempt, and "Could not close" joins it), the badge says "Not saved", and
 * once the save works again the alert goes and the badge says "Saved". When the server stops, the
 * badge says so; when the page reaches it again, it recovers by itself.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../serve-fixture.js';
import { giveName } from './annotation-steps.js';

test('a failed save is one alert beside "Not saved"; once saving works, the alert goes and the badge says Saved', async ({ page, served }) => {
  const folder = join(served.dir, 'study');
  await mkdir(folder);
  await page.goto(served.url);
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByTestId('path-input').fill(join(folder, 'Status.warrant'));
  await page.getByTestId('path-confirm').click();
  await expect(page.getByTestId('project-name')).toHaveText('Status');
  const badge = page.getByTestId('save-status');
  const input = page.getByTestId('new-claim-input');
  await input.fill('The tariff rose by 9%');
  await input.press('Enter');
  await giveName(page, 'Grace');
  await expect(badge).toHaveText(/^Saved/);

  // The project's folder goes away and a file takes its place: every save now fails.
  await rename(folder, `${folder}-away`);
  await writeFile(folder, 'not a folder');
  await input.fill('The plant cost £52m');
  await input.press('Enter');
  await expect(badge).toHaveText('Not saved');
  await expect(page.getByTestId('save-error')).toBeVisible();
  await expect(page.getByTestId('save-error')).toContainText('a part of the path is not a folder');
  // Saving by hand, twice, and trying to close: the banner says it once; no alert repeats it.
  const alerts = page.getByTestId('error-alert');
  await page.keyboard.press('Control+s');
  await page.keyboard.press('Control+s');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByTestId('project-name')).toHaveText('Status');
  await expect(page.getByTestId('save-error')).toHaveCount(1);
  await expect(alerts).toHaveCount(0);
  // Another problem meanwhile is an alert of its own, below the header: the toolbar stays clear.
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('path-input').fill(join(served.dir, 'Missing.warrant'));
  await page.getByTestId('path-confirm').click();
  await expect(alerts).toHaveCount(1);
  const header = await page.locator('header').first().boundingBox();
  const alert = await alerts.boundingBox();
  expect(alert!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  await page.screenshot({ path: test.info().outputPath('save-failed.png') });
  await alerts.getByRole('button', { name: 'Dismiss' }).click();

  // The folder is back: Try again saves, the alert goes, the badge says Saved.
  await rm(folder);
  await rename(`${folder}-away`, folder);
  await page.getByTestId('save-error').getByRole('button', { name: 'Try again' }).click();
  await expect(badge).toHaveText(/^Saved/);
  await expect(alerts).toHaveCount(0);
  await expect(page.getByTestId('save-error')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('save-recovered.png') });
});

test('the badge says when the server is not answering, one alert for what failed meanwhile, and recovers when it answers', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByTestId('path-input').fill(join(served.dir, 'Offline.warrant'));
  await page.getByTestId('path-confirm').click();
  const badge = page.getByTestId('save-status');
  const input = page.getByTestId('new-claim-input');
  await input.fill('Crab landings fell 34%');
  await input.press('Enter');
  await giveName(page, 'Grace');
  await expect(badge).toHaveText(/^Saved/);

  // The page loses the server (the network is cut): the badge stops saying Saved.
  await page.context().setOffline(true);
  await input.fill('The survey covered one cold spring');
  await input.press('Enter');
  await expect(badge).toHaveText('Server not answering');
  await expect(badge).toHaveAttribute('data-state', 'offline');
  await input.fill('The mayor promised a cup of coffee a month');
  await input.press('Enter');
  const alerts = page.getByTestId('error-alert');
  await expect(alerts).toHaveCount(1);
  await expect(alerts).toContainText('not answering');
  await page.screenshot({ path: test.info().outputPath('server-not-answering.png') });

  // It answers again: the badge and the alert follow by themselves.
  await page.context().setOffline(false);
  await expect(badge).toHaveText(/^Saved/);
  await expect(alerts).toHaveCount(0);

  // The server stops for good: the event stream closes and the badge says so.
  await served.stop();
  await expect(badge).toHaveText('Server not answering');
  await page.screenshot({ path: test.info().outputPath('server-stopped.png') });
});
