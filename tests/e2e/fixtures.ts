import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test gets a page that fails on console errors, page errors and any request that leaves the app's own
 * origin — the "no data leaves the page" promise, checked on every journey.
 */
export const test = base.extend<{ guard: { consoleErrors: string[]; foreignRequests: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreignRequests.push(url);
      });
      await use({ consoleErrors, foreignRequests });
      expect(foreignRequests, 'requests outside the app origin').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const ROUTES = [
  '/',
  '/learn',
  '/learn/scoping',
  '/learn/data',
  '/learn/modeling',
  '/learn/deployment',
  '/projects',
  '/scoping',
  '/data',
  '/modeling',
  '/deployment',
  '/no-such-page',
];

/** Waits until the saved workbook has been read and the page is interactive. */
export async function ready(page: Page) {
  await expect(page.getByText('Opening your workbook…')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
}

export async function createProject(page: Page, name: string) {
  await page.goto('/projects');
  await ready(page);
  await page.getByLabel('New project name').fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}
