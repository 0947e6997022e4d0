import { test, expect, ROUTES, ready } from './fixtures';

// Runs in the "phone" project (375 px wide) and the desktop one (1280 × 720, a projector).
for (const route of ROUTES) {
  test(`${route} fits the viewport without horizontal scrolling`, async ({ page }) => {
    await page.goto(route);
    await ready(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
