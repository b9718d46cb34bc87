import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Every test fails on a console error or an uncaught exception. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const node = (page: Page, id: string): Locator => page.getByTestId(`rf__node-${id}`);
export const edge = (page: Page, id: string): Locator => page.getByTestId(`rf__edge-${id}`);
export const slider = (page: Page): Locator => page.getByRole('slider', { name: 'Date' });

/** Open a view and wait until the canvas shows that day and has been fitted (nodes stop moving). */
export async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  const date = await slider(page).getAttribute('aria-valuetext');
  await expect(page.locator(`[data-drawn-date="${date}"][data-fitted="true"]`)).toBeVisible();
}

/** The ids of the components and relations drawn right now (one round trip to the page). */
export async function drawn(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    // Absent things stay mounted but hidden (contract §4); fading copies of what just left carry no id.
    const shown = (e: Element) => e.checkVisibility({ visibilityProperty: true });
    const nodes = Array.from(document.querySelectorAll('.react-flow__node-component'))
      .filter(shown)
      .flatMap((e) => e.getAttribute('data-id') ?? [])
      .filter((id) => !id.includes(':'));
    // A group is drawn with its parts: it counts as changed when they do.
    const groups = Array.from(document.querySelectorAll('.react-flow__node-group'))
      .filter(shown)
      .flatMap((e) => {
        const members = e.querySelector('[data-members]')?.getAttribute('data-members');
        return members === undefined || members === null ? [] : [`${e.getAttribute('data-id')}[${members}]`];
      });
    const edges = Array.from(document.querySelectorAll('.react-flow__edge'))
      .filter((e) => getComputedStyle(e).visibility !== 'hidden')
      .map((e) => e.getAttribute('data-id')!);
    return { nodes: [...nodes.sort(), ...groups.sort()], edges: edges.sort() };
  });
}

/**
 * Go to `query` as Back/Forward does (the app reads the URL without a reload), in one round trip
 * that returns once two frames have passed (what the page draws is then checked with expect, which
 * would otherwise start by waiting out its first retry interval).
 */
export async function popTo(page: Page, query: string): Promise<void> {
  await page.evaluate(async (q) => {
    history.pushState(null, '', `?${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
  }, query);
}

export async function shownDate(page: Page): Promise<string> {
  return (await slider(page).getAttribute('aria-valuetext'))!;
}

/** Wait until the canvas has caught up with the slider. */
export async function settled(page: Page): Promise<string> {
  const date = await shownDate(page);
  await expect(page.locator(`[data-drawn-date="${date}"]`)).toBeVisible();
  return date;
}

/**
 * The ids of the edges drawn right now. Absent edges stay mounted with visibility: hidden (contract
 * §4); Playwright's :visible would also drop straight lines, whose boxes have no width or height.
 */
export async function shownEdges(page: Page | Locator): Promise<string[]> {
  const edges = page.locator('.react-flow__edge');
  return (
    await edges.evaluateAll((els) =>
      els.filter((e) => getComputedStyle(e).visibility !== 'hidden').map((e) => e.getAttribute('data-id')!),
    )
  ).sort();
}

/** Something dated in the dataset (contract §3). */
export type Dated = { id: string; since: string; until: string | null };
const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** An independent reading of contract §3's presence rule, to check the canvas against. */
export const isPresent = (item: Dated, day: string) =>
  firstDay(item.since) <= day && (item.until === null || day < firstDay(item.until));

/**
 * What axe finds serious or critical on the page, one line each (rule, the first few elements).
 * Legacy mode runs axe in the page itself: the default mode finishes its run in a new blank page,
 * which took half of each check's 4 s (the app has no frames for that mode to reach).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** How large a card's name is on screen, in px: its font size times the canvas's zoom. */
export const nameSizeOnScreen = (card: Locator): Promise<number> =>
  card.locator('.component-name').evaluate((e) => {
    const zoom = new DOMMatrixReadOnly(
      getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
    ).a;
    return Number.parseFloat(getComputedStyle(e).fontSize) * zoom;
  });

/**
 * A PNG's pixels, read in the page, over the top `share` of its height: their mean brightness (0
 * black, 1 white) and the share of them that are dark (r + g + b under 600).
 */
export const pngPixels = (
  page: Page,
  png: Buffer,
  share = 1,
): Promise<{ brightness: number; dark: number }> =>
  page.evaluate(
    async ([base64, share]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), {
        width: image.naturalWidth,
        height: image.naturalHeight,
      });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, Math.round(canvas.height * share));
      let [sum, dark] = [0, 0];
      for (let i = 0; i < data.length; i += 4) {
        const rgb = data[i] + data[i + 1] + data[i + 2];
        sum += rgb / (3 * 255);
        if (rgb < 600) dark++;
      }
      const pixels = data.length / 4;
      return { brightness: sum / pixels, dark: dark / pixels };
    },
    [png.toString('base64'), share] as const,
  );

/**
 * The cards drawn on the canvas (components and closed groups, not an opened family's frame) and
 * the elements matched by `buttons` (the canvas's buttons, a link's labels), as boxes on screen,
 * and which cards they cover.
 */
export async function cardsUnder(
  page: Page,
  buttons: string,
): Promise<{ cards: number; buttons: number; covered: DOMRect[] }> {
  // Only what is shown: once the view's fixed graph is built, what is absent on the shown day is
  // mounted too, hidden (contract §4).
  const boxes = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((els) =>
        els
          .filter((e) => e.checkVisibility({ visibilityProperty: true }))
          .map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
  const cards = await boxes(
    '.react-flow__node-component:not([data-absent]), .react-flow__node-group:not([data-absent]):has(.group-box:not(.is-open))',
  );
  const over = await boxes(buttons);
  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return {
    cards: cards.length,
    buttons: over.length,
    covered: over.flatMap((b) => cards.filter((c) => overlaps(b, c))),
  };
}
