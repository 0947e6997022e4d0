import { test, expect, ready } from './fixtures';

test('read lessons in order, mark one done, and see it on the course map and the home page', async ({
  page,
}) => {
  await page.goto('/learn');
  await ready(page);
  await expect(page.getByRole('heading', { level: 2, name: /Course 1/ })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Scoping/ })
    .click();
  await expect(page).toHaveURL(/\/learn\/scoping$/);

  await page.getByLabel('I have finished this lesson').check();
  await page.getByRole('link', { name: /^Next: / }).click();
  await expect(page).toHaveURL(/\/learn\/data$/);
  await page.getByRole('link', { name: /^← Previous: / }).click();
  await expect(page).toHaveURL(/\/learn\/scoping$/);
  await expect(page.getByLabel('I have finished this lesson')).toBeChecked();

  await page.goto('/learn');
  const card = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: /^Scoping/ }) });
  await expect(card.getByText('Done', { exact: true })).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(card.getByText('Done', { exact: true })).toBeVisible();
  await page.goto('/');
  const scoping = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Scoping' }) });
  await expect(scoping.getByText('1 of 2 done')).toBeVisible();
});

test('a lesson widget works from the keyboard', async ({ page }) => {
  await page.goto('/learn/data');
  await ready(page);
  const slider = page.getByRole('slider', { name: /Labelers who follow convention A/ });
  await expect(slider).toBeVisible();
  await expect(page.getByText('58.0 %')).toBeVisible();
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByText('100.0 %').first()).toBeVisible();
});

test('an unknown lesson id says so', async ({ page }) => {
  await page.goto('/learn/not-a-lesson');
  await expect(page.getByRole('heading', { name: 'No such lesson' })).toBeVisible();
});

test('lesson math is typeset with KaTeX and the skewed-data widget tells the print("0") story', async ({
  page,
}) => {
  await page.goto('/learn/modeling');
  await ready(page);
  await expect(page.locator('.katex').first()).toBeVisible();
  const widget = page.getByRole('region', { name: 'Always-negative baseline on skewed data' });
  await expect(widget.getByRole('definition').first()).toHaveText('99.7 %');
});
