import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, slider, test } from './fixtures';

const bar = (page: Page, id: string) => page.locator(`[data-bar-id="${id}"]`);
const line = (page: Page) => page.getByTestId('chronicle-date-line');

/** Open the chronicle and wait until its bars are drawn. */
async function openChronicle(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('region', { name: /^Chronicle/ })).toBeVisible();
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
}

/** The x of the middle of a day on the axis, from the year labels it draws (not from the code's own scale). */
async function xOfDay(page: Page, day: string): Promise<number> {
  const axis = page.getByTestId('chronicle-axis');
  const year = Number(day.slice(0, 4));
  const a = (await axis.getByText(String(year), { exact: true }).boundingBox())!;
  const b = (await axis.getByText(String(year + 1), { exact: true }).boundingBox())!;
  const start = Date.UTC(year, 0, 1);
  const fraction = (Date.parse(`${day}T12:00:00Z`) - start) / (Date.UTC(year + 1, 0, 1) - start);
  return a.x + a.width / 2 + fraction * (b.x + b.width / 2 - (a.x + a.width / 2));
}

/** Scroll the chronicle from top to bottom, collecting the ids of the bars it shows (rows off screen are not rendered). */
async function barsSeen(page: Page): Promise<Set<string>> {
  const seen = new Set<string>();
  const scroller = page.getByTestId('chronicle-body').locator('xpath=..');
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  for (let i = 0; i < 200; i++) {
    for (const id of await page
      .locator('[data-bar-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-bar-id')!)))
      seen.add(id);
    const done = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollBy(0, el.clientHeight * 0.8);
      return el.scrollTop === before;
    });
    if (done) break;
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  return seen;
}

async function lineX(page: Page): Promise<number> {
  const box = (await line(page).locator('line').boundingBox())!;
  return box.x + box.width / 2;
}

test('view=chronicle shows every component with its life, the date line on the day, and every event', async ({
  page,
  request,
}) => {
  const dataset = await (await request.get('./data/dataset.json')).json();
  await openChronicle(page, '?view=chronicle&date=2019-06-15');
  expect([...(await barsSeen(page))].sort()).toEqual(
    dataset.components.map((c: { id: string }) => c.id).sort(),
  );
  await expect(
    page.getByRole('button', { name: 'dockershim, 2016-12-13 – 2022-05-03 (deprecated 2020-12-08)' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^containerd, 2015-12-04 – today/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kata Containers' })).toBeVisible();
  await expect(page.getByTestId('chronicle-axis').locator('[data-event-id]')).toHaveCount(
    dataset.events.length,
  );
  await expect(line(page)).toHaveAttribute('data-date', '2019-06-15');
  expect(Math.abs((await lineX(page)) - (await xOfDay(page, '2019-06-15')))).toBeLessThan(3);
  await expect(page.getByRole('tab', { name: 'Chronicle' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.react-flow')).toHaveCount(0);
});

test('the line follows the slider; click a bar for its details; Back walks back', async ({ page }) => {
  await openChronicle(page, '?view=chronicle&date=2019-06-15');
  await slider(page).focus();
  await page.keyboard.press('PageUp');
  await expect(line(page)).toHaveAttribute('data-date', '2020-06-15');
  expect(Math.abs((await lineX(page)) - (await xOfDay(page, '2020-06-15')))).toBeLessThan(3);

  await bar(page, 'cri-o').click();
  await expect(page).toHaveURL(/node=cri-o/);
  await expect(page.getByRole('region', { name: 'Component details' })).toContainText('CRI-O');
  await expect(bar(page, 'cri-o')).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page).not.toHaveURL(/node=/);
  await expect(page.getByRole('region', { name: 'Component details' })).toHaveCount(0);
  await page.goBack();
  await expect(line(page)).toHaveAttribute('data-date', '2019-06-15');
});

test('dragging the line sets the date, one history entry for the whole drag; clicking the axis jumps', async ({
  page,
}) => {
  await openChronicle(page, '?view=chronicle&date=2019-06-15');
  const grip = (await page.getByTestId('chronicle-line-grip').boundingBox())!;
  const y = grip.y + 40;
  const target = await xOfDay(page, '2021-03-01');
  await page.mouse.move(grip.x + grip.width / 2, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(grip.x + grip.width / 2 + ((target - grip.x - grip.width / 2) * i) / 10, y);
  await page.mouse.up();
  const dragged = (await line(page).getAttribute('data-date'))!;
  expect(dragged >= '2021-02-20' && dragged <= '2021-03-10', dragged).toBe(true);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', dragged);
  await expect(page).toHaveURL(new RegExp(`date=${dragged}`));
  await page.goBack();
  await expect(line(page)).toHaveAttribute('data-date', '2019-06-15');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2019-06-15');

  const axis = (await page.getByTestId('chronicle-axis').boundingBox())!;
  await page.mouse.click(await xOfDay(page, '2015-07-01'), axis.y + axis.height - 12);
  const clicked = (await line(page).getAttribute('data-date'))!;
  expect(clicked >= '2015-06-20' && clicked <= '2015-07-10', clicked).toBe(true);
});

test('Shift-click or the button jumps to a component’s first day; the keyboard walks the bars', async ({
  page,
}) => {
  await openChronicle(page, '?view=chronicle&date=2019-06-15');
  await bar(page, 'cri-dockerd').click({ modifiers: ['Shift'] });
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2020-12-04');
  await expect(page).toHaveURL(/date=2020-12-04&node=cri-dockerd/);
  // The details panel (a lazy chunk) takes the focus when it opens: wait for it, as a user would,
  // before walking the bars (on a busy machine it used to open after the walk and take the focus).
  await expect(
    page.getByRole('region', { name: 'Component details' }).getByRole('heading', { level: 2 }),
  ).toBeFocused();

  await bar(page, 'kubelet').focus();
  await page.keyboard.press('ArrowDown');
  await expect(bar(page, 'cri')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/node=dockershim(&|$)/);
  await expect(page.getByRole('button', { name: '▶ Play' })).toBeVisible();
  // The details panel takes the focus, as it does from the canvas; back on a bar, Enter selects too.
  await bar(page, 'cri').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/node=cri(&|$)/);
  await page
    .getByRole('button', { name: 'Go to the first day of Container Runtime Interface (CRI) (2016-12-13)' })
    .click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2016-12-13');
});

test('focus highlights the stack’s bars; compare marks what was added and removed', async ({
  page,
  request,
}) => {
  const dataset = await (await request.get('./data/dataset.json')).json();
  const stack: { components: string[] } = dataset.stacks.find((s: { id: string }) => s.id === 'dockershim');
  await openChronicle(page, '?view=chronicle&date=2019-06-15&focus=dockershim');
  for (const id of stack.components) await expect(bar(page, id)).toHaveAttribute('data-emphasis', 'focused');
  await expect(bar(page, 'cri-o')).toHaveAttribute('data-emphasis', 'dimmed');

  await openChronicle(page, '?view=chronicle&date=2023-01-01&compare=2019-01-01');
  await expect(bar(page, 'dockershim')).toHaveAttribute('data-emphasis', 'removed');
  await expect(bar(page, 'containerd-shim-runc-v2')).toHaveAttribute('data-emphasis', 'added');
  await expect(bar(page, 'containerd')).toHaveAttribute('data-emphasis', 'normal');
  // Moving the date changes what counts as added.
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(bar(page, 'youki')).toHaveAttribute('data-emphasis', 'added');
});

test('a link that selects a component opens the chronicle at its bar', async ({ page }) => {
  await openChronicle(page, '?view=chronicle&date=2019-06-15&node=kata-agent');
  await expect(bar(page, 'kata-agent')).toBeInViewport();
  await expect(bar(page, 'kata-agent')).toHaveAttribute('aria-pressed', 'true');
});

test('zooming in turns the year axis into months', async ({ page }) => {
  await openChronicle(page, '?view=chronicle&date=2019-06-15');
  const axis = page.getByTestId('chronicle-axis');
  await expect(axis.getByText('Jul', { exact: true })).toHaveCount(0);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 4; i++) await zoomIn.click();
  await expect(axis.getByText('Jul', { exact: true })).toHaveCount(1);
  await expect(axis.getByText(/^[A-Z][a-z]{2} 2019$/)).toBeVisible();
  await page.getByRole('button', { name: 'Whole history' }).click();
  await expect(axis.getByText('2013', { exact: true })).toBeVisible();
});

test('the tabs switch views as history entries; a bad view is dropped with a notice', async ({ page }) => {
  await page.goto('./?date=2019-06-15');
  await page.getByRole('tab', { name: 'Chronicle' }).click();
  await expect(page).toHaveURL(/\?date=2019-06-15&view=chronicle$/);
  await expect(bar(page, 'docker')).toBeVisible();
  await page.goBack();
  await expect(page.locator('.react-flow')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Canvas' })).toHaveAttribute('aria-selected', 'true');

  await page.goto('./?view=gantt');
  await expect(
    page.getByText('There is no view “gantt” (canvas, chronicle); showing the canvas.'),
  ).toBeVisible();
  await expect(page).not.toHaveURL(/view=/);
});

test('exports the chronicle as SVG and PNG with the canvas’s caption', async ({ page, request }) => {
  const { version, components } = await (await request.get('./data/dataset.json')).json();
  await openChronicle(page, '?view=chronicle&date=2019-06-15');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('runtimes-2019-06-15-chronicle.svg');
  const source = await readFile((await file.path())!, 'utf8');
  const svg = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      caption: doc.querySelector('.caption')?.textContent ?? '',
      bars: doc.querySelectorAll('g[data-id]').length,
    };
  }, source);
  expect(svg.error).toBeNull();
  expect(svg.caption).toContain('Container runtimes on 2019-06-15');
  expect(svg.caption).toContain(page.url().replace('&view=', `&v=${version}&view=`));
  expect(svg.bars).toBe(components.length);

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('runtimes-2019-06-15-chronicle.png');
  expect([...(await readFile((await png.path())!)).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious in the chronicle (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await openChronicle(page, '?view=chronicle&date=2019-06-15&focus=cri-o&node=cri-o');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

test('speaks Japanese, and embeds with a link back to the chronicle', async ({ page }) => {
  await page.goto('./?view=chronicle&date=2019-06-15&lang=ja');
  await expect(page.getByRole('tab', { name: '年表' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'CRI-O と Podman' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'containerd、2015-12-04 〜 現在' })).toBeVisible();
  await page.goto('./?view=chronicle&date=2019-06-15&embed=1');
  await expect(bar(page, 'docker')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in the full explorer' })).toHaveAttribute(
    'href',
    /view=chronicle$/,
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the chronicle fits the width and a tap opens the details sheet', async ({ page }) => {
    await openChronicle(page, '?view=chronicle&date=2019-06-15');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await bar(page, 'docker').tap();
    await expect(page.getByRole('region', { name: 'Component details' })).toContainText('Docker');
  });
});
