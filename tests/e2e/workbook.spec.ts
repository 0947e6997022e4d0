import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, ready, createProject } from './fixtures';

async function download(page: Page, buttonName: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).first().click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

const withoutTimestamp = (text: string) => {
  const { exportedAt: _ignored, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
};

test('create a project, edit a field, reload: the value is still there', async ({ page }) => {
  await createProject(page, 'Voice search');
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('link', { name: 'Define data' }).click();
  const notes = page.getByRole('textbox', { name: 'Notes', exact: true });
  await notes.fill('x = 10 s audio clip; y = transcript');
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(
    'x = 10 s audio clip; y = transcript',
  );
  await expect(page.getByRole('combobox', { name: 'Project' })).toHaveValue(/.+/);
  await expect(page.getByRole('combobox', { name: 'Project' }).locator('option:checked')).toHaveText(
    'Voice search',
  );
});

test('export the workbook, delete everything, import it back: identical', async ({ page }) => {
  await createProject(page, 'Defect inspection');
  await page.getByRole('link', { name: 'Scoping', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Notes', exact: true })
    .fill('Unstructured × new: lean on human-level performance.');
  await page.goto('/learn/scoping');
  await page.getByLabel('I have finished this lesson').check();
  await page.goto('/projects');
  await ready(page);
  const before = await download(page, 'Export workbook');
  expect(before.name).toMatch(/^lifecycle-lab-workbook-\d{4}-\d{2}-\d{2}\.json$/);

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No projects yet.')).toBeVisible();
  await page.getByLabel('Choose a file to import').setInputFiles(before.path);
  await expect(
    page.getByRole('status').filter({ hasText: 'Import finished: 1 project added.' }),
  ).toBeVisible();

  const after = await download(page, 'Export workbook');
  expect(withoutTimestamp(after.text)).toEqual(withoutTimestamp(before.text));
});

test('a corrupt JSON import shows the error and leaves the workbook intact', async ({ page }) => {
  await createProject(page, 'Churn');
  const before = await download(page, 'Export workbook');
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "lifecycle-lab/workbook", "workbook": {'),
  });
  const alert = page.getByRole('alert').filter({ hasText: '“broken.json” was not imported.' });
  await expect(alert).toContainText('truncated');
  await expect(alert).toContainText('Your workbook is unchanged.');
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'This is not a Lifecycle Lab file: it has no "format" field.',
  );
  await page.reload();
  await ready(page);
  const after = await download(page, 'Export workbook');
  expect(withoutTimestamp(after.text)).toEqual(withoutTimestamp(before.text));
});

test('importing a project whose id exists asks, and "as copies" keeps both', async ({ page }) => {
  await createProject(page, 'Recommender');
  const exported = await download(page, 'Export JSON');
  expect(exported.name).toBe('recommender.lifecycle-lab.json');
  await page.getByLabel('Choose a file to import').setInputFiles(exported.path);
  const dialog = page.getByRole('alertdialog', { name: 'Some projects already exist' });
  await expect(dialog).toContainText('“Recommender”');
  await dialog.getByRole('button', { name: 'Import as copies' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Recommender', 'Recommender (imported)']);
});

test('projects can be renamed, duplicated, switched and deleted with undo', async ({ page }) => {
  await createProject(page, 'First');
  await createProject(page, 'Second');
  const first = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'First', exact: true }) });
  await first.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name for First').fill('Demand forecast');
  await page.keyboard.press('Enter');
  const renamed = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Demand forecast', exact: true }) });
  await renamed.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'Demand forecast',
    'Demand forecast (copy)',
    'Second',
  ]);
  await renamed.getByRole('button', { name: 'Make active' }).click();
  await expect(page.getByRole('combobox', { name: 'Project' }).locator('option:checked')).toHaveText(
    'Demand forecast',
  );
  await renamed.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Demand forecast (copy)', 'Second']);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'Demand forecast',
    'Demand forecast (copy)',
    'Second',
  ]);
  await expect(page.getByRole('combobox', { name: 'Project' }).locator('option:checked')).toHaveText(
    'Demand forecast',
  );
});
