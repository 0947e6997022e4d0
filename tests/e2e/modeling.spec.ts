import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, ready, createProject } from './fixtures';

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A project with a seeded synthetic 2-D dataset, then the modeling page. */
async function withSynthetic(page: Page, shape: string, noiseToMax = false) {
  await createProject(page, `Model ${shape}`);
  await page.goto('/data');
  await ready(page);
  await page.getByLabel('Shape').selectOption({ label: shape });
  if (noiseToMax) {
    await page.getByRole('slider', { name: 'Noise' }).focus();
    await page.keyboard.press('End');
  }
  await page.getByRole('button', { name: 'Generate and add' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added “/ })).toBeVisible();
  await page.goto('/modeling');
  await ready(page);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
}

test('train on a built-in 2-D dataset to at least 90 % validation accuracy, with boundary and confusion matrix', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await withSynthetic(page, 'Circle inside a ring');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: /^Finished \d+ epochs/ });
  await expect(status).toBeVisible({ timeout: 90_000 });
  const text = (await status.textContent())!;
  const accuracy = Number(/validation accuracy ([\d.]+) %/.exec(text)![1]);
  expect(accuracy).toBeGreaterThanOrEqual(90);
  await expect(page.getByRole('img', { name: /Decision regions of the model over x1/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Confusion matrix on \d+ validation examples/ }),
  ).toBeVisible();
  await expect(page.getByText(/Backend: (wasm|cpu|webgl)/)).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('a run can be stopped mid-way and the app stays usable', async ({ page }) => {
  test.setTimeout(120_000);
  await withSynthetic(page, 'Two spirals');
  // Batch size 1 and many epochs: long enough that the run cannot finish before Stop.
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('2000');
  await page.getByRole('spinbutton', { name: 'Batch size', exact: true }).fill('1');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Epoch [1-9]/ })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  const stopped = page.getByRole('status').filter({ hasText: /^Stopped after \d+ epochs/ });
  await expect(stopped).toBeVisible({ timeout: 30_000 });
  const epochs = Number(/Stopped after (\d+) epochs/.exec((await stopped.textContent())!)![1]);
  expect(epochs).toBeLessThan(2000);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});

test('tag misclassified examples and see the prioritization table', async ({ page }) => {
  test.setTimeout(120_000);
  await withSynthetic(page, 'Two Gaussian clusters', true);
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Finished \d+ epochs/ })).toBeVisible({
    timeout: 90_000,
  });
  const errors = page
    .getByRole('region', { name: 'Error analysis' })
    .or(page.locator('section', { has: page.getByRole('heading', { name: 'Error analysis' }) }));
  const firstInput = errors.getByLabel(/^New tag for row \d+$/).first();
  await firstInput.fill('overlap');
  await firstInput.press('Enter');
  await expect(errors.getByRole('button', { name: /^Remove tag overlap from row \d+$/ })).toBeVisible();
  await expect(
    errors
      .getByRole('table')
      .filter({ hasText: 'Potential gain' })
      .getByRole('rowheader', { name: 'overlap' }),
  ).toBeVisible();
  await page.reload();
  await ready(page);
  // Tags are kept with the project (the run's predictions are not, so train again to see them).
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('20');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Finished \d+ epochs/ })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByRole('button', { name: /^Remove tag overlap from row \d+$/ }).first()).toBeVisible();
});

test('compare two runs, save a model, reload: the model is still listed', async ({ page }) => {
  test.setTimeout(180_000);
  await withSynthetic(page, 'XOR quadrants');
  for (const epochs of ['10', '40']) {
    await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill(epochs);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `Finished ${epochs} epochs` })).toBeVisible({
      timeout: 90_000,
    });
  }
  await page.getByRole('button', { name: 'Save this model' }).click();
  await expect(page.getByText('This model is saved in this browser')).toBeVisible();
  const runs = page.locator('section', { has: page.getByRole('heading', { name: /^Runs \(2\)$/ }) });
  const boxes = runs.getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(runs.getByText(/points/).first()).toBeVisible();
  await expect(runs.getByRole('img').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.reload();
  await ready(page);
  const models = page.locator('section', { has: page.getByRole('heading', { name: 'Saved models' }) });
  // One saved model: the table has a header row and one row.
  await expect(models.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: /^Runs \(2\)$/ })).toBeVisible();
});

test("train with the data studio's split plan: dev rows validate, test rows are held out", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await withSynthetic(page, 'Circle inside a ring');
  await page.getByRole('radio', { name: /The split plan from the data studio/ }).check();
  // 400 rows at the default 60/20/20 plan.
  await expect(
    page.getByText('240 training rows, 80 validation rows, 80 test rows held out (seed 1).'),
  ).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('10');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Finished 10 epochs/ })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByRole('table', { name: 'Confusion matrix on 80 validation examples' })).toBeVisible();
});
