import { crossings } from '../src/model/figure-geometry';
import type { Locator, Page } from '@playwright/test';
import { cardsUnder, drawn, edge, expect, node, open, settled, test } from './fixtures';
import { FIGURE_DAYS, type PublishedStack } from '../scripts/lib/figures';

interface Item {
  id: string;
  since: string;
  until: string | null;
  source?: string;
  target?: string;
  replaces?: string[];
}
const first = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** An independent reading of CONTRACT.md §3's presence rule, to check the canvas against. */
const present = (item: Item, day: string) =>
  first(item.since) <= day && (item.until === null || day < first(item.until));

/** "This stack only": every name whole with its tooltip, an arrowhead on every line, no two lines crossing. */
async function expectDrawnAlone(page: Page): Promise<void> {
  await page.getByLabel('this stack only').check();
  await expect(page.getByTestId('rf__node-pod:pod')).toBeVisible();
  await expect(page.locator('[data-fitted="true"]')).toBeVisible();
  const names = await page.locator('.react-flow__node-component:visible .component-name').evaluateAll((els) =>
    els.map((e) => ({
      text: e.textContent,
      title: e.getAttribute('title'),
      cut: e.scrollWidth > e.clientWidth,
    })),
  );
  expect(names.length).toBeGreaterThan(1);
  for (const { text, title, cut } of names) {
    expect(cut, `${text} is cut short`).toBe(false);
    expect(title).toBe(text);
  }
  const paths = await page
    .locator('.react-flow__edge:not([data-absent]) path.react-flow__edge-path')
    .evaluateAll((els) =>
      els.map((e) => ({
        id: e.closest('.react-flow__edge')!.getAttribute('data-id')!,
        d: e.getAttribute('d')!,
        marker: e.getAttribute('marker-end'),
      })),
    );
  expect(paths.length).toBeGreaterThan(0);
  for (const { id, marker } of paths) expect(marker, `${id} has an arrowhead`).toMatch(/^url\(/);
  const lines = paths.map(({ id, d }) => {
    const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    return { id, points: n.flatMap((v, i) => (i % 2 === 0 ? [{ x: v, y: n[i + 1] }] : [])) };
  });
  expect(crossings(lines)).toEqual([]);
}

test.describe('each figure of the article, focused, then drawn alone', () => {
  for (const [figure, { day, shows }] of Object.entries(FIGURE_DAYS)) {
    test(`${figure} on ${day}`, async ({ page, request }) => {
      const dataset = await (await request.get('./data/dataset.json')).json();
      const stack: PublishedStack = dataset.stacks.find((s: PublishedStack) => s.figure === figure);
      expect(stack, `a stack for ${figure}`).toBeDefined();
      expect(stack.components).toEqual(expect.arrayContaining(shows));

      await open(page, `?date=${day}&focus=${stack.id}`);
      await expect(page.getByLabel('Focus')).toHaveValue(stack.id);
      for (const id of stack.components)
        await expect(node(page, id).locator('.component-box'), id).toHaveClass(/emphasis-focused/);
      for (const id of stack.relations)
        await expect(edge(page, id).locator('path.relation-edge'), id).toHaveClass(/emphasis-focused/);
      // Something off the path is drawn too, but dimmed.
      await expect(page.locator('.component-box.emphasis-dimmed').first()).toBeAttached();
      await expectDrawnAlone(page);
    });
  }
});

test('"this stack only" draws the figure: the path alone, ×2 per container, the Pod at the bottom', async ({
  page,
}) => {
  await open(page, '?date=2017-06-01&focus=dockershim');
  await page.getByLabel('this stack only').check();
  await expect(page.locator('.react-flow__node-component:visible')).toHaveCount(6);
  await expect(node(page, 'containerd-shim')).toContainText('×2');
  await expect(node(page, 'runc')).toContainText('×2');
  await expect(node(page, 'docker')).not.toContainText('×2');
  await expect(page.getByTestId('rf__node-pod:pod')).toContainText('sandbox container');
  await expect(node(page, 'cri-o')).toBeHidden();
});

/** Holds the figure view's chunk until the returned function is called. */
async function holdFigureCode(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/figure-layout-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('"this stack only" is checked at once, and the figure follows when its code arrives', async ({
  page,
}) => {
  const release = await holdFigureCode(page);
  await open(page, '?date=2017-06-01&focus=dockershim');
  const box = page.getByLabel('this stack only');
  await box.check();
  await expect(page.getByTestId('rf__node-pod:pod')).toHaveCount(0);
  release();
  await expect(page.getByTestId('rf__node-pod:pod')).toBeVisible();
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(/figure=1/);
});

test('Back to "this stack only" before its code arrives keeps the canvas, and draws the figure once it is here', async ({
  page,
}) => {
  const release = await holdFigureCode(page);
  await open(page, '?date=2017-06-01&focus=dockershim');
  // An entry with the figure behind the one shown: Back returns to it while its code is held.
  await page.evaluate(() => {
    const plain = location.search;
    history.replaceState(history.state, '', `${plain}&figure=1`);
    history.pushState(history.state, '', plain);
  });
  await page.goBack();
  await expect(page).toHaveURL(/figure=1/);
  await expect(node(page, 'dockershim')).toBeVisible();
  await expect(page.getByText('The diagram could not be drawn')).toHaveCount(0);
  release();
  await expect(page.getByTestId('rf__node-pod:pod')).toBeVisible();
  await expect(node(page, 'cri-o')).toBeHidden();
});

test('clicking a node offers the stacks it belongs to', async ({ page }) => {
  await open(page, '?date=2018-06-01');
  // Kata is one group at the overview: open it, then pick its agent.
  await node(page, 'group:kata').click();
  await node(page, 'kata-agent').click();
  const stacks = page
    .getByRole('region', { name: 'Component details' })
    .getByRole('list', { name: 'In stacks' });
  await stacks
    .getByRole('button', { name: 'Focus Kubernetes → containerd → kata-runtime (Kata 1.x)' })
    .click();
  await expect(page).toHaveURL(/focus=kata-1/);
  await expect(node(page, 'kata-agent').locator('.component-box')).toHaveClass(/emphasis-focused/);
});

test('a component never moves between adjacent change days', async ({ page }) => {
  const at = async () =>
    Object.fromEntries(
      await page.locator('.react-flow__node-component:visible').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          const pane = e.closest('.react-flow__viewport')!.getAttribute('style');
          return [e.getAttribute('data-id'), `${(e as HTMLElement).style.transform}|${pane}|${r.width}`];
        }),
      ),
    );
  await open(page, '?date=2017-12-01');
  // Keep one zoom for both days: once the user zooms, the view no longer refits.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const before = await at();
  await page.getByRole('button', { name: 'Next change ▶' }).click();
  await expect(page.locator('[data-drawn-date="2017-12-01"]')).toHaveCount(0);
  await settled(page);
  // Fading copies of what just left are gone once the drawing has settled.
  await expect(page.locator('.react-flow__node-component.leaving')).toHaveCount(0);
  const after = await at();
  const both = Object.keys(before).filter((id) => id in after);
  expect(both.length).toBeGreaterThan(10);
  for (const id of both) expect(after[id], id).toBe(before[id]);
});

test('every line starts and ends on the border of a box, in the overview and in a figure', async ({
  page,
}) => {
  /** Lines whose first or last point is more than 4 px (in the canvas's units) from every box's border. */
  const loose = () =>
    page.evaluate(() => {
      const shown = (e: Element) => e.checkVisibility({ visibilityProperty: true });
      const boxes = Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node'))
        .filter(shown)
        .map((e) => {
          const [x, y] = e.style.transform.match(/-?\d+(\.\d+)?/g)!.map(Number);
          return { x, y, w: e.offsetWidth, h: e.offsetHeight };
        });
      const toBorder = (p: { x: number; y: number }) =>
        Math.min(
          ...boxes.map(({ x, y, w, h }) => {
            const dx = Math.max(x - p.x, 0, p.x - (x + w));
            const dy = Math.max(y - p.y, 0, p.y - (y + h));
            const outside = Math.hypot(dx, dy);
            return outside > 0 ? outside : Math.min(p.x - x, x + w - p.x, p.y - y, y + h - p.y);
          }),
        );
      const lines = Array.from(document.querySelectorAll('.react-flow__edge:not([data-absent])')).map((e) => {
        const n = e
          .querySelector('path.react-flow__edge-path')!
          .getAttribute('d')!
          .match(/-?\d+(\.\d+)?/g)!;
        const at = (i: number) => ({ x: Number(n[i]), y: Number(n[i + 1]) });
        return { id: e.getAttribute('data-id'), ends: [at(0), at(n.length - 2)] };
      });
      return {
        lines: lines.length,
        loose: lines.filter(({ ends }) => ends.some((p) => toBorder(p) > 4)).map((l) => l.id),
      };
    });
  await open(page, '?date=2019-06-15');
  const overview = await loose();
  expect(overview.lines).toBeGreaterThan(30);
  expect(overview.loose).toEqual([]);
  await open(page, '?date=2021-03-01&focus=kata-2&figure=1');
  const figure = await loose();
  expect(figure.lines).toBeGreaterThan(5);
  expect(figure.loose).toEqual([]);
});

test('compare 2016-06-01 with 2019-06-15: what arrived is highlighted, what went is a ghost', async ({
  page,
  request,
}) => {
  const dataset = await (await request.get('./data/dataset.json')).json();
  const then = '2016-06-01';
  const now = '2019-06-15';
  const arrived = dataset.components
    .filter((c: Item) => present(c, now) && !present(c, then))
    .map((c: Item) => c.id);
  const left = dataset.components
    .filter((c: Item) => present(c, then) && !present(c, now))
    .map((c: Item) => c.id);
  expect(arrived).toContain('cri-plugin');

  // Which group each part of a family was drawn in on the earlier day.
  await open(page, `?date=${then}`);
  const groupThen = new Map<string, string>(
    await page.locator('.react-flow__node-group:visible').evaluateAll((els) =>
      els.flatMap((e) =>
        e
          .querySelector('[data-members]')!
          .getAttribute('data-members')!
          .split(' ')
          .map((id) => [id, e.getAttribute('data-id')!] as [string, string]),
      ),
    ),
  );
  await open(page, `?date=${now}&compare=${then}`);
  // A part of a family is told by its group: highlighted when it brought something new, a ghost when it all went.
  const group = (id: string) => page.locator(`.react-flow__node-group:visible:has([data-members~="${id}"])`);
  for (const id of arrived) {
    const own = await node(page, id).isVisible();
    await expect(
      own ? node(page, id).locator('.component-box') : group(id).locator('.group-box'),
      id,
    ).toHaveClass(/emphasis-added/);
  }
  for (const id of left) {
    const own = (await page.getByTestId(`rf__node-ghost:${id}`).count()) > 0;
    const family = groupThen.get(id);
    const told = own
      ? page.getByTestId(`rf__node-ghost:${id}`)
      : page.locator(`[data-id="${family}"]:visible, [data-id="ghost:${family}"]:visible`).first();
    await expect(told, id).toBeVisible();
  }
  await expect(edge(page, 'ghost:kubelet->docker')).toBeAttached();
  await expect(
    page.getByRole('region', { name: /What changed from 2016-06-01 to 2019-06-15/ }),
  ).toContainText('containerd CRI plugin');
});

test('a replaced component is linked side to side to its successor in the same row, its label clear of every card', async ({
  page,
}) => {
  await open(page, '?date=2023-01-01&compare=2021-01-01');
  // Once the view's fixed graph is built, the links of other days are mounted too, hidden.
  await expect(page.locator('[data-fixed-graph="true"]')).toBeAttached();
  const { ghost, successor, link } = await replacedLink(
    page,
    'ghost:dockershim',
    'cri-dockerd',
    'dockershim->cri-dockerd',
  );
  expect(Math.abs(ghost.y - successor.y)).toBeLessThan(1);
  // The link leaves the ghost's right side and ends at the successor's left side.
  expect(link.x).toBeGreaterThanOrEqual(ghost.x + ghost.width - 2);
  expect(link.x + link.width).toBeLessThanOrEqual(successor.x + 2);
  // Its label can be read whole: no card lies over or under any part of it.
  const { buttons: labels, covered } = await cardsUnderReplacedLabels(page);
  expect(labels).toBe(1);
  expect(covered).toEqual([]);
});

test('a successor in another row is linked across the margin between the rows, its label there, clear of every card', async ({
  page,
}) => {
  // Clear Containers' ghost (OCI runtime row) and Kata Containers (shim row), and three successors in their own row.
  await open(page, '?date=2019-06-01&compare=2017-06-01');
  await expect(page.locator('[data-fixed-graph="true"]')).toBeAttached();
  const { ghost, successor, link } = await replacedLink(
    page,
    'ghost:group:clear-containers',
    'group:kata',
    'clear-containers->kata-containers',
  );
  expect(successor.y + successor.height).toBeLessThan(ghost.y);
  // The link rises from the ghost's top to the successor's bottom, through no card of either row.
  expect(link.y).toBeGreaterThanOrEqual(successor.y + successor.height - 2);
  expect(link.y + link.height).toBeLessThanOrEqual(ghost.y + 2);
  const { buttons: labels, covered } = await cardsUnderReplacedLabels(page);
  // Clear Containers and its runtime, both replaced by Kata's, have one link and one label.
  expect(labels).toBe(3);
  expect(covered).toEqual([]);
});

/** Where a ghost, its successor and the "replaced by" link between them are drawn. */
async function replacedLink(page: Page, ghost: string, successor: string, link: string) {
  const box = async (l: Locator) => (await l.boundingBox())!;
  return {
    ghost: await box(node(page, ghost)),
    successor: await box(node(page, successor)),
    link: await box(page.getByTestId(`rf__edge-replaced:${link}`).locator('path').first()),
  };
}

/** The "replaced by" labels drawn, and the cards that lie over or under any part of one. */
const cardsUnderReplacedLabels = (page: Page) =>
  cardsUnder(page, '.react-flow__edgelabel-renderer div:text-is("replaced by")');

test('compare 2021-01-01 with 2023-01-01 explains dockershim’s removal at a glance', async ({ page }) => {
  await open(page, '?date=2023-01-01&compare=2021-01-01');
  await expect(page.getByTestId('rf__node-ghost:dockershim')).toBeVisible();
  await expect(node(page, 'dockershim')).toBeHidden();
  await expect(node(page, 'cri-dockerd')).toBeVisible();
  await expect(edge(page, 'kubelet->cri-dockerd').locator('path.relation-edge')).toHaveClass(
    /emphasis-added/,
  );
  await expect(page.getByTestId('rf__edge-replaced:dockershim->cri-dockerd')).toBeAttached();
  await expect(page.getByTestId('rf__edge-ghost:dockershim->docker')).toBeAttached();
  const changed = page.getByRole('region', { name: /What changed from 2021-01-01 to 2023-01-01/ });
  await expect(
    changed.getByRole('listitem').filter({ hasText: 'replaced' }).filter({ hasText: 'dockershim' }),
  ).toContainText('cri-dockerd');
  // The control shows the compared date, and stopping returns to the plain view.
  await expect(page.getByLabel('Compare with')).toHaveValue('2021-01-01');
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page).not.toHaveURL(/compare=/);
  await expect(page.locator('[data-id^="ghost:"]')).toHaveCount(0);
});

test('hovering an edge shows its mechanism and dates; the legend explains the styles', async ({ page }) => {
  await open(page, '?date=2017-06-01&focus=dockershim');
  await page.getByLabel('this stack only').check();
  await expect(page.locator('[data-fitted="true"]')).toBeVisible();
  const from = (await node(page, 'containerd-shim').boundingBox())!;
  const to = (await node(page, 'runc').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, (from.y + from.height + to.y) / 2);
  await expect(page.getByRole('tooltip')).toContainText('OCI runtime CLI');
  await expect(page.getByRole('tooltip')).toContainText(/2016-04-13 – /);
  await page.getByRole('button', { name: /^Legend/ }).click();
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('shim v1');
});

test('the view fits what is drawn, and stops refitting once the user zooms', async ({ page }) => {
  await page.clock.install(); // time flows as usual until the test moves it by hand
  await open(page, '?date=2017-06-01&focus=dockershim');
  await page.getByLabel('this stack only').check();
  await expect(page.locator('[data-fitted="true"]')).toBeVisible();
  const box = await node(page, 'runc').boundingBox();
  const pane = await page.locator('.react-flow').boundingBox();
  expect(box && pane && box.y + box.height <= pane.y + pane.height && box.y >= pane.y).toBe(true);
  expect((await drawn(page)).nodes).toContain('runc');

  // A new drawing is fitted again...
  const viewport = page.locator('.react-flow__viewport');
  const figureFit = (await viewport.getAttribute('style'))!;
  await page.getByLabel('this stack only').uncheck();
  await expect(page.locator('[data-fitted="true"]')).toBeVisible();
  await expect(viewport).not.toHaveAttribute('style', figureFit);

  // ...until the user zooms with the wheel: then no later drawing moves the view.
  const fitted = (await viewport.getAttribute('style'))!;
  await page.mouse.move(pane!.x + pane!.width / 2, pane!.y + pane!.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(viewport).not.toHaveAttribute('style', fitted);
  const zoomed = (await viewport.getAttribute('style'))!;
  expect(Number(/scale\(([\d.]+)\)/.exec(zoomed)![1])).toBeGreaterThan(
    Number(/scale\(([\d.]+)\)/.exec(fitted)![1]),
  );
  await page.getByLabel('this stack only').check();
  await expect(page.locator('[data-fitted="false"]')).toBeVisible();
  await expect(page.locator('.react-flow__node-pod')).toBeAttached();
  await page.clock.runFor(5_000); // every timer of the next 5 s fires now, the refit's among them
  await expect(page.locator('[data-fitted="false"]')).toBeVisible();
  await expect(viewport).toHaveAttribute('style', zoomed);
});

test('zoomed so far out that names would be specks, cards are plain boxes that keep their names for screen readers', async ({
  page,
}) => {
  await open(page, '?date=2019-06-15');
  const runc = node(page, 'runc');
  await expect(runc.getByText('runc', { exact: true })).toBeVisible();
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  while (await zoomOut.isEnabled()) await zoomOut.click();
  await expect(runc).toBeVisible();
  await expect(runc.getByText('runc', { exact: true })).toBeHidden();
  await expect(runc).toHaveAccessibleName(/^runc/);
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect(runc.getByText('runc', { exact: true })).toBeVisible();
});

test('a card picked brings the drawing to a readable zoom, where no card’s words spill out of it', async ({
  page,
}) => {
  await open(page, '?date=2019-06-15');
  await expect(page.locator('[data-fitted="true"]')).toBeVisible();
  await node(page, 'containerd').click();
  await expect(page.locator('.react-flow__viewport')).toHaveAttribute('style', /scale\(0\.9\)/);
  // Every line of words in the card's visible column (what overflows sideways out of the card is clipped).
  const spilled = await page
    .locator('.react-flow__node-component:not([data-absent]) .component-box')
    .evaluateAll((boxes) =>
      boxes.flatMap((box) => {
        const card = box.getBoundingClientRect();
        return Array.from(box.querySelectorAll('.component-name, .component-meta'))
          .map((line) => line.getBoundingClientRect())
          .filter((r) => r.height > 0 && r.left < card.right - 1)
          .filter((r) => r.bottom > card.bottom + 1 || r.right > card.right + 1)
          .map(() => box.closest('.react-flow__node')!.getAttribute('data-id'));
      }),
    );
  expect(spilled).toEqual([]);
  await expect(node(page, 'containerd')).toContainText('≥ 1.2.0');
  // Beside a release, an organisation shows a few letters at least, or not at all (not "D").
  const scraps = await page
    .locator('.react-flow__node-component:not([data-absent]) .component-meta > span:last-child')
    .evaluateAll((spans) =>
      spans.flatMap((span) => {
        const [r, line] = [span.getBoundingClientRect(), span.parentElement!.getBoundingClientRect()];
        const shown = r.width > 0 && r.top < line.bottom - 1; // on the line's one visible row
        return shown && r.width < 30 ? [`${span.textContent} (${Math.round(r.width)} px)`] : [];
      }),
    );
  expect(scraps).toEqual([]);
});

test('a secondary call stays visibly dashed at every zoom the buttons reach', async ({ page }) => {
  await open(page, '?date=2019-06-15');
  await expect(page.locator('[data-fitted="true"]')).toBeVisible();
  // The shortest dash or gap of a drawn dashed line, in screen pixels: its length in the drawing times the zoom.
  const shortestDash = () =>
    page.evaluate(() => {
      const zoom = Number(
        /scale\(([\d.]+)\)/.exec(
          document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform,
        )![1],
      );
      const dashes = Array.from(
        document.querySelectorAll('.react-flow__edge:not([data-absent]) path.react-flow__edge-path'),
      )
        .map((p) => getComputedStyle(p).strokeDasharray)
        .filter((d) => d !== 'none')
        .map((d) => Math.min(...d.split(/[ ,]+/).map(parseFloat)) * zoom);
      return { lines: dashes.length, shortest: Math.min(...dashes), zoom };
    });
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  const zooms = new Set<number>();
  for (;;) {
    const now = await shortestDash();
    expect(now.lines, 'dashed lines drawn').toBeGreaterThan(0);
    // Shorter than this, dashes and gaps blur into a thin solid line.
    expect(now.shortest, `dashes at zoom ${now.zoom}`).toBeGreaterThanOrEqual(1.5);
    zooms.add(now.zoom);
    if (!(await zoomOut.isEnabled())) break;
    await zoomOut.click();
    await expect.poll(async () => (await shortestDash()).zoom).toBeLessThan(now.zoom);
  }
  expect(Math.min(...zooms)).toBeLessThan(0.15); // as far out as cards are plain boxes
});
