import { cardsUnder, edge, expect, nameSizeOnScreen, node, open, shownEdges, test } from './fixtures';

type Dated = { id: string; since: string; until: string | null };
const first = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** The contract's presence rule (§3), read independently of the app. */
const present = (item: Dated, day: string) =>
  first(item.since) <= day && (item.until === null || day < first(item.until));

test('the overview of 2019-06-15 shows every component of the day, as a card or inside a group, and nothing else', async ({
  page,
  request,
}) => {
  const dataset = await (await request.get('./data/dataset.json')).json();
  const day = '2019-06-15';
  await open(page, `?date=${day}`);
  const cards = await page
    .locator('.react-flow__node-component:visible')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  const grouped = await page
    .locator('.react-flow__node-group:visible [data-members]')
    .evaluateAll((els) => els.flatMap((e) => e.getAttribute('data-members')!.split(' ')));
  const components = dataset.components as Dated[];
  const expected = components
    .filter((c) => present(c, day))
    .map((c) => c.id)
    .sort();
  const shown = [...cards, ...grouped].filter((id) => components.some((c) => c.id === id)).sort();
  expect(shown).toEqual(expected);
  // Fewer boxes than components: families are drawn as one group each.
  expect(cards.length + (await page.locator('.react-flow__node-group:visible').count())).toBeLessThan(
    expected.length * 0.6,
  );
  // Every present call is drawn (between cards) or listed by the group it touches.
  const relations = (dataset.relations as (Dated & { source: string; target: string })[]).filter(
    (r) => present(r, day) && expected.includes(r.source) && expected.includes(r.target),
  );
  const edges = await shownEdges(page);
  for (const r of relations) expect(edges.includes(r.id) || grouped.includes(r.id), r.id).toBe(true);
});

test('every call on the canvas ends in an arrowhead of its own colour', async ({ page }) => {
  await open(page, '?date=2022-06-01');
  const paths = page.locator('.react-flow__edge:not([data-absent]) .react-flow__edge-path');
  expect(await paths.count()).toBeGreaterThan(20);
  const missing = await paths.evaluateAll(
    (els) =>
      els.filter((p) => {
        const id = p.getAttribute('marker-end')?.match(/url\((['"]?)#(.+)\1\)/)?.[2];
        return !id || !document.getElementById(id);
      }).length,
  );
  expect(missing).toBe(0);
});

test('a grouped component in the URL opens its group, selected; clicking a closed group opens it', async ({
  page,
}) => {
  await open(page, '?date=2019-06-15&node=kata-agent');
  await expect(node(page, 'kata-agent')).toBeVisible();
  await expect(node(page, 'kata-agent')).toHaveClass(/selected/);
  await expect(page.getByRole('region', { name: 'Component details' })).toContainText('Kata Containers');
  await expect(node(page, 'runsc')).toBeHidden();

  await node(page, 'group:gvisor').click();
  await expect(page).toHaveURL(/node=gvisor(&|$)/);
  await expect(node(page, 'runsc')).toBeVisible();
  await expect(node(page, 'kata-agent')).toBeHidden();
});

test('the row names stay at the canvas edge and readable when the view is zoomed in and panned', async ({
  page,
}) => {
  await open(page, '?date=2019-06-15');
  const shim = page.locator('.row-labels li', { hasText: /^Shim$/ });
  await expect(shim).toBeVisible();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(shim).toBeInViewport();
  const size = await shim.evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(11);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  expect((await shim.boundingBox())!.x).toBeLessThan(canvas.x + 10);
});

test('folding the side panel gives the canvas the width, and the drawing grows to fill it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, '?date=2019-06-15');
  const zoom = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((e) => new DOMMatrixReadOnly(getComputedStyle(e).transform).a);
  const before = await zoom();
  await page.getByRole('button', { name: 'Hide panel' }).click();
  await expect(page.getByRole('complementary')).toBeHidden();
  await expect(page.locator('[data-fitted="true"]')).toBeVisible();
  expect(await zoom()).toBeGreaterThan(before * 1.15);
  await page.getByRole('button', { name: 'Show panel' }).click();
  await expect(page.getByRole('complementary')).toBeVisible();
});

test('a component picked in search is brought into view at a readable size, even inside a group', async ({
  page,
}) => {
  await open(page, '?date=2019-06-15');
  await page.getByRole('combobox', { name: 'Search components' }).fill('kata-agent');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/node=kata-agent/);
  const agent = node(page, 'kata-agent');
  await expect(agent).toBeInViewport();
  expect(await nameSizeOnScreen(agent)).toBeGreaterThanOrEqual(13);
  // Centred: its middle lies in the middle third of the canvas.
  const [box, canvas] = [(await agent.boundingBox())!, (await page.locator('.react-flow').boundingBox())!];
  const middle = box.x + box.width / 2 - canvas.x;
  expect(middle).toBeGreaterThan(canvas.width / 3);
  expect(middle).toBeLessThan((canvas.width * 2) / 3);
});

test('an opened family covers none of the cards beside it: QEMU shows, and takes a click, in a focused Kata stack', async ({
  page,
}) => {
  await open(page, '?date=2021-06-01&focus=kata-2');
  const qemu = node(page, 'qemu');
  await expect(qemu).toBeInViewport();
  // What a click at QEMU's middle reaches: QEMU itself, not the Kata frame drawn over it.
  const box = (await qemu.boundingBox())!;
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('data-id'),
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(hit).toBe('qemu');
  await qemu.click();
  await expect(page).toHaveURL(/node=qemu/);
});

test('a call within one row hops over the cards between its ends, clear of their names', async ({ page }) => {
  // Today NVIDIA's path calls runc, two columns along the OCI runtime row, past "More OCI runtimes".
  await open(page, '?date=2025-06-01');
  // The curve itself, without its stroke and arrowhead (which Playwright's boxes include).
  const call = await edge(page, 'group:nvidia->runc')
    .locator('path.relation-edge')
    .evaluate((p) => p.getBoundingClientRect().toJSON() as DOMRect);
  const [from, past, to] = [
    (await node(page, 'group:nvidia').boundingBox())!,
    (await node(page, 'group:more-runtimes').boundingBox())!,
    (await node(page, 'runc').boundingBox())!,
  ];
  expect(Math.abs(from.y - to.y)).toBeLessThan(1);
  // It runs above the row's cards, from the caller's top to the callee's, and ends in an arrowhead.
  expect(call.y + call.height).toBeLessThanOrEqual(Math.min(from.y, to.y) + 1);
  expect(call.y + call.height).toBeLessThan(past.y + past.height / 3);
  expect(call.x).toBeGreaterThan(from.x);
  expect(call.x + call.width).toBeLessThan(to.x + to.width);
  await expect(edge(page, 'group:nvidia->runc').locator('path.relation-edge')).toHaveAttribute(
    'marker-end',
    /url/,
  );
});

// In 2016–2018 rktnetes sits in the first column, right beside the CRI row's name.
for (const [width, height] of [
  [1440, 900],
  [1366, 768],
])
  test(`the row names cover no card of the fitted view at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page, '?date=2017-06-01');
    await expect(page.locator('[data-fitted="true"]')).toBeVisible();
    await expect(node(page, 'rktnetes')).toBeVisible();
    const covered = await page.evaluate(() => {
      const cards = Array.from(
        document.querySelectorAll('.react-flow__node-component, .react-flow__node-group'),
      ).filter((n) => n.checkVisibility({ visibilityProperty: true }));
      return Array.from(document.querySelectorAll('.row-labels li')).flatMap((li) => {
        const words = document.createRange();
        words.selectNodeContents(li);
        return Array.from(words.getClientRects()).flatMap((r) =>
          cards
            .filter((n) => {
              const c = n.getBoundingClientRect();
              return r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top;
            })
            .map((n) => `${li.textContent} over ${n.getAttribute('data-id')}`),
        );
      });
    });
    expect(covered).toEqual([]);
  });

// A focused stack's families open, under the drawing where their frame would hide other cards.
for (const [link, family] of [
  ['?date=2021-06-01&focus=kata-2', 'group:kata'],
  ['?date=2023-06-01&focus=gvisor-shim-v2', 'group:gvisor'],
])
  test(`a focused stack's open family is drawn whole at 1366×768 (${family})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await open(page, link);
    await expect(page.locator('[data-fitted="true"]')).toBeVisible();
    const [frame, canvas] = [
      (await node(page, family).boundingBox())!,
      (await page.locator('.react-flow').boundingBox())!,
    ];
    expect(frame.x).toBeGreaterThanOrEqual(canvas.x);
    expect(frame.y).toBeGreaterThanOrEqual(canvas.y);
    expect(frame.x + frame.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(frame.y + frame.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  });

// A focused family opens under the drawing, where the canvas's buttons sit.
for (const link of ['?date=2019-06-15', '?date=2017-06-01&focus=rktnetes', '?date=2021-06-01&focus=kata-2'])
  test(`the canvas's buttons cover no card of the fitted view at 1366×768 (${link})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await open(page, link);
    await expect(page.locator('[data-fitted="true"]')).toBeVisible();
    // An opened family's frame may run on under the buttons where it has no card.
    const { cards, buttons, covered } = await cardsUnder(
      page,
      '.react-flow__controls button, .react-flow__panel.legend > button',
    );
    expect(cards).toBeGreaterThan(10);
    expect(buttons).toBe(4);
    expect(covered).toEqual([]);
  });
