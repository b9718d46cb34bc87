import type { Page } from '@playwright/test';
import { edge, expect, node, open, slider, test } from './fixtures';

test.describe('a shared date opens that day', () => {
  test('2015-06-01: Docker on libcontainer, kubelet calling Docker directly, no CRI yet', async ({
    page,
  }) => {
    await open(page, '?date=2015-06-01');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '2015-06-01');
    for (const id of ['kubelet', 'docker', 'libcontainer', 'group:lxc'])
      await expect(node(page, id)).toBeVisible();
    for (const id of ['dockershim', 'containerd', 'containerd-shim', 'cri-o', 'conmon'])
      await expect(node(page, id)).toBeHidden();
    await expect(edge(page, 'kubelet->docker')).toBeAttached();
    await expect(edge(page, 'docker->libcontainer')).toBeAttached();
    await expect(edge(page, 'dockershim->docker')).toBeHidden();
  });

  test('2018-06-01: dockershim inside the kubelet era, Docker on containerd and runc', async ({ page }) => {
    await open(page, '?date=2018-06-01');
    for (const id of [
      'kubelet',
      'dockershim',
      'docker',
      'containerd',
      'containerd-shim',
      'runc',
      'cri-o',
      'conmon',
    ]) {
      await expect(node(page, id)).toBeVisible();
    }
    await expect(node(page, 'libcontainer')).toBeHidden();
    for (const id of [
      'kubelet->dockershim',
      'dockershim->docker',
      'docker->containerd',
      'containerd->containerd-shim',
      'containerd-shim->runc',
      'kubelet->cri-o',
    ]) {
      await expect(edge(page, id)).toBeAttached();
    }
    await expect(edge(page, 'kubelet->docker')).toBeHidden();
  });

  test('2023-01-01: dockershim removed (Kubernetes 1.24), CRI-O still there', async ({ page }) => {
    await open(page, '?date=2023-01-01');
    await expect(node(page, 'dockershim')).toBeHidden();
    await expect(edge(page, 'dockershim->docker')).toBeHidden();
    for (const id of ['kubelet', 'cri-o', 'conmon', 'docker', 'containerd', 'runc'])
      await expect(node(page, id)).toBeVisible();
    await expect(edge(page, 'kubelet->cri-o')).toBeAttached();
  });

  test('the day dockershim was removed it is gone; the day before it is there', async ({ page }) => {
    await open(page, '?date=2022-05-02');
    await expect(node(page, 'dockershim')).toBeVisible();
    await open(page, '?date=2022-05-03');
    await expect(node(page, 'dockershim')).toBeHidden();
  });
});

test('dragging the slider moves the date, the URL and the canvas together', async ({ page }) => {
  await open(page, '?date=2020-01-01');
  const historyBefore = await page.evaluate(() => history.length);
  const box = (await slider(page).boundingBox())!;
  const y = box.y + box.height / 2;
  const thumbX = async () => {
    const [value, min, max] = await slider(page).evaluate((el: HTMLInputElement) =>
      [el.value, el.min, el.max].map(Number),
    );
    return box.x + 8 + ((value - min) / (max - min)) * (box.width - 16);
  };

  await page.mouse.move(await thumbX(), y);
  await page.mouse.down();
  await page.mouse.move(box.x + 1, y, { steps: 12 });
  await page.mouse.up();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '2013-01-01');
  await expect(page).toHaveURL(/\?date=2013-01-01$/);
  await expect(page.locator('[data-drawn-date="2013-01-01"]')).toBeVisible();
  await expect(node(page, 'docker')).toBeHidden(); // Docker 0.1 came on 2013-03-23
  await expect(node(page, 'group:lxc')).toBeVisible();

  await page.mouse.move(await thumbX(), y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, y, { steps: 12 });
  await page.mouse.up();
  const date = (await slider(page).getAttribute('aria-valuetext'))!;
  expect(date > '2016-04-13' && date < '2022-05-03', `dragged to ${date}`).toBe(true);
  await expect(page).toHaveURL(new RegExp(`\\?date=${date}$`));
  await expect(page.locator(`[data-drawn-date="${date}"]`)).toBeVisible();
  await expect(node(page, 'containerd')).toBeVisible();
  await expect(node(page, 'dockershim')).toBeVisible();

  // Each drag adds one history entry (docs/contract.md §2), not one per day it crossed.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore + 2);
});

test('a nonsense date falls back to the last day with a notice, and the URL is rewritten', async ({
  page,
}) => {
  await page.goto('./?date=banana');
  const notice = page.getByRole('status').filter({ hasText: 'banana' });
  await expect(notice).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  const max = await slider(page).evaluate((el: HTMLInputElement) => el.max);
  await expect(slider(page)).toHaveJSProperty('value', max);
  await expect(node(page, 'kubelet')).toBeVisible();
  await notice.getByRole('button', { name: /Dismiss/ }).click();
  await expect(notice).toHaveCount(0);
});

test('the published dataset sits beside index.html', async ({ request }) => {
  const response = await request.get('./data/dataset.json');
  expect(response.ok()).toBe(true);
  const dataset = await response.json();
  expect(dataset.schemaVersion).toBe(1);
  expect(dataset.components.map((c: { id: string }) => c.id)).toEqual(
    expect.arrayContaining(['docker', 'kubelet', 'runc']),
  );
});

test('before any script runs, the page already shows the default day drawn and told in both languages, and the explorer then replaces it', async ({
  browser,
  page,
  request,
}) => {
  const { asOf } = await (await request.get('./data/dataset.json')).json();
  const bare = await browser.newContext({ javaScriptEnabled: false });
  const first = await bare.newPage();
  await first.goto('./');
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Container runtimes, day by day', {
    useInnerText: true,
  });
  await expect(first.locator('.first-paint svg title')).toHaveText(
    `Container runtimes, day by day · ${asOf}`,
  );
  expect(await first.locator('.first-paint svg [data-id]').count()).toBeGreaterThan(20);
  const told = {
    en: await first.locator('.first-paint p[lang="en"]').textContent(),
    ja: await first.locator('.first-paint p[lang="ja"]').textContent(),
  };
  await bare.close();
  // What the page says before the explorer runs is what the explorer then says, in each language.
  await open(page, '?lang=ja');
  await expect(page.getByTestId('story-summary')).toHaveText(told.ja!);
  await open(page, '');
  await expect(page.locator('.first-paint')).toHaveCount(0);
  // The explorer's stylesheet, which the first paint does not wait for, is applied once it draws.
  await expect(page.getByRole('banner')).toHaveCSS('display', 'flex');
  await expect(page.getByTestId('story-summary')).toHaveText(told.en!);
  expect(told.en).toContain(`On ${asOf} Kubernetes (kubelet) reaches runc`);
});

for (const { reader, locale, query, shown, hidden } of [
  { reader: 'a Japanese browser', locale: 'ja-JP', query: '', shown: 'ja', hidden: 'en' },
  {
    reader: 'an English link in a Japanese browser',
    locale: 'ja-JP',
    query: '?lang=en',
    shown: 'en',
    hidden: 'ja',
  },
  { reader: 'a Japanese link', locale: 'en-US', query: '?lang=ja', shown: 'ja', hidden: 'en' },
  { reader: 'an English browser', locale: 'en-US', query: '', shown: 'en', hidden: 'ja' },
])
  test(`the page drawn before the explorer speaks the language the explorer will speak, for ${reader}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    // The explorer's script never arrives: what the reader sees is the first paint alone.
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`./${query}`);
    const title = { en: 'Container runtimes, day by day', ja: 'コンテナランタイムの歴史' };
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title[shown as 'en' | 'ja'], {
      useInnerText: true,
    });
    await expect(page.locator(`.first-paint p.story[lang="${shown}"]`)).toBeVisible();
    await expect(page.locator(`.first-paint p.story[lang="${hidden}"]`)).toBeHidden();
    expect(await page.locator('.first-paint').evaluate((e) => (e as HTMLElement).innerText)).not.toContain(
      shown === 'en' ? 'スタック' : 'The stack on',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', shown);
    await context.close();
  });

test('the explorer starts without writing the page’s language again: writing it restyles the whole page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const writes: (string | null)[] = [];
    Object.assign(window, { langWrites_: writes });
    new MutationObserver((records) => {
      for (const r of records) writes.push(r.oldValue);
    }).observe(document, { attributeFilter: ['lang'], attributeOldValue: true, subtree: true });
  });
  await open(page, '?lang=ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // Once, by the first-view script (from the page's English): the explorer finds it set.
  const writes = await page.evaluate(() => (window as unknown as { langWrites_: unknown[] }).langWrites_);
  expect(writes).toEqual(['en']);
  // A change of language is still written.
  await page.getByRole('combobox', { name: '言語' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const { link, what, chunk } of [
  { link: '?lang=ja&date=2019-06-15', what: 'Japanese words', chunk: /\/assets\/ja-[\w-]+\.js$/ },
  {
    link: '?date=2019-06-15&node=containerd',
    what: 'component details',
    chunk: /\/assets\/DetailsPanel-[\w-]+\.js$/,
  },
])
  test(`a link asks for the ${what} it opens with together with the explorer’s script, not after the script has run (${link})`, async ({
    page,
  }) => {
    const asked = new Promise<true>((resolve) =>
      page.on('request', (r) => chunk.test(r.url()) && resolve(true)),
    );
    // A slow network for the explorer's script: it arrives only once the chunk is asked for (or 3 s on).
    let askedFirst: boolean | null = null;
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      const late = new Promise<false>((resolve) => setTimeout(() => resolve(false), 3000));
      askedFirst = await Promise.race([asked, late]);
      await route.continue();
    });
    await open(page, link);
    await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', '2019-06-15');
    expect(askedFirst).toBe(true);
  });

test('the default view asks for the code of the figure and compare views only once its canvas is drawn, and a compare then draws', async ({
  page,
}) => {
  await open(page, '?date=2019-06-15');
  const asked = () =>
    page.evaluate(() => {
      const canvas = performance.getEntriesByName('first-full-canvas')[0].startTime;
      return performance
        .getEntriesByType('resource')
        .filter((r) => /\/(figure-layout|compare-view)-[\w-]+\.js$/.test(r.name))
        .map(
          (r) =>
            `${r.name.includes('figure') ? 'figure' : 'compare'} ${r.startTime > canvas ? 'after' : 'before'}`,
        )
        .sort();
    });
  // Fetched beside the dataset, they delayed the first full canvas.
  await expect.poll(asked).toEqual(['compare after', 'figure after']);
  await page.getByLabel('Compare with').fill('2017-06-01');
  await expect(page.getByTestId('rf__node-ghost:cri-containerd')).toBeVisible();
});

/** What the page showed before one animation frame. */
interface Frame {
  firstPaint: boolean;
  /** Component cards present on the explorer's canvas. */
  cards: number;
  /** Every card fully opaque (none fading in). */
  opaque: boolean;
  /** The canvas's view, while it is visible. */
  transform: string | null;
  /** The component whose details are open, if any. */
  details: string | null;
  /** Where the story's summary sits in the page, once it is there. */
  storyTop: number | null;
  /** Bars of the chronicle drawn. */
  bars: number;
}

/**
 * Records each frame until the explorer has drawn for a while, as painted: does the page show the
 * first paint, and what does the explorer show, how, where? Read once the frame is laid out, by a
 * resize observer made for that frame (a new observer reports at once, after the page's own
 * observers and what they changed). `explorerFrames` returns the frames after the first paint.
 */
async function recordFrames(page: Page): Promise<{ explorerFrames: () => Promise<Frame[]> }> {
  await page.addInitScript(() => {
    const frames: Frame[] = [];
    Object.assign(window, { frames_: frames });
    const probe = document.createElement('div');
    probe.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;pointer-events:none';
    const record = () => {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      const cards = Array.from(document.querySelectorAll('.react-flow__node-component:not([data-absent])'));
      frames.push({
        firstPaint: document.querySelector('.first-paint') !== null,
        cards: cards.length,
        opaque: cards.every((card) => getComputedStyle(card).opacity === '1'),
        transform:
          viewport && getComputedStyle(viewport).visibility === 'visible' ? viewport.style.transform : null,
        details: document.querySelector('section[aria-label="Component details"] h2')?.textContent ?? null,
        storyTop:
          document.querySelector('[data-testid="story-summary"]')?.getBoundingClientRect().top ?? null,
        bars: document.querySelectorAll('[data-bar-id]').length,
      });
    };
    const sample = () => {
      if (document.body !== null) {
        if (!probe.isConnected) document.body.append(probe);
        const observer = new ResizeObserver(() => {
          observer.disconnect();
          record();
        });
        observer.observe(probe);
      }
      if (frames.length < 2000) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  return {
    explorerFrames: async () => {
      const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
      expect(frames.some((f) => f.firstPaint)).toBe(true);
      return frames.slice(frames.findLastIndex((f) => f.firstPaint) + 1);
    },
  };
}

test('the explorer takes over from the first paint with its canvas drawn and fitted: no frame shows it empty, unfitted or fading in', async ({
  page,
}) => {
  const { explorerFrames } = await recordFrames(page);
  await open(page, '');
  const fitted = await page.locator('.react-flow__viewport').evaluate((e: HTMLElement) => e.style.transform);
  const cards = await page.locator('.react-flow__node-component:not([data-absent])').count();
  const explorer = await explorerFrames();
  expect(explorer.length).toBeGreaterThan(0);
  // The first frame without the first paint already shows the day's cards in the fitted view...
  expect(cards).toBeGreaterThan(10);
  expect(explorer[0].cards).toBe(cards);
  expect(explorer[0].transform).toBe(fitted);
  // ...at full strength, as the first paint showed them: none fades in again.
  expect(explorer.filter((f) => !f.opaque)).toEqual([]);
});

test('a link that names a component opens with its details in the first frame of the explorer, and the story below them does not move', async ({
  page,
}) => {
  const { explorerFrames } = await recordFrames(page);
  await open(page, '?date=2019-06-15&node=containerd');
  await expect(
    page.getByRole('region', { name: 'Component details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('containerd');
  const storyTop = await page.getByTestId('story-summary').evaluate((e) => e.getBoundingClientRect().top);
  const explorer = await explorerFrames();
  expect(explorer.length).toBeGreaterThan(0);
  expect(explorer[0].details).toBe('containerd');
  expect(explorer.filter((f) => f.storyTop !== storyTop)).toEqual([]);
});

test('a link to the chronicle opens with the chronicle drawn in the first frame of the explorer', async ({
  page,
}) => {
  const { explorerFrames } = await recordFrames(page);
  await page.goto('./?view=chronicle&date=2019-06-15');
  await expect(page.locator('[data-bar-id]').first()).toBeVisible();
  const bars = await page.locator('[data-bar-id]').count();
  const explorer = await explorerFrames();
  expect(bars).toBeGreaterThan(20);
  expect(explorer[0].bars).toBe(bars);
});
