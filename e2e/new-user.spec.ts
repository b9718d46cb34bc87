import { expect, node, open, settled, shownDate, slider, test } from './fixtures';

// What a new user tripped over (issue 14): search, sharing the figure, typing a date, Back after a drag.

test('search opens a component on the shown day when it exists then, and jumps only when it does not', async ({
  page,
}) => {
  await open(page, '?date=2018-06-01');
  await page.getByRole('combobox', { name: 'Search components' }).fill('dockershim');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Component details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('dockershim');
  await expect(page).toHaveURL(/\?date=2018-06-01&node=dockershim$/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2018-06-01');

  await page.getByRole('combobox', { name: 'Search components' }).fill('cri-dockerd');
  await page.keyboard.press('Enter');
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', '2018-06-01');
  await expect(node(page, 'cri-dockerd')).toBeVisible();
});

test('"this stack only" lives in the URL: reload, Copy link and the embed code bring back the figure', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?date=2017-06-01&focus=dockershim');
  await page.getByLabel('this stack only').check();
  await expect(page).toHaveURL(/\?date=2017-06-01&focus=dockershim&figure=1$/);
  await expect(page.getByTestId('rf__node-pod:pod')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('this stack only')).toBeChecked();
  await expect(page.getByTestId('rf__node-pod:pod')).toBeVisible();
  await expect(node(page, 'cri-o')).toBeHidden();

  await page.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/focus=dockershim&figure=1/);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const src = (await page.evaluate(() => navigator.clipboard.readText()))
    .match(/src="([^"]+)"/)![1]
    .replaceAll('&amp;', '&');
  const embed = await context.newPage();
  await embed.goto(src);
  await expect(embed.getByTestId('rf__node-pod:pod')).toBeVisible();
  await expect(embed.locator('.react-flow__node-component:visible')).toHaveCount(6);

  // Clearing the focus ends the figure, and a figure without a focus is dropped with a notice.
  await page.getByLabel('Focus').selectOption('');
  await expect(page).toHaveURL(/\?date=2017-06-01$/);
  await page.goto('./?date=2017-06-01&figure=1');
  await expect(page.getByRole('status').filter({ hasText: 'figure=1' })).toBeVisible();
  await expect(page).toHaveURL(/\?date=2017-06-01$/);
});

test('a date can be typed into "Compare with", segment by segment', async ({ page }) => {
  await open(page, '?date=2018-06-01');
  const input = page.getByLabel('Compare with');
  await input.click();
  await input.press('ArrowLeft'); // the month segment, whatever was clicked
  await input.press('ArrowLeft');
  await page.keyboard.type('06012017');
  await expect(input).toHaveValue('2017-06-01');
  await expect(page).toHaveURL(/\?date=2018-06-01&compare=2017-06-01$/);
  await expect(
    page.getByRole('heading', { name: 'What changed from 2017-06-01 to 2018-06-01' }),
  ).toBeVisible();
});

test('Back after a drag returns to the day before it, and does not leave the site', async ({ page }) => {
  await open(page, '');
  const box = (await slider(page).boundingBox())!;
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + box.width * (1 - i * 0.05), box.y + box.height / 2);
  await page.mouse.up();
  const dragged = await settled(page);
  await expect(page).toHaveURL(new RegExp(`\\?date=${dragged}$`));

  // A second drag is a second entry.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
  await page.mouse.up();
  const second = await settled(page);
  await expect(page).toHaveURL(new RegExp(`\\?date=${second}$`));

  await page.goBack();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', dragged);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(slider(page)).toBeVisible();
  expect((await shownDate(page)) > dragged).toBe(true);
});

test('a tick lands on a day when what it names exists: the CRI tick shows dockershim', async ({ page }) => {
  await open(page, '?date=2016-06-01');
  const tick = page.getByRole('group', { name: 'Events' }).getByRole('button', { name: /introduces CRI/ });
  await tick.click();
  const day = await settled(page);
  expect(day >= '2016-12-13').toBe(true);
  await expect(
    page.locator('[data-testid="rf__node-dockershim"], [data-members~="dockershim"]').first(),
  ).toBeVisible();
});

test('the event ticks are one tab stop: arrows move along them, the tick in focus says what happened, Enter goes there', async ({
  page,
}) => {
  await open(page, '?date=2016-06-01');
  const ticks = page.getByRole('group', { name: 'Events' }).getByRole('button');
  const tabStop = ticks.and(page.locator('[tabindex="0"]'));
  await expect(tabStop).toHaveCount(1);
  // The tab stop is the last tick on or before the shown day.
  const label = (await tabStop.getAttribute('aria-label'))!;
  expect([...label.matchAll(/(\d{4}-\d{2}(?:-\d{2})?) ·/g)].at(-1)![1] <= '2016-06-01').toBe(true);
  await tabStop.focus();
  await page.keyboard.press('ArrowRight');
  const next = page.locator(':focus');
  const nextLabel = (await next.getAttribute('aria-label'))!;
  expect(nextLabel).not.toBe(label);
  await expect(tabStop).toHaveAttribute('aria-label', nextLabel);
  // What the focused tick names is shown beside it, each event on its own line.
  const lines = nextLabel.split('; ');
  await expect(page.getByRole('tooltip')).toHaveText(lines.join(''));
  await page.keyboard.press('Enter');
  const landing = [...nextLabel.matchAll(/(\d{4}-\d{2}-\d{2}) ·/g)].at(-1)![1];
  await expect(page).toHaveURL(new RegExp(`date=${landing}`));
  await expect(slider(page)).toHaveAttribute('aria-valuetext', landing);

  // A pointer over another tick shows that one's events; off the ticks, none.
  await ticks.first().hover();
  await expect(page.getByRole('tooltip')).toContainText('Docker 0.1');
  await page.getByRole('heading', { level: 1 }).hover();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('Copy link on the landing page pins the day and the data version', async ({
  page,
  context,
  request,
}) => {
  const { asOf, version } = await (await request.get('./data/dataset.json')).json();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '');
  await page.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`\\?date=${asOf}&v=${version.replaceAll('.', '\\.')}$`),
  );
});
