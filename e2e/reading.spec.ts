import type { Page } from '@playwright/test';
import { expect, node, open, settled, slider, test } from './fixtures';

// Reading the explorer (issue 14): language, title, names, outline, keys, layout, the story while dragging.

test('switching to Japanese turns the notice and the tab title Japanese; the title names the shown day', async ({
  page,
  request,
}) => {
  const { asOf } = await (await request.get('./data/dataset.json')).json();
  await page.goto('./?date=banana');
  await settled(page);
  await expect(page).toHaveTitle(`${asOf} · Container runtimes, day by day`);
  await expect(page.getByRole('status').filter({ hasText: 'is not a date' })).toBeVisible();
  await page.getByLabel('Language').selectOption('ja');
  await expect(page.getByRole('status').filter({ hasText: 'は日付ではない' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'is not a date' })).toHaveCount(0);
  await expect(page).toHaveTitle(`${asOf} · コンテナランタイムの歴史`);
  await page.goto('./?date=2018-06-01&lang=ja');
  await expect(page).toHaveTitle(/^2018-06-01 · /);
});

test('the Focus list names stacks by what they are, not by the article’s file names', async ({ page }) => {
  await open(page, '?date=2018-06-01');
  const options = await page.getByLabel('Focus').locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(5);
  for (const option of options) expect(option).not.toMatch(/^\s*cr\d+/);
  expect(options).toContain('Kubernetes (dockershim) → Docker → containerd → containerd-shim → runc');
});

test('the Focus list follows a single step at once, and steps in quick succession once they stop', async ({
  page,
}) => {
  await openWithPausedClock(page, '?date=2017-12-17');
  const listed = (name: string) => page.getByLabel('Focus').locator('option', { hasText: name });
  const next = page.getByRole('button', { name: 'Next change ▶' });
  await expect(listed('kpod → conmon → runc')).toHaveCount(1);
  // 2017-12-18: kpod was renamed Podman.
  await next.click();
  expect(await settled(page)).toBe('2017-12-18');
  await expect(listed('Podman → conmon → runc')).toHaveCount(1);
  await expect(listed('kpod → conmon → runc')).toHaveCount(0);
  // 2017-12-19, straight after: nvidia-docker2 arrives once the steps stop.
  await next.click();
  expect(await settled(page)).toBe('2017-12-19');
  await expect(listed('NVIDIA')).toHaveCount(0);
  await page.clock.runFor(500);
  await expect(listed('NVIDIA')).toHaveCount(1);
});

test('the Focus list keeps its width while scrubbing, so the controls beside it stay put', async ({
  page,
}) => {
  const place = async () => {
    await settled(page);
    const focus = (await page.getByLabel('Focus').boundingBox())!;
    const compare = (await page.getByLabel('Compare with').boundingBox())!;
    return [focus.width, compare.x];
  };
  await open(page, '?date=2014-01-01');
  const early = await place();
  await open(page, '?date=2024-01-01');
  expect(await place()).toEqual(early);
});

test('the selected component is outlined visibly at overview zoom', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, '?date=2024-01-01&node=containerd');
  const { outline, zoom } = await node(page, 'containerd').evaluate((el) => {
    const box = el.firstElementChild as HTMLElement;
    const matrix = new DOMMatrixReadOnly(getComputedStyle(el.closest('.react-flow__viewport')!).transform);
    return { outline: parseFloat(getComputedStyle(box).outlineWidth), zoom: matrix.a };
  });
  expect(zoom).toBeLessThan(0.9); // the overview, smaller than life
  expect(outline * zoom).toBeGreaterThanOrEqual(2); // screen pixels
});

test('← and → step a day wherever focus is, except while typing', async ({ page }) => {
  await open(page, '?date=2017-06-15');
  await page.getByRole('button', { name: 'Next change ▶' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2017-06-16');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2017-06-14');
  await expect(page).toHaveURL(/date=2017-06-14$/);
  await page.goBack();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2017-06-15');

  await page.getByRole('combobox', { name: 'Search components' }).fill('runc');
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2017-06-15');
});

test('at 1366 px the header stays on one line', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, '');
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  const language = (await page.getByLabel('Language').boundingBox())!;
  expect(Math.abs(title.y + title.height / 2 - (language.y + language.height / 2))).toBeLessThan(8);
});

test('while dragging, a story that lags behind the shown day is marked as updating', async ({ page }) => {
  await open(page, '?date=2016-01-01');
  // Sample every frame: the label's day, the story's day, and whether the story says it is updating.
  await page.evaluate(() => {
    const w = window as unknown as {
      samples: { label: string; story: string; busy: boolean }[];
      sampling: boolean;
    };
    w.samples = [];
    w.sampling = true;
    const sample = () => {
      const story = document.querySelector('[data-testid="story-summary"]')!;
      w.samples.push({
        label: document.querySelector('#date-slider')!.getAttribute('aria-valuetext')!,
        story: /On (\d{4}-\d{2}-\d{2})/.exec(story.textContent ?? '')?.[1] ?? '',
        busy: story.getAttribute('aria-busy') === 'true',
      });
      if (w.sampling) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const box = (await slider(page).boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.22, y);
  await page.mouse.down();
  for (let i = 0; i <= 20; i++) await page.mouse.move(box.x + box.width * (0.22 + i * 0.02), y);
  // Whether "updating…" is still up at this moment depends on the machine's speed; the frames sampled
  // during the drag say it for sure (below): every frame whose story lagged was marked.
  await page.mouse.up();
  const day = await settled(page);
  await expect(page.getByTestId('story-summary')).toContainText(`On ${day}`);
  await expect(page.getByText('updating…')).toHaveCount(0);
  const samples = await page.evaluate(() => {
    const w = window as unknown as {
      samples: { label: string; story: string; busy: boolean }[];
      sampling: boolean;
    };
    w.sampling = false;
    return w.samples;
  });
  const lagging = samples.filter((s) => s.story !== s.label);
  expect(lagging.length).toBeGreaterThan(0);
  expect(lagging.filter((s) => !s.busy)).toEqual([]);
});

test('a single step is told at once, story, changes, details and tab title; steps in quick succession are told once they stop', async ({
  page,
}) => {
  await openWithPausedClock(page, '?date=2016-01-01&node=runc');
  const story = page.getByTestId('story-summary');
  const changes = page.getByRole('region', { name: /What changed/ });
  const details = page.getByRole('region', { name: 'Component details' });
  const next = page.getByRole('button', { name: 'Next change ▶' });
  await next.click();
  const first = await settled(page);
  await expect(story).toContainText(`On ${first}`);
  await expect(changes.getByRole('heading')).toHaveText(`What changed on ${first}`);
  await expect(page).toHaveTitle(`${first} · Container runtimes, day by day`);
  await expect(page.getByText('updating…')).toHaveCount(0);
  await expect(details).toHaveAttribute('aria-busy', 'false');
  // At once again: the next step follows without a pause, so it waits for the steps to stop.
  await next.click();
  const second = await settled(page);
  expect(second > first).toBe(true);
  await expect(page.getByText('updating…')).toBeVisible();
  await expect(story).toContainText(`On ${first}`);
  await expect(changes).toHaveAttribute('aria-busy', 'true');
  await expect(details).toHaveAttribute('aria-busy', 'true');
  await expect(page).toHaveTitle(`${first} · Container runtimes, day by day`);
  await page.clock.runFor(500);
  await expect(details).toHaveAttribute('aria-busy', 'false');
  await expect(story).toContainText(`On ${second}`);
  await expect(page).toHaveTitle(`${second} · Container runtimes, day by day`);
  await expect(changes.getByRole('heading')).toHaveText(`What changed on ${second}`);
  await expect(changes).toHaveAttribute('aria-busy', 'false');
});

/**
 * Open a view, then pause the page's clock after a minute: from there it moves only when the test
 * moves it, so nothing is waited out but what the test says.
 */
async function openWithPausedClock(page: Page, query: string): Promise<void> {
  await page.clock.install();
  await open(page, query);
  await page.clock.pauseAt(Date.now() + 60_000);
}

test('a component picked while the side panel is scrolled down shows its details in view, at the top of the panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, '?date=2021-03-01');
  const panel = page.getByRole('complementary');
  await panel.evaluate((aside) => aside.scrollTo(0, aside.scrollHeight));
  await expect(page.locator('#story-heading')).not.toBeInViewport();
  await node(page, 'runc').click();
  await expect(
    page.getByRole('region', { name: 'Component details' }).getByRole('heading', { level: 2 }),
  ).toBeInViewport();
});
