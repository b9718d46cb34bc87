import {
  cardsUnder,
  expect,
  nameSizeOnScreen,
  node,
  open,
  pngPixels,
  seriousViolations,
  settled,
  slider,
  test,
} from './fixtures';

const answer = async (page: import('@playwright/test').Page, answers: string) => {
  for (const a of answers)
    await page.getByRole('button', { name: a === 'y' ? 'Yes' : 'No', exact: true }).click();
};

test.describe('the runtime guide follows the era', () => {
  test('2018: not a Windows, VM, untrusted or Red Hat user ends on containerd’s CRI plugin with runc', async ({
    page,
  }) => {
    await open(page, '?date=2018-06-01');
    await page.getByRole('button', { name: 'Runtime guide' }).click();
    await expect(page).toHaveURL(/guide=$/);
    await answer(page, 'nnnnn');
    const outcome = page.getByTestId('guide-outcome');
    await expect(outcome).toContainText('containerd and runC');
    await expect(page).toHaveURL(/focus=containerd-cri.*guide=nnnnn/);
    await expect(node(page, 'cri-plugin').locator('.component-box')).toHaveClass(/emphasis-focused/);
  });

  test('2024: "just try it" reaches Kubernetes only through cri-dockerd', async ({ page }) => {
    await open(page, '?date=2024-01-01&guide=');
    await answer(page, 'y');
    await expect(page.getByTestId('guide-outcome')).toContainText('Docker (with containerd and runC)');
    await expect(page.getByTestId('guide-outcome')).toContainText('cri-dockerd');
    await expect(page).toHaveURL(/focus=cri-dockerd/);
  });

  test('the untrusted branch shows the article’s answer and marks its inversion; Back undoes an answer', async ({
    page,
  }) => {
    await open(page, '?date=2019-06-15&guide=nnny');
    await expect(page.getByText(/looks inverted in the article/)).toBeVisible();
    await answer(page, 'y');
    await expect(page.getByTestId('guide-outcome')).toContainText('containerd and gVisor');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page).toHaveURL(/guide=nnny(&|$)/);
  });

  test('before 2017-09 there is no containerd CRI path, and the guide offers the first day there was', async ({
    page,
  }) => {
    await open(page, '?date=2017-06-01&guide=nnnnn');
    await expect(page.getByTestId('guide-outcome')).toContainText(
      'No stack in the dataset does this on 2017-06-01',
    );
    await page.getByRole('button', { name: /^Jump to 2017-09-25/ }).click();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '2017-09-25');
  });
});

test('embed mode shows the canvas and the slider only, with a link to the full explorer', async ({
  page,
}) => {
  await open(page, '?date=2018-06-01&focus=cri-o&embed=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(slider(page)).toBeVisible();
  await expect(node(page, 'cri-o')).toBeVisible();
  const full = page.getByRole('link', { name: 'Open in the full explorer' });
  await expect(full).toHaveAttribute('href', /\?date=2018-06-01&focus=cri-o$/);
});

test('lang=ja shows the Japanese interface and summaries', async ({ page }) => {
  await open(page, '?date=2018-06-01&lang=ja&node=cri-o');
  await expect(page.getByRole('button', { name: '次の変化 ▶' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('コンテナランタイムの歴史');
  await expect(page.getByText('2018年6月1日')).toBeVisible();
  const details = page.getByRole('region', { name: 'Component details' });
  await expect(details).toContainText('役割');
  await expect(details).toContainText(/[\u3040-\u30ff]{4}/);
  await expect(page.getByTestId('story-summary')).toContainText('2018-06-01、');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('dark mode follows the system, can be switched, and passes axe', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('./?date=2018-06-01&focus=kata-1');
  await settled(page);
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`row names sit on a ${colorScheme} band where cards pass under them (${colorScheme} mode)`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('./?date=2019-06-15');
    await expect(page.locator('[data-fitted="true"]')).toBeVisible();
    await node(page, 'containerd').click(); // a readable zoom: the drawing reaches under the names
    await expect(page.locator('.react-flow__viewport')).toHaveAttribute('style', /scale\(0\.9\)/);
    const label = page.locator('.row-labels li').filter({ hasText: 'Engine' });
    // The band's brightness behind the name, from what is on screen (0 black, 1 white).
    const { brightness } = await pngPixels(page, await label.screenshot());
    if (colorScheme === 'dark') expect(brightness).toBeLessThan(0.35);
    else expect(brightness).toBeGreaterThan(0.65);
    await context.close();
  });

test('search finds a component by an old name and opens it on a day it existed', async ({ page }) => {
  await open(page, '?date=2015-01-01');
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search components' })).toBeFocused();
  await page.keyboard.type('OCID');
  await expect(page.getByRole('option').first()).toContainText('CRI-O');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/node=cri-o/);
  await expect(page.getByRole('region', { name: 'Component details' })).toContainText('CRI-O');
  expect((await slider(page).getAttribute('aria-valuetext'))! >= '2016-09-01').toBe(true);
  await expect(node(page, 'cri-o')).toBeVisible();

  await page.getByRole('combobox', { name: 'Search components' }).fill('docker-containerd-shim');
  await page.getByRole('option', { name: /containerd-shim \(v1\)/ }).click();
  await expect(page).toHaveURL(/node=containerd-shim(&|$)/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the canvas takes most of the screen on load, and one tap makes a part readable', async ({ page }) => {
    await open(page, '?date=2019-06-15');
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    expect(canvas.height / 844).toBeGreaterThanOrEqual(0.6);
    await node(page, 'cri-o').tap();
    await expect(node(page, 'cri-o')).toHaveClass(/selected/);
    expect(await nameSizeOnScreen(node(page, 'cri-o'))).toBeGreaterThanOrEqual(11);
  });

  test('a tapped card stays in view once its details open below the canvas', async ({ page }) => {
    await open(page, '?date=2021-06-01');
    await expect(page.locator('[data-fitted="true"]')).toBeVisible();
    await node(page, 'dockershim').tap();
    await expect(page.getByRole('region', { name: 'Component details' })).toContainText('dockershim');
    const canvas = page.locator('.react-flow');
    // Centred in the canvas as it is with the details open (within a few pixels), not as it was.
    await expect
      .poll(async () => {
        const [c, k] = [(await canvas.boundingBox())!, (await node(page, 'dockershim').boundingBox())!];
        return Math.round(Math.abs(k.y + k.height / 2 - (c.y + c.height / 2)));
      })
      .toBeLessThanOrEqual(4);
  });

  test('a link to a component opens with that component readable and in view, its details below', async ({
    page,
  }) => {
    await open(page, '?date=2019-06-15&node=containerd');
    await expect(page.getByRole('region', { name: 'Component details' })).toContainText('containerd');
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    const card = (await node(page, 'containerd').boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(canvas.x);
    expect(card.y).toBeGreaterThanOrEqual(canvas.y);
    expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(card.y + card.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    expect(await nameSizeOnScreen(node(page, 'containerd'))).toBeGreaterThanOrEqual(11);
  });

  for (const link of ['?date=2019-06-15', '?date=2019-06-15&node=containerd', '?date=2024-06-01'])
    test(`the zoom buttons cover no card (${link})`, async ({ page }) => {
      await open(page, link);
      await expect(page.locator('[data-fitted="true"]')).toBeVisible();
      // A link to a component opens on it, zoomed in; the whole drawing is one tap away, the
      // canvas shortened by the details below it.
      const viewport = page.locator('.react-flow__viewport');
      const opened = (await viewport.getAttribute('style'))!;
      if (link.includes('node=')) {
        await page.getByRole('button', { name: 'Fit View' }).tap();
        await expect(viewport).not.toHaveAttribute('style', opened);
      }
      const { cards, buttons, covered } = await cardsUnder(page, '.react-flow__controls button');
      expect(cards).toBeGreaterThan(10);
      expect(buttons).toBe(3);
      expect(covered).toEqual([]);
    });

  test('tap a component and read its details in the bottom sheet; nothing overflows', async ({ page }) => {
    await open(page, '?date=2017-06-01&focus=dockershim');
    // The view options fold away on a phone; one tap shows them.
    await page.getByRole('button', { name: 'Focus, compare, export' }).tap();
    await page.getByLabel('this stack only').check();
    await expect(page.locator('[data-fitted="true"]')).toBeVisible();
    await node(page, 'runc').tap();
    const details = page.getByRole('region', { name: 'Component details' });
    await expect(details).toBeVisible();
    await expect(details).toContainText('runc');
    const sheet = (await page.getByRole('complementary').boundingBox())!;
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(845);
    expect(sheet.y).toBeGreaterThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
