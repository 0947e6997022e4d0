import AxeBuilder from '@axe-core/playwright';
import { test, expect, ROUTES, ready } from './fixtures';

test.describe('every route', () => {
  for (const route of ROUTES) {
    test(`${route} renders without console errors or foreign requests, and passes axe`, async ({ page }) => {
      await page.goto(route);
      await ready(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('an unknown route shows the 404 page with ways back', async ({ page }) => {
    await page.goto('/definitely/not/here');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('/definitely/not/here')).toBeVisible();
    await page.getByRole('link', { name: 'lifecycle overview' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'The machine-learning project lifecycle' }),
    ).toBeVisible();
  });

  test('the home page draws the four stages and the loops, linking to each workspace', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const stages = page
      .getByRole('main')
      .getByRole('list')
      .filter({ has: page.getByRole('link', { name: 'Scoping' }) })
      .first();
    await expect(stages.getByRole('heading', { level: 3 })).toHaveText([
      'Scoping',
      'Data',
      'Modeling',
      'Deployment',
    ]);
    await expect(page.getByText('Monitoring finds drift: gather and label fresh data.')).toBeVisible();
    await stages.getByRole('link', { name: 'Modeling' }).click();
    await expect(page).toHaveURL(/\/modeling$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Modeling' })).toBeVisible();
  });
});
