import { test, expect, ready } from './fixtures';

test.describe('when IndexedDB is unavailable', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('IndexedDB is disabled in this browser', 'SecurityError');
        },
      });
    });
  });

  test('the user is told, can keep working, and can export', async ({ page }) => {
    await page.goto('/projects');
    await ready(page);
    const banner = page.getByRole('alert').filter({ hasText: 'does not let Lifecycle Lab store data' });
    await expect(banner).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Not saving' })).toBeVisible();

    await page.getByLabel('New project name').fill('Offline notes');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Offline notes' })).toBeVisible();

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Export workbook' }).click(),
    ]);
    const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
    expect(JSON.parse(text).workbook.projects[0].name).toBe('Offline notes');
  });
});
