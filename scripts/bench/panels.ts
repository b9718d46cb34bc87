import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from './stats';

/** A panel that opens from a chunk of its own: how to open it, and what shows it open. */
const PANELS: { name: string; open: (page: Page) => Promise<void>; shown: string }[] = [
  {
    name: 'details (a card clicked)',
    open: (page) => page.locator('.react-flow__node[data-id="containerd"]').click(),
    shown: 'section[aria-label="Component details"] h2',
  },
  {
    name: 'runtime guide',
    open: (page) => page.getByRole('button', { name: 'Runtime guide' }).click(),
    shown: '#guide-heading',
  },
  {
    name: 'legend',
    open: (page) => page.getByRole('button', { name: /^Legend/ }).click(),
    shown: '.legend li',
  },
  {
    name: 'story: events',
    open: (page) =>
      page
        .locator('summary')
        .filter({ hasText: /^Events/ })
        .click(),
    shown: 'details[open] li',
  },
  {
    name: 'keyboard shortcuts',
    open: (page) => page.getByRole('button', { name: 'Keyboard shortcuts' }).click(),
    shown: 'dialog[open] #shortcuts-heading',
  },
];

/** Resolves, after the next click, with the ms from that click to the first frame that shows `shown`. */
const timer = (shown: string) => `window.__opened = new Promise((resolve) => {
  document.addEventListener('click', () => {
    const t0 = performance.now();
    const frame = () => (document.querySelector(${JSON.stringify(shown)}) ? resolve(performance.now() - t0) : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  }, { capture: true, once: true });
}); 0`;

/**
 * Each panel opened once in `runs` fresh pages (its chunk fetched then), from the click to the
 * first frame that shows it: what a user waits for when opening it the first time.
 */
export async function panelOpening(
  browser: Browser,
  url: string,
  runs: number,
): Promise<Record<string, Summary>> {
  const times = new Map<string, number[]>(PANELS.map((p) => [p.name, []]));
  for (let i = 0; i < runs; i++)
    for (const panel of PANELS) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}?date=2019-06-15`);
      await page.locator('[data-fitted="true"][data-fixed-graph="true"]').waitFor();
      await page.evaluate(timer(panel.shown));
      await panel.open(page);
      times.get(panel.name)!.push((await page.evaluate('window.__opened')) as number);
      await context.close();
    }
  return Object.fromEntries([...times].map(([name, ms]) => [name, summarize(ms)]));
}
