import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, ready, createProject } from './fixtures';

const csv = (rows: (string | number)[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n') + '\n');

/** 60 rows of a small, clean training set. */
function trainingCsv() {
  const rows: (string | number)[][] = [['age', 'color', 'score', 'bought']];
  for (let i = 0; i < 60; i++)
    rows.push([20 + (i % 40), ['red', 'green', 'blue'][i % 3]!, (i * 7) % 100, i % 2 ? 'yes' : 'no']);
  return csv(rows);
}

/** Serving data with one of each anomaly injected. */
function servingCsv() {
  const rows: (string | number)[][] = [['age', 'color', 'bought', 'extra']];
  for (let i = 0; i < 40; i++) {
    const age = i === 0 ? 'old' : i < 5 ? 99 : 25 + (i % 20);
    const color = i < 3 ? 'purple' : i < 20 ? '' : ['red', 'green', 'blue'][i % 3]!;
    rows.push([age, color, i % 2 ? 'yes' : 'no', i]);
  }
  return csv(rows);
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function upload(page: Page, label: string, name: string, buffer: Buffer) {
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer });
}

test('upload a CSV, edit its schema, validate new data and see every anomaly', async ({ page }) => {
  await createProject(page, 'Churn');
  await page.goto('/data');
  await ready(page);
  await upload(page, 'Choose a CSV file', 'customers.csv', trainingCsv());
  await expect(
    page.getByRole('status').filter({ hasText: 'Added “customers”: 60 rows × 4 columns' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Schema & statistics' }).click();
  await expect(page.getByRole('heading', { name: 'Schema of “customers”' })).toBeVisible();
  await expect(page.getByLabel('age: type')).toHaveValue('numeric');
  await expect(page.getByLabel('color: type')).toHaveValue('categorical');
  await page.getByLabel('bought: role').selectOption('label');
  await page.getByLabel('age: maximum').fill('60');
  await expect(page.getByRole('heading', { name: /^score/ })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await page.getByRole('link', { name: 'Validate' }).click();
  await upload(page, 'Choose a CSV to validate', 'serving.csv', servingCsv());
  const anomalies = page.getByRole('heading', { name: /Anomalies in “serving\.csv”/ });
  await expect(anomalies).toBeVisible();
  const list = page.locator('.anomaly-list');
  await expect(list).toContainText('Missing column');
  await expect(list).toContainText('score');
  await expect(list).toContainText('New column');
  await expect(list).toContainText('extra');
  await expect(list).toContainText('Type mismatch');
  await expect(list).toContainText('Out of range');
  await expect(list).toContainText('Unseen category');
  await expect(list).toContainText('purple');
  await expect(list).toContainText('Too many missing');
  await expect(page.getByRole('heading', { name: 'Skew and drift per column' })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // The schema edit was saved with the project.
  await page.reload();
  await ready(page);
  await page.getByRole('link', { name: 'Schema & statistics' }).click();
  await expect(page.getByLabel('bought: role')).toHaveValue('label');
});

test('a malformed CSV is refused with its line numbers and nothing changes', async ({ page }) => {
  await createProject(page, 'Ragged');
  await page.goto('/data');
  await ready(page);
  await upload(
    page,
    'Choose a CSV file',
    'ragged.csv',
    Buffer.from('a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n'),
  );
  const alert = page.getByRole('alert').filter({ hasText: '“ragged” was not added' });
  await expect(alert).toContainText(/line 3/);
  await expect(alert).toContainText('Nothing in your project changed.');
  await expect(page.getByText('No datasets yet.')).toBeVisible();
});

test('a label-consistency study from an imported CSV gives the expected κ and HLP', async ({ page }) => {
  await createProject(page, 'Labels');
  await page.goto('/data/labels');
  await ready(page);
  const a = ['y', 'y', 'y', 'y', 'y', 'n', 'n', 'n', 'n', 'n'];
  const b = ['y', 'y', 'y', 'y', 'n', 'n', 'n', 'n', 'n', 'y'];
  const rows = [['example', 'Ana', 'Ben'], ...a.map((x, i) => [`img-${i + 1}`, x, b[i]!])];
  await upload(page, 'Import labels CSV', 'labels.csv', csv(rows));
  const summary = page
    .getByRole('region', { name: 'Results' })
    .or(page.locator('section', { has: page.getByRole('heading', { name: 'Results' }) }));
  // 8 of 10 agree; chance agreement 0.5 → κ = (0.8 − 0.5) / (1 − 0.5) = 0.6.
  await expect(summary.getByText('Cohen’s κ')).toBeVisible();
  await expect(summary.getByText('0.600')).toBeVisible();
  await expect(summary.getByText('80.0 %').first()).toBeVisible();
  await expect(summary.getByText('2 of 10')).toBeVisible();
  await page.getByLabel('Agreed label for img-5').fill('y');
  await expect(page.getByText('Resolved: y')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('the split planner reproduces the course example', async ({ page }) => {
  await createProject(page, 'Splits');
  await page.goto('/data/splits');
  await ready(page);
  await page.getByRole('button', { name: 'Show the course’s case' }).click();
  const random = page.getByRole('region', { name: 'Random split' });
  const stratified = page.getByRole('region', { name: 'Stratified split' });
  const positives = (region: typeof random) =>
    region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'positive' }) });
  await expect(positives(random).getByRole('cell')).toHaveText([/^21 /, /^2 /, /^7 /, '30']);
  await expect(positives(stratified).getByRole('cell')).toHaveText([/^18 /, /^6 /, /^6 /, '30']);
  expect(await axe(page)).toEqual([]);
});

test('built-in and synthetic datasets load, and every data tab passes axe', async ({ page }) => {
  await createProject(page, 'Penguins');
  await page.goto('/data');
  await ready(page);
  await page.getByRole('button', { name: 'Add Palmer penguins' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Added “Palmer penguins”: 344 rows × 7 columns' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Generate and add' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Added “Circle inside a ring.*400 rows × 3 columns/ }),
  ).toBeVisible();
  expect(await axe(page)).toEqual([]);
  for (const tab of [
    'Schema & statistics',
    'Validate',
    'Define data',
    'Label consistency',
    'Splits',
    'Data card',
  ]) {
    await page.getByRole('navigation', { name: 'Data studio' }).getByRole('link', { name: tab }).click();
    await expect(
      page.getByRole('navigation', { name: 'Data studio' }).getByRole('link', { name: tab }),
    ).toHaveClass(/active/);
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    expect(await axe(page), tab).toEqual([]);
  }
});
