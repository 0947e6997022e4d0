import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';

/** Moves focus with Tab (never the mouse) until `target` has it. */
async function tabTo(page: Page, target: Locator, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

async function fromTemplate(page: Page, title: string) {
  await page.goto('/scoping');
  await ready(page);
  await page.getByLabel('Template', { exact: true }).first().selectOption({ label: title });
  await page.getByRole('button', { name: 'Create project from template' }).first().click();
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('fill a blank canvas from the keyboard only, reload, and find everything', async ({ page }) => {
  // Reaching every field with Tab is slow by nature (hundreds of key presses); give it room on a 2-core CI.
  test.setTimeout(180_000);
  await page.goto('/scoping');
  await ready(page);
  // Choose the blank template and create the project with the keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Create project from template' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scoping: New scoping project' })).toBeVisible();

  await typeInto(
    page,
    page.getByLabel('The problem, in business terms'),
    'Voice searches fail for many shoppers',
  );
  await typeInto(page, page.getByLabel('Who has this problem?'), 'Mobile shoppers');
  await typeInto(page, page.getByLabel('What does it cost today?'), 'About 3 % of searches abandoned');
  await tabTo(page, page.getByRole('button', { name: 'Add a solution' }));
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Solution 1: name'), 'Better ASR');
  await typeInto(
    page,
    page.getByLabel('Solution 1: what would the system predict, and from what?'),
    'Transcript from audio',
  );
  // Radio groups: Tab enters the group, arrow keys choose.
  await tabTo(page, page.getByRole('group', { name: 'Better ASR: kind of data' }).getByRole('radio').first());
  await page.keyboard.press('Space');
  await tabTo(
    page,
    page.getByRole('group', { name: 'Better ASR: is the problem new?' }).getByRole('radio').first(),
  );
  await page.keyboard.press('ArrowDown');
  await typeInto(page, page.getByLabel('Better ASR: human-level performance'), '95 % word accuracy');
  await tabTo(
    page,
    page
      .getByRole('group', { name: 'Better ASR: do we have predictive features?' })
      .getByRole('radio')
      .first(),
  );
  await page.keyboard.press('Space');
  await typeInto(page, page.getByLabel('Better ASR: why (or why not)?'), 'The audio carries the words');
  await typeInto(page, page.getByLabel('Current error', { exact: true }), '12');
  await typeInto(page, page.getByLabel('Human-level error', { exact: true }), '8');
  await tabTo(page, page.getByRole('slider', { name: /Share of the gap/ }));
  await page.keyboard.press('ArrowRight');
  await tabTo(page, page.getByRole('button', { name: 'Start a ladder for Better ASR' }));
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Better ASR: rung 2 moves per unit of rung 1'), '0.75');
  await tabTo(
    page,
    page
      .getByRole('group', { name: 'Could anyone be harmed by the system or by its mistakes?' })
      .getByRole('radio')
      .first(),
  );
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Add ML metric' }));
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('ML metrics 1: metric'), 'Word error rate');
  await typeInto(page, page.getByLabel('ML metrics 1: target'), 'below 8 %');
  await tabTo(page, page.getByRole('button', { name: 'Add business metric' }));
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Business metrics 1: metric'), 'Searches per user');
  await tabTo(page, page.getByLabel('Business metrics 1: moved by ML metric'));
  await page.keyboard.press('ArrowDown');
  await typeInto(page, page.getByLabel('People', { exact: true }), '2 ML engineers');
  await tabTo(page, page.getByRole('button', { name: 'Add milestone' }));
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Milestone 1', { exact: true }), 'Shadow deployment');
  await typeInto(page, page.getByLabel('Milestone 1: date'), '03012027');

  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByLabel('The problem, in business terms')).toHaveValue(
    'Voice searches fail for many shoppers',
  );
  await expect(page.getByLabel('What does it cost today?')).toHaveValue('About 3 % of searches abandoned');
  await expect(page.getByLabel('Solution 1: what would the system predict, and from what?')).toHaveValue(
    'Transcript from audio',
  );
  await expect(
    page.getByRole('group', { name: 'Better ASR: kind of data' }).getByLabel(/^Unstructured/),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Better ASR: is the problem new?' }).getByLabel(/^Existing/),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Better ASR: do we have predictive features?' }).getByLabel('Yes'),
  ).toBeChecked();
  await expect(page.getByLabel('Human-level error', { exact: true })).toHaveValue('8');
  await expect(page.getByRole('slider', { name: /Share of the gap/ })).toHaveValue('0.35');
  await expect(page.getByLabel('Better ASR: rung 2 moves per unit of rung 1')).toHaveValue('0.75');
  await expect(page.getByText('+0.75 points')).toBeVisible();
  await expect(
    page.getByLabel('Business metrics 1: moved by ML metric').locator('option:checked'),
  ).toHaveText('Word error rate');
  await expect(page.getByLabel('Milestone 1: date')).toHaveValue('2027-03-01');
  await expect(page.getByLabel('People', { exact: true })).toHaveValue('2 ML engineers');
  await expect(page.getByText('8 of 8 filled')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Scoping steps' })).toContainText('Business problem 3/3');
});

test('create from a template and export its Markdown', async ({ page }) => {
  await fromTemplate(page, 'Speech recognition for voice search');
  await expect(page.getByRole('heading', { level: 1, name: /^Scoping: / })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-scoping\.md$/);
  const md = await readFile(await download.path(), 'utf8');
  expect(md).toMatch(/^# Scoping: /);
  for (const heading of [
    '## 1. Business problem',
    '## 2. AI solutions',
    '## 3. Feasibility',
    '## 4. Value',
    '## 5. Ethics',
    '## 6. Milestones and resources',
    '## Machine Learning Canvas',
  ]) {
    expect(md).toContain(heading);
  }
  expect(md).toContain('| Quarter | Expected error (%) |');
  expect(md).not.toContain('needs an estimate');
});

test('a share link round-trips into a second browser context as a new project', async ({
  page,
  browser,
  baseURL,
}) => {
  await fromTemplate(page, 'Visual inspection of smartphones');
  const name = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Scoping: ', '');
  await page.getByRole('button', { name: 'Create share link' }).click();
  const url = await page.getByLabel(/Share link/).inputValue();
  expect(url.startsWith(`${baseURL}/scoping/shared#v1.`)).toBe(true);
  expect(url.length).toBeLessThan(8000);

  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(url);
  await expect(
    second.getByRole('heading', { level: 1, name: `Shared scoping canvas: ${name}` }),
  ).toBeVisible();
  expect(await axe(second)).toEqual([]);
  await second.getByRole('button', { name: 'Import as a new project' }).click();
  await expect(second.getByRole('heading', { level: 1, name: `Scoping: ${name}` })).toBeVisible();
  await expect(
    second
      .getByRole('group', { name: /kind of data/ })
      .first()
      .getByLabel(/^Unstructured/),
  ).toBeChecked();
  await second.goto('/projects');
  await expect(second.getByRole('heading', { level: 3 })).toHaveText([name]);
  await other.close();
});

test('a tampered share link is refused and changes nothing', async ({ page }) => {
  await fromTemplate(page, 'Speech recognition for voice search');
  await page.getByRole('button', { name: 'Create share link' }).click();
  const url = await page.getByLabel(/Share link/).inputValue();
  const [head, data, sum] = url.split('.').slice(-3);
  const tampered =
    url.slice(0, url.length - `${head}.${data}.${sum}`.length) +
    `${head}.${data!.slice(0, 20)}${data![20] === 'x' ? 'y' : 'x'}${data!.slice(21)}.${sum}`;
  await page.goto(tampered);
  await expect(page.getByRole('heading', { name: 'This share link can’t be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('changed or cut short');
  await expect(page.getByRole('alert')).toContainText('Nothing in your workbook was changed.');
  expect(await axe(page)).toEqual([]);
  await page.goto('/projects');
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);
});

test('every view of the studio passes axe, and the print view fits an A4 page', async ({ page }) => {
  await page.goto('/scoping');
  await ready(page);
  expect(await axe(page)).toEqual([]);
  await fromTemplate(page, 'Demand forecasting for a grocery chain');
  await page.getByText('Help from the lesson').first().click();
  await expect(page.locator('.section-help .prose').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Machine Learning Canvas' }).click();
  await expect(page).toHaveURL(/view=canvas/);
  expect(await axe(page)).toEqual([]);
  await page.goto('/scoping/print');
  await expect(page.getByRole('heading', { level: 1, name: /^Scoping: / })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  // A4 at 96 dpi is 794 px wide; with 14 mm margins on each side the printable width is ~688 px.
  await page.setViewportSize({ width: 688, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.evaluate(() => {
    const doc = document.documentElement;
    const wide = [...document.querySelectorAll('main *')].filter(
      (el) => el.getBoundingClientRect().right > doc.clientWidth + 1,
    );
    return {
      scroll: doc.scrollWidth - doc.clientWidth,
      wide: wide.slice(0, 5).map((el) => el.tagName + ' ' + (el.textContent ?? '').slice(0, 40)),
    };
  });
  expect(overflow).toEqual({ scroll: 0, wide: [] });
  await expect(page.getByRole('banner')).toBeHidden();
});
