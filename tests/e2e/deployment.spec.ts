import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, ready, createProject } from './fixtures';

// The production simulator runs in a worker. Playback follows the wall clock, so every journey pauses first
// and then moves simulated time with "Step 1 s" / "Fast-forward 30 s", which are deterministic (seeded).
// Snapshots arrive every ~150 ms: assertions poll.

// Desktop project only: the phone project matches responsive.spec.ts alone (which visits /deployment too).

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function tabTo(page: Page, target: Locator, max = 200) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

const clock = (page: Page) => page.getByRole('group', { name: 'Simulation clock' });

/** "12.3 s" → 12.3 */
const seconds = (text: string | null) => Number(/(-?[\d.]+) s/.exec(text ?? '')?.[1] ?? NaN);
/** "91.2 %" → 91.2, "—" → NaN */
const percent = (text: string | null) => Number(/([\d.]+) %/.exec(text ?? '')?.[1] ?? NaN);

async function simTime(page: Page): Promise<number> {
  return seconds(await page.getByTestId('sim-time').textContent());
}

/** Opens the studio and waits until the simulator is ready (the clock's buttons are enabled). */
async function openStudio(page: Page, url = '/deployment') {
  await page.goto(url);
  await ready(page);
  await expect(clock(page).getByRole('button', { name: 'Fast-forward 30 s' })).toBeEnabled({
    timeout: 30_000,
  });
}

async function pause(page: Page) {
  await clock(page).getByRole('button', { name: 'Pause' }).click();
  await expect(clock(page).getByRole('button', { name: 'Play' })).toBeVisible();
}

/** Advances the paused clock and waits for the snapshot that shows the new time. */
async function advance(page: Page, button: 'Fast-forward 30 s' | 'Step 1 s', timeout = 30_000) {
  const before = await simTime(page);
  const by = button === 'Step 1 s' ? 1 : 30;
  await clock(page).getByRole('button', { name: button }).click();
  await expect.poll(() => simTime(page), { timeout }).toBeCloseTo(before + by, 1);
}

const perfPanel = (page: Page) => page.getByRole('region', { name: 'Model performance' });

/** A figure of the performance monitor ("Accuracy (window)", "Estimated without labels"), in percent. */
async function figure(page: Page, term: string): Promise<number> {
  const dd = perfPanel(page)
    .locator('.monitor-figures > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${term.replace(/[()]/g, '\\$&')}$`) }) })
    .locator('dd');
  return percent(await dd.textContent());
}

const alertList = (page: Page) => page.getByRole('list', { name: 'Alerts', exact: true });

/**
 * Every listed alert's head, newest first: "t = 25.0 s | data drift | PSI | vibration | 0.412 vs threshold above
 * 0.200".
 */
async function alertHeads(page: Page): Promise<string[]> {
  if ((await alertList(page).count()) === 0) return [];
  return alertList(page)
    .locator('.monitor-alert-head')
    .evaluateAll((heads) => heads.map((h) => [...h.children].map((c) => c.textContent!.trim()).join(' | ')));
}

test('an empty workbook opens straight into the running demo', async ({ page }) => {
  await openStudio(page);
  await expect(page.getByRole('heading', { name: 'Production simulator' })).toBeVisible();
  // Playback starts by itself.
  await expect.poll(() => simTime(page), { timeout: 15_000 }).toBeGreaterThan(1);
  await expect(clock(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  // Labels arrive 3 s late; then the monitor shows a windowed accuracy.
  await expect.poll(() => figure(page, 'Accuracy (window)'), { timeout: 20_000 }).toBeGreaterThan(50);
  await expect(
    page.getByRole('option', { name: 'Demo: production line with the shipped model' }),
  ).toHaveCount(1);
  await expect(page.getByLabel('What runs')).toHaveValue('demo');
});

test('data drift: +2 SD on vibration fires a PSI / Jensen–Shannon alert naming vibration', async ({
  page,
}) => {
  await openStudio(page);
  await pause(page);
  const slider = page.getByRole('slider', { name: /^Mean shift of vibration/ });
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('2');
  await expect(slider).toHaveAttribute('aria-valuetext', '+2.0 SD');
  await advance(page, 'Fast-forward 30 s');
  await expect
    .poll(() => alertHeads(page))
    .toContainEqual(expect.stringMatching(/data drift \| (PSI|Jensen–Shannon) \| vibration \|/));
  const row = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'vibration' }) });
  await expect(row).toContainText('over threshold');
  // Only vibration moved.
  await expect(
    page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'pressure' }) }),
  ).not.toContainText('over threshold');
});

test('concept drift hides from the label-free estimate, and a retrain + deploy recovers', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openStudio(page);
  await pause(page);
  const slider = page.getByRole('slider', { name: /^Boundary rotation/ });
  await slider.focus();
  for (let i = 0; i < 80; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('80');
  await advance(page, 'Fast-forward 30 s');
  await advance(page, 'Fast-forward 30 s');
  expect(await figure(page, 'Accuracy (window)')).toBeLessThan(80);
  expect(await figure(page, 'Estimated without labels')).toBeGreaterThan(80);
  await expect(perfPanel(page).getByRole('status')).toContainText('signature of concept drift');
  expect(await alertHeads(page)).toContainEqual(expect.stringMatching(/\| concept drift \|/));

  // Retrain on the last 30 s of (drifted) labels, deploy the candidate, and accuracy comes back.
  await page.getByRole('button', { name: 'Retrain on the last 30 s' }).click();
  await expect(page.locator('.sim-notices')).toContainText(/is ready as the candidate\./, {
    timeout: 30_000,
  });
  const deploy = page.getByRole('button', { name: 'Deploy candidate now' });
  await expect(deploy).toBeEnabled();
  await deploy.click();
  await expect(page.getByRole('button', { name: 'Roll back' })).toBeEnabled();
  await advance(page, 'Fast-forward 30 s');
  expect(await figure(page, 'Accuracy (window)')).toBeGreaterThan(80);
});

test('a worse canary is rolled back by itself', async ({ page }) => {
  test.setTimeout(90_000);
  await openStudio(page);
  await page.getByLabel('What runs').selectOption('scenario:canary-rollback');
  await expect(page.getByText(/A new labelling contractor mislabels/)).toBeVisible();
  await expect(clock(page)).toContainText('of 120 s');
  await expect(clock(page).getByRole('button', { name: 'Pause' })).toBeEnabled({ timeout: 30_000 });
  await pause(page);
  for (let i = 0; i < 4; i++) await advance(page, 'Fast-forward 30 s', 45_000);
  expect(await simTime(page)).toBeGreaterThan(120);
  expect(await alertHeads(page)).toContainEqual(expect.stringMatching(/\| deployment \| Canary rollback/));
  await expect(alertList(page)).toContainText(/Canary rolled back automatically\. Candidate accuracy/);
  // The deploy panel keeps showing how the canary ended.
  await expect(page.getByText(/Canary rolled back at t = \d+\.\d s\./)).toBeVisible();
});

test('a scenario share link reproduces the same alerts at the same simulated times', async ({ page }) => {
  test.setTimeout(90_000);
  await openStudio(page);
  await page.getByLabel('What runs').selectOption('scenario:sudden-data-drift');
  await expect(clock(page)).toContainText('of 90 s');
  await expect(clock(page).getByRole('button', { name: 'Pause' })).toBeEnabled({ timeout: 30_000 });
  await pause(page);
  expect(await simTime(page)).toBeLessThan(20);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const url = (await page.locator('.share-url code').textContent())!;
  expect(url).toMatch(/\/deployment#sim=/);

  /** Alerts up to t = 60 s: both runs pass it, whatever fraction of a second each played before the pause. */
  const upTo60 = async (p: Page) => {
    await advance(p, 'Fast-forward 30 s');
    await advance(p, 'Fast-forward 30 s');
    expect(await simTime(p)).toBeGreaterThanOrEqual(60);
    return (await alertHeads(p))
      .filter((a) => seconds(a) <= 60)
      .filter((a) => !a.includes('Latency p95')) // the one wall-clock quantity
      .reverse();
  };
  const first = await upTo60(page);
  expect(first).toContainEqual(expect.stringMatching(/data drift \| (PSI|Jensen–Shannon) \| vibration \|/));

  const other = await page.context().newPage();
  const errors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  other.on('pageerror', (e) => errors.push(e.message));
  await openStudio(other, url);
  await expect(other.getByLabel('What runs')).toHaveValue('scenario:sudden-data-drift');
  await pause(other);
  expect(await simTime(other)).toBeLessThan(20);
  expect(await upTo60(other)).toEqual(first);
  expect(errors).toEqual([]);
  await other.close();
});

test('a malformed share link says so and the demo runs instead', async ({ page }) => {
  await page.goto('/deployment#sim=v1.garbage.xx');
  await ready(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toBeVisible();
  await expect(page.getByLabel('What runs')).toHaveValue('demo');
  await expect.poll(() => simTime(page), { timeout: 15_000 }).toBeGreaterThan(1);
});

test('presenter mode is driven from the keyboard alone', async ({ page }) => {
  await openStudio(page);
  const enter = page.getByRole('button', { name: 'Presenter mode' });
  await tabTo(page, enter);
  await page.keyboard.press('Enter');
  const presenter = page.getByRole('dialog', { name: 'Production line sensors (synthetic)' });
  await expect(presenter).toBeVisible();
  const clockText = presenter.locator('.presenter-clock');
  const time = async () => seconds(await page.getByTestId('presenter-time').textContent());

  // Space toggles: playing → paused (the time stops), and back.
  await expect(clockText).toContainText('playing');
  await page.keyboard.press(' ');
  await expect(clockText).toContainText('paused');
  const t0 = await time();
  await page.keyboard.press('ArrowRight');
  await expect.poll(time).toBeCloseTo(t0 + 1, 1);
  await page.keyboard.press(' ');
  await expect(clockText).toContainText('playing');
  await expect.poll(time).toBeGreaterThan(t0 + 1.5);

  // ? opens the help, Esc closes only the help.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const key of ['Space', '→', 'r', '1–9', '?', 'Esc'])
    await expect(
      help.getByRole('term').filter({ hasText: new RegExp(`^${key.replace('?', '\\?')}$`) }),
    ).toHaveCount(1);
  await expect(help.getByRole('listitem').filter({ hasText: /^2 Gradual concept drift/ })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(presenter).toBeVisible();

  // 2 starts the second scenario: its first caption appears.
  await page.keyboard.press('2');
  await expect(page.locator('.presenter-caption')).toContainText('the line runs as in training', {
    timeout: 30_000,
  });
  expect(await axe(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Production simulator' })).toBeVisible();
  await expect(page.getByLabel('What runs')).toHaveValue('scenario:gradual-concept-drift');
});

test('the studio passes axe once the demo has produced a snapshot', async ({ page }) => {
  await openStudio(page);
  await pause(page);
  await advance(page, 'Fast-forward 30 s');
  await expect(perfPanel(page)).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('at 375 px the running studio and the presenter view fit without horizontal scrolling', async ({
  page,
}) => {
  // The phone project runs responsive.spec.ts only, which may measure before the simulator is ready; this
  // measures with every panel drawn.
  await page.setViewportSize({ width: 375, height: 740 });
  await openStudio(page);
  await pause(page);
  await advance(page, 'Fast-forward 30 s');
  await expect(page.getByRole('region', { name: 'Input metrics' })).toBeVisible();
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.getByTestId('presenter-time')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  expect(
    await page.locator('.presenter').evaluate((el) => el.scrollWidth - el.clientWidth),
  ).toBeLessThanOrEqual(0);
});

test("a learner serves their own saved model: fresh points from its synthetic dataset's generator", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createProject(page, 'Serve my model');
  await page.goto('/data');
  await ready(page);
  await page.getByLabel('Shape').selectOption({ label: 'Circle inside a ring' });
  await page.getByRole('button', { name: 'Generate and add' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added “/ })).toBeVisible();
  await page.goto('/modeling');
  await ready(page);
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('60');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Finished 60 epochs' })).toBeVisible({
    timeout: 90_000,
  });
  await page.getByRole('button', { name: 'Save this model' }).click();
  await expect(page.getByText('This model is saved in this browser')).toBeVisible();

  await openStudio(page);
  const picker = page.getByLabel('What runs');
  const option = picker.locator('option[value^="saved:"]');
  await expect(option).toHaveCount(1);
  await picker.selectOption((await option.getAttribute('value'))!);
  await expect(page.getByRole('heading', { name: 'Production simulator' })).toBeVisible();
  await expect(clock(page).getByRole('button', { name: 'Pause' })).toBeEnabled({ timeout: 30_000 });
  await pause(page);
  await advance(page, 'Fast-forward 30 s');
  // The model's own inputs are monitored and it serves its own classes accurately.
  await expect(page.getByRole('button', { name: 'x1', exact: true })).toBeVisible();
  expect(await figure(page, 'Accuracy (window)')).toBeGreaterThan(85);
  // Data drift on x1 is caught and named.
  await page.getByLabel('Mean shift of x1').focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
  await advance(page, 'Fast-forward 30 s');
  await expect(alertList(page)).toContainText(/x1/);
  // The project remembers the model it served: after a reload the demo runs and the model is one click away.
  await openStudio(page);
  await page.getByRole('button', { name: 'Serve it again' }).click();
  await expect(picker).toHaveValue(/^saved:/);
  await expect(page.getByRole('button', { name: 'Serve it again' })).toHaveCount(0);
});
