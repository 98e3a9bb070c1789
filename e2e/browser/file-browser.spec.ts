/**
 * Warrant's own file browser in the browser (`warrant serve`): New by browsing to a folder and
 * typing a name, Open by browsing with the keyboard only, and nothing outside the folders the
 * server may use is ever listed.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../serve-fixture.js';

test('New and Open by browsing: breadcrumbs, folders, project files, keyboard; nothing outside the allowed folders', async ({ page, served }) => {
  const cases = join(served.dir, 'cases');
  await mkdir(join(cases, 'tariffs'), { recursive: true });
  await page.goto(served.url);

  // New: browse from the places the server may use into cases/tariffs, then type a name.
  await page.getByRole('button', { name: 'New project…' }).click();
  const dialog = page.getByTestId('path-dialog');
  const list = dialog.getByTestId('browse-list');
  await dialog.getByTestId('browse-places').click();
  const places = dialog.getByTestId('browse-entry');
  // Only allowed folders: the test's folder among them, never the file system's root.
  await expect(places.filter({ hasText: served.dir.split('/').pop()! })).toHaveCount(1);
  await expect(places.filter({ hasText: /^\/$/ })).toHaveCount(0);
  await places.filter({ hasText: served.dir }).first().click();
  await list.getByRole('option', { name: /cases/ }).click();
  await list.getByRole('option', { name: /tariffs/ }).click();
  await expect(dialog.getByTestId('browse-crumb')).toHaveText([served.dir.split('/').pop()!, 'cases', 'tariffs']);
  await dialog.getByTestId('path-name').fill('Water bills.warrant');
  await dialog.screenshot({ path: test.info().outputPath('new-project.png') });
  await expect(dialog.getByTestId('path-input')).toHaveValue(join(cases, 'tariffs', 'Water bills.warrant'));
  await dialog.getByTestId('path-confirm').click();
  await expect(page.getByTestId('project-name')).toHaveText('Water bills');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  // Open with the keyboard only: the list is one Tab stop, arrows move, Enter goes in or opens.
  await page.getByRole('button', { name: 'Open project…' }).click();
  await expect(dialog.getByTestId('path-input')).toBeFocused();
  await dialog.getByTestId('browse-places').click();
  await list.focus();
  // Type-ahead to the test's folder among the places, then into it.
  const testFolder = served.dir.split('/').pop()!;
  await page.keyboard.press(testFolder[0]!);
  await expect(list.getByRole('option', { selected: true })).toContainText(testFolder);
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('browse-crumb').last()).toHaveText(testFolder);
  await expect(list.getByRole('option', { selected: true })).toContainText('cases');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('browse-crumb').last()).toHaveText('cases');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('browse-crumb').last()).toHaveText('tariffs');
  await expect(list.getByRole('option')).toHaveText([/Water bills\.warrant/]);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByTestId('path-input')).toHaveValue(join(cases, 'tariffs', 'Water bills.warrant'));
  // Backspace goes up a folder and back down again is Enter; a new project file and a folder
  // made meanwhile are there when the folder is listed again.
  const made = join(cases, 'tariffs', 'Water bills (Ben).warrant');
  await copyFile(join(cases, 'tariffs', 'Water bills.warrant'), made);
  await mkdir(join(cases, 'tariffs', 'Council papers'));
  await page.keyboard.press('Backspace');
  await expect(dialog.getByTestId('browse-crumb').last()).toHaveText('cases');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('browse-crumb').last()).toHaveText('tariffs');
  await expect(list.getByRole('option')).toHaveText([/Council papers/, /Water bills \(Ben\)\.warrant/, /Water bills\.warrant/]);
  await page.keyboard.press('End');
  await expect(dialog.getByTestId('path-input')).toHaveValue(join(cases, 'tariffs', 'Water bills.warrant'));
  await dialog.screenshot({ path: 'docs/screenshot-file-browser.png' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('project-name')).toHaveText('Water bills');
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
});

test('a typed path outside the allowed folders is refused by name, and the browser stays inside', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'Open project…' }).click();
  const dialog = page.getByTestId('path-dialog');
  // Up from an allowed folder stops at the places list; it never shows the folder above.
  await dialog.getByTestId('browse-places').click();
  await expect(dialog.getByTestId('browse-up')).toBeDisabled();
  await dialog.getByTestId('path-input').fill('/etc/passwd.warrant');
  await dialog.getByTestId('path-confirm').click();
  await expect(page.getByTestId('error-alert')).toContainText('is outside the folders this server may use');
});
