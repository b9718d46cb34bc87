import fc from 'fast-check';
import { hostileQuery } from '../src/url/hostile.test-helpers';
import { parseViewState, serializeViewState, type ViewContext } from '../src/url/view-state';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  drawn,
  expect,
  isPresent,
  node,
  open,
  popTo,
  seriousViolations,
  settled,
  slider,
  test,
  type Dated,
} from './fixtures';

test.describe('hostile URLs', () => {
  // The same generator the unit property test runs 2,000 times; a fixed sample goes through the real page.
  const queries = fc.sample(hostileQuery, { numRuns: 100, seed: 20261128 });
  const contextOf = async (request: APIRequestContext): Promise<ViewContext> => {
    const dataset = await (await request.get('./data/dataset.json')).json();
    return {
      minDay: '2013-01-01',
      maxDay: dataset.asOf,
      componentIds: new Set(dataset.components.map((c: { id: string }) => c.id)),
      stackIds: new Set(dataset.stacks.map((s: { id: string }) => s.id)),
      defaultLang: 'en',
      version: dataset.version,
      changelog: dataset.changelog,
    };
  };
  // Elements that could run script or load something, but the page's own inline script (which
  // picks the first view's language and what it loads ahead: scripts/vite-plugin-first-paint.ts).
  const injected = (page: Page) =>
    page.evaluate(
      () =>
        document.querySelectorAll(
          'script:not([type="module"]):not(#first-view), img, iframe, object, embed, [onerror], [onload]',
        ).length,
    );
  const notices = (page: Page) =>
    page.getByRole('list', { name: /^(Notices|お知らせ)$/ }).getByRole('status');

  // Back/Forward reads the URL exactly as a load does, so one page takes 25 at a time without reloads.
  for (const n of [0, 1, 2, 3]) {
    test(`hostile query strings ${n * 25 + 1}–${n * 25 + 25} of 100 in one page: no error, nothing injected, a valid URL, a notice`, async ({
      page,
      request,
    }) => {
      const ctx = await contextOf(request);
      await open(page, '');
      for (const query of queries.slice(n * 25, n * 25 + 25)) {
        const before = await notices(page).count();
        await popTo(page, query);
        const { state, notices: expected } = parseViewState(new URL(`http://x/?${query}`).search, ctx);
        await expect(page, query).toHaveURL((url) => url.search === serializeViewState(state, ctx));
        await expect(notices(page), query).toHaveCount(before + expected.length);
        expect(await injected(page), query).toBe(0);
      }
    });
  }

  // And a slice of them as fresh loads, the way a pasted link arrives.
  for (const [n, slice] of [queries.slice(0, 10), queries.slice(10, 20)].entries()) {
    test(`hostile query strings ${n * 10 + 1}–${n * 10 + 10} as fresh page loads`, async ({
      page,
      request,
    }) => {
      const ctx = await contextOf(request);
      for (const query of slice) {
        await page.goto(`./?${query}`);
        await settled(page);
        const { state, notices: expected } = parseViewState(new URL(`http://x/?${query}`).search, ctx);
        await expect(page, query).toHaveURL((url) => url.search === serializeViewState(state, ctx));
        await expect(notices(page), query).toHaveCount(expected.length);
        expect(await injected(page), query).toBe(0);
      }
    });
  }
});

test('the production page has a strict CSP and breaks none of it', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await open(page, '?date=2018-06-01&node=containerd&focus=kata-1&compare=2016-06-01');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  await page.getByLabel('this stack only').check();
  await page.keyboard.press('?');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('a whole session talks to no other origin', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await open(page, '?date=2015-01-01');
  const box = (await slider(page).boundingBox())!;
  await page.mouse.move(box.x + 8, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++)
    await page.mouse.move(box.x + 8 + ((box.width - 16) * i) / 40, box.y + box.height / 2);
  await page.mouse.up();
  await open(page, '?date=2018-06-01');
  // containerd is drawn as a frame around its CRI plugin: click its name, as a person would.
  await node(page, 'containerd').locator('.component-name').click();
  await page.getByLabel('Focus').selectOption('kata-1');
  await page.getByLabel('this stack only').check();
  await page.getByLabel('Compare with').fill('2016-06-01');
  await page.getByRole('button', { name: 'Next change ▶' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  expect([...origins].filter((o) => o !== new URL(baseURL!).origin && o !== 'null')).toEqual([]);
});

test('links from the data are http(s) and open without a handle on this page', async ({ page }) => {
  await open(page, '?date=2018-06-01&node=containerd');
  // The details and the list of events are chunks of their own, drawn once they arrive.
  await expect(page.getByRole('link', { name: 'Repository' })).toBeVisible();
  await page.getByText(/^Events \(\d+\)$/).click();
  const links = page.locator('a[href^="http"], a[target="_blank"]');
  await expect.poll(() => links.count()).toBeGreaterThan(5);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

// Every change day and 200 random days, in eight slices so each test's time stays far from its timeout.
async function daysToDraw(request: APIRequestContext): Promise<string[]> {
  const dataset = await (await request.get('./data/dataset.json')).json();
  const first = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const dates = new Set<string>();
  for (const item of [...dataset.components, ...dataset.relations]) {
    for (const d of [item.since, item.until])
      if (d && first(d) >= '2013-01-01' && first(d) <= dataset.asOf) dates.add(first(d));
  }
  const start = Date.parse('2013-01-01');
  const span = (Date.parse(dataset.asOf) - start) / 86_400_000;
  for (const n of fc.sample(fc.integer({ min: 0, max: span }), { numRuns: 200, seed: 7 }))
    dates.add(new Date(start + n * 86_400_000).toISOString().slice(0, 10));
  return [...dates].sort();
}

test('more than 200 days to draw, change days and random ones', async ({ request }) => {
  expect((await daysToDraw(request)).length).toBeGreaterThan(200);
});

for (const slice of [0, 1, 2, 3, 4, 5, 6, 7]) {
  test(`every change day and 200 random days draw without error (slice ${slice + 1} of 8)`, async ({
    page,
    request,
  }) => {
    const all = await daysToDraw(request);
    const dataset = await (await request.get('./data/dataset.json')).json();
    const size = Math.ceil(all.length / 8);
    await open(page, '');
    // Day changes now only show and hide the mounted fixed graph (contract §4: visible ⇔ present).
    await expect(page.locator('[data-fixed-graph="true"]')).toBeAttached();
    for (const date of all.slice(slice * size, slice * size + size)) {
      await popTo(page, `date=${date}`);
      await expect(page.locator(`[data-drawn-date="${date}"]`)).toBeAttached();
      const { nodes, edges } = await drawn(page);
      const cards = nodes.filter((n) => !n.includes('['));
      const grouped = nodes
        .filter((n) => n.includes('['))
        .flatMap((n) => n.slice(n.indexOf('[') + 1, -1).split(' '));
      const present = new Set<string>(
        dataset.components.filter((c: Dated) => isPresent(c, date)).map((c: Dated) => c.id),
      );
      expect(cards.length, date).toBeGreaterThan(0);
      for (const id of cards) expect(present.has(id), `${id} is drawn on ${date}`).toBe(true);
      for (const id of present)
        expect(cards.includes(id) || grouped.includes(id), `${id} is missing on ${date}`).toBe(true);
      for (const id of edges.filter((e) => !e.includes('group:')))
        expect(
          dataset.relations.some((r: Dated) => r.id === id && isPresent(r, date)),
          `${id} on ${date}`,
        ).toBe(true);
    }
  });
}

test('a failure while drawing shows a message and a reload link; the rest keeps working', async ({
  page,
  consoleErrors,
}) => {
  await page.route('**/data/dataset.json', async (route) => {
    const dataset = await (await route.fetch()).json();
    dataset.components.find((c: { id: string }) => c.id === 'runc').releases = 'not a list';
    await route.fulfill({ json: dataset });
  });
  await page.goto('./?date=2018-06-01');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be drawn');
  await expect(alert.getByRole('link', { name: 'reload the page' })).toBeVisible();
  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2013-01-01');
  await expect(page.getByTestId('story-summary')).toContainText('2013-01-01');
  await expect(node(page, 'group:lxc')).toBeVisible(); // runc is not there yet, so this day draws (LXC's group)
  consoleErrors.length = 0; // React reports the caught error on the console; that is expected here.
});

test('a panel whose code fails to load says so in its place, the story beside it and the canvas keep working, and the panel opens once its code loads', async ({
  page,
  consoleErrors,
}) => {
  let failures = 1;
  await page.route(/DetailsPanel-[\w-]+\.js$/, (route) =>
    failures-- > 0 ? route.abort() : route.continue(),
  );
  await open(page, '?date=2019-06-15');
  await node(page, 'containerd').click();
  const alert = page.getByRole('complementary').getByRole('alert');
  await expect(alert).toContainText('This panel could not be shown.');
  await expect(alert.getByRole('link', { name: 'reload the page' })).toBeVisible();
  await expect(node(page, 'containerd')).toBeVisible();
  await expect(page.getByTestId('story-summary')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(alert).toHaveCount(0);
  await node(page, 'runc').click();
  await expect(
    page.getByRole('region', { name: 'Component details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('runc');
  consoleErrors.length = 0; // the failed request and React's report of the caught error
});

test.describe('accessibility (axe: no serious or critical violations)', () => {
  const views: [string, string, ((page: Page) => Promise<void>)?][] = [
    ['the initial view', ''],
    ['a selected node', '?date=2018-06-01&node=containerd'],
    ['a focused stack', '?date=2018-06-01&focus=kata-1'],
    ['a comparison', '?date=2023-01-01&compare=2021-01-01'],
    [
      'a figure drawn alone',
      '?date=2019-06-15&focus=gvisor',
      async (page) => {
        await page.getByLabel('this stack only').check();
        await expect(page.getByTestId('rf__node-pod:pod')).toBeVisible();
      },
    ],
    [
      'the shortcut help',
      '?date=2018-06-01',
      async (page) => {
        await page.keyboard.press('?');
        await expect(page.getByRole('dialog')).toBeVisible();
      },
    ],
  ];
  for (const [name, query, act] of views) {
    // A context of its own: axe's page must not share state with the test's default page.
    test(name, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await open(page, query);
      await act?.(page);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
