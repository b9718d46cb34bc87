import { drawn, expect, node, open, settled, shownDate, slider, test } from './fixtures';

test('Next change jumps over quiet days to the first day the drawing differs', async ({ page }) => {
  await open(page, '?date=2016-03-01');
  const before = await drawn(page);
  await page.getByRole('button', { name: 'Next change ▶' }).click();
  const next = await settled(page);
  expect(next > '2016-03-01').toBe(true);
  await expect(page).toHaveURL(new RegExp(`date=${next}`));
  expect(await drawn(page)).not.toEqual(before);

  // Nothing changed on the days skipped: the day before the jump looks like where we started.
  const dayBefore = new Date(Date.parse(next) - 86_400_000).toISOString().slice(0, 10);
  await open(page, `?date=${dayBefore}`);
  expect(await drawn(page)).toEqual(before);

  await page.getByRole('button', { name: '◀ Previous change' }).click();
  expect((await settled(page)) <= dayBefore).toBe(true);
});

test('Play walks the changes forward, Pause stops on the day shown', async ({ page }) => {
  await page.clock.install(); // time flows as usual until the test moves it by hand
  await open(page, '?date=2016-01-01');
  await page.getByLabel('Speed').selectOption('4');
  await page.getByRole('button', { name: '▶ Play' }).click();
  await expect.poll(() => shownDate(page)).not.toBe('2016-01-01');
  const first = await shownDate(page);
  await expect.poll(() => shownDate(page)).not.toBe(first);
  await page.getByRole('button', { name: '❚❚ Pause' }).click();
  await expect(page.getByRole('button', { name: '▶ Play' })).toBeVisible();
  const paused = await shownDate(page);
  await page.clock.runFor(20_000); // every timer of the next 20 s fires now: a live player would step
  expect(await shownDate(page)).toBe(paused);
  expect(paused > first).toBe(true);
  await expect(page).toHaveURL(new RegExp(`date=${paused}`));
});

test('the whole timeline works from the keyboard', async ({ page }) => {
  await open(page, '?date=2017-06-15');
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2017-06-16');
  await page.keyboard.press('PageUp');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2018-06-16');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2016-06-16');
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2013-01-01');
  await page.keyboard.press('.');
  const next = await shownDate(page);
  expect(next > '2013-01-01').toBe(true);
  await page.keyboard.press(']');
  expect((await shownDate(page)) > next).toBe(true);
  await page.keyboard.press('[');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', next);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: '❚❚ Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: '▶ Play' })).toBeVisible();

  // Tab to a component on the canvas and open its details with Enter; Esc closes them.
  await open(page, '?date=2017-06-15');
  await node(page, 'kubelet').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Component details' })).toContainText('Kubernetes');
  await expect(page).toHaveURL(/node=kubelet/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Component details' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/node=/);
});

test('Back and Forward restore each view exactly', async ({ page }) => {
  await open(page, '?date=2015-06-01');
  const first = await drawn(page);
  await page.getByRole('button', { name: 'Next change ▶' }).click();
  const stepped = await settled(page);
  await node(page, 'docker').click();
  await expect(page).toHaveURL(new RegExp(`\\?date=${stepped}&node=docker$`));

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?date=${stepped}$`));
  await expect(page.getByRole('region', { name: 'Component details' })).toHaveCount(0);
  await page.goBack();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2015-06-01');
  await settled(page);
  expect(await drawn(page)).toEqual(first);
  await page.goForward();
  await page.goForward();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', stepped);
  await expect(page.getByRole('region', { name: 'Component details' })).toContainText('Docker');
});

test('Copy link copies a URL that reopens the same view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?date=2017-10-15&node=cri-containerd');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?date=2017-10-15&node=cri-containerd&v=\d+\.\d+\.\d+$/);

  const other = await context.newPage();
  await other.goto(link);
  await expect(slider(other)).toHaveAttribute('aria-valuetext', '2017-10-15');
  await expect(other.getByRole('region', { name: 'Component details' })).toContainText('cri-containerd');
  await expect(other.getByRole('status').filter({ hasText: /dataset/ })).toHaveCount(0);
});

test('a shared URL with every parameter opens that view, and an old version says what changed', async ({
  page,
}) => {
  await page.goto(
    './?date=2017-10-15&node=cri-containerd&focus=cri-containerd&compare=2016-06-01&lang=ja&v=0.1.0',
  );
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2017-10-15');
  const details = page.getByRole('region', { name: 'Component details' });
  await expect(details).toContainText('cri-containerd');
  await expect(details).toContainText(/[\u3040-\u30ff]/); // the Japanese summary
  // The link asks for Japanese, so the notice is in Japanese too.
  await expect(page.getByRole('status').filter({ hasText: 'データセット 0.1.0 で作られた' })).toContainText(
    '0.2.0',
  );
  await expect(page).toHaveURL(
    /\?date=2017-10-15&node=cri-containerd&focus=cri-containerd&compare=2016-06-01&lang=ja$/,
  );
});

test('the details panel links to what a component calls and what calls it', async ({ page }) => {
  await open(page, '?date=2018-06-01&node=containerd');
  const details = page.getByRole('region', { name: 'Component details' });
  await expect(details.getByRole('list', { name: 'Called by' })).toContainText('Docker Engine');
  await details
    .getByRole('list', { name: 'Calls' })
    .getByRole('button', { name: 'containerd-shim (v1)' })
    .click();
  await expect(page).toHaveURL(/node=containerd-shim$/);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('containerd-shim (v1)');
  await expect(details.getByRole('list', { name: 'Called by' })).toContainText('containerd');
  await expect(details.getByRole('list', { name: 'Calls' })).toContainText('runc');
});

test('a component absent on the shown date says so and offers to jump to when it existed', async ({
  page,
  request,
}) => {
  const dataset = await (await request.get('./data/dataset.json')).json();
  const containerd = dataset.components.find((c: { id: string }) => c.id === 'containerd');
  await open(page, '?date=2014-01-01&node=containerd');
  const details = page.getByRole('region', { name: 'Component details' });
  await expect(details).toContainText('does not exist on 2014-01-01');
  await expect(node(page, 'containerd')).toBeHidden();
  await details.getByRole('button', { name: /^Jump to/ }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', containerd.since);
  await expect(node(page, 'containerd')).toBeVisible();
  await expect(details.getByRole('heading', { name: 'Called by' })).toBeVisible();
  await expect(details).not.toContainText('does not exist');
});

test('the story says how kubelet reaches runc, and lists what changed with sources', async ({ page }) => {
  await open(page, '?date=2017-10-15');
  const story = page.getByTestId('story-summary');
  await expect(story).toContainText('On 2017-10-15');
  await expect(story).toContainText(/Kubernetes \(kubelet\) reaches runc through .*dockershim.*containerd/);
  await expect(story).toContainText('cri-containerd');
  await expect(story).toHaveAttribute('aria-live', 'polite');
  const changed = page.getByRole('region', { name: /What changed/ });
  await expect(changed.getByRole('link', { name: 'source' }).first()).toHaveAttribute('href', /^https:/);

  await page.getByText(/^Events \(\d+\)$/).click();
  const event = page
    .getByRole('list', { name: 'Events' })
    .getByRole('button', { name: /Kubernetes 1.24/ })
    .first();
  await event.click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2022-05-03');
});

const MALFORMED = [
  '?date=banana',
  '?date=2019-02-30',
  '?date=1999-01-01',
  '?date=2099-12-31',
  '?date=20170101',
  '?date=',
  '?node=ocid',
  '?node=<script>alert(1)</script>',
  '?focus=nope',
  '?compare=yesterday',
  '?compare=2017-01-01&date=2017-01-01',
  '?lang=fr',
  '?v=9.9.9',
  '?v=abc',
  '?utm_source=mail',
  '?date=2017-13-01',
  '?date=javascript:alert(1)',
  `?date=${'9'.repeat(3000)}`,
  '?node=%E0%A4%A',
  '?date=2017-06-01&date=2018-06-01',
];

for (const query of MALFORMED) {
  test(`malformed URL ${query.slice(0, 40)} gets a notice and a valid URL`, async ({ page }) => {
    await page.goto(`./${query}`);
    await expect(page.getByRole('list', { name: 'Notices' }).getByRole('status').first()).toBeVisible();
    await settled(page);
    await expect(page.locator('.react-flow__node-component:visible').first()).toBeVisible();
    const search = new URL(page.url()).search;
    expect(search === '' || /^\?date=\d{4}-\d{2}-\d{2}(&|$)/.test(search), search).toBe(true);
    expect(await page.locator('script:not([type="module"]):not(#first-view), img[onerror]').count()).toBe(0);
  });
}
