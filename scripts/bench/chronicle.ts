import type { Browser, Page } from '@playwright/test';
import { sweep } from './drag';
import { summarize, type Summary } from './stats';

export interface ChronicleResult {
  /** Input event to the frame after the date line moved, per date change while the slider is dragged. */
  dateChange: Summary;
  /** Frames over 50 ms during that drag. */
  longFrames: number;
  /** Bars in the chronicle. */
  bars: number;
}

/** Run in the page (as source text, like RECORDER): times each move of the chronicle's date line. */
const LINE_RECORDER = `(() => {
  const rec = { inputs: [], moves: [], longFrames: [] };
  window.__chronicle = rec;
  for (const type of ['pointermove', 'pointerdown', 'keydown']) window.addEventListener(type, (e) => rec.inputs.push(e.timeStamp), { capture: true });
  const line = document.querySelector('[data-testid="chronicle-date-line"]');
  new MutationObserver(() => {
    const input = rec.inputs.length ? rec.inputs[rec.inputs.length - 1] : performance.now();
    requestAnimationFrame(() => rec.moves.push(performance.now() - input));
  }).observe(line, { attributes: true, attributeFilter: ['transform'] });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) rec.longFrames.push(e.duration); }).observe({ type: 'long-animation-frame' });
})()`;

/** Open the chronicle on the first day and drag the slider to the last in `moves` moves, ~60 Hz. */
export async function chronicleScrub(page: Page, url: string, moves: number): Promise<ChronicleResult> {
  await page.goto(`${url}?date=2013-01-01&view=chronicle`);
  await page.locator('[data-testid="chronicle-date-line"][data-date="2013-01-01"]').waitFor();
  await page.waitForTimeout(300);
  await page.evaluate(LINE_RECORDER);
  await sweep(page, moves, false, 16);
  await page.waitForTimeout(300);
  const rec = await page.evaluate(
    () => (window as unknown as { __chronicle: { moves: number[]; longFrames: number[] } }).__chronicle,
  );
  return {
    dateChange: summarize(rec.moves),
    longFrames: rec.longFrames.filter((d) => d > 50).length,
    bars: await page.locator('[data-bar-id]').count(),
  };
}

/**
 * Click the Chronicle tab; resolve with [ms to the frame after the bars exist, the chronicle's own
 * `chronicle-render` measure (its first render to its first frame, without loading or unmounting the canvas)].
 */
const TAB_TIMER = `new Promise((resolve) => {
  performance.clearMeasures('chronicle-render');
  const t0 = performance.now();
  document.querySelector('[role="tab"]:last-child').click();
  const own = () => performance.getEntriesByName('chronicle-render').at(-1)?.duration;
  const poll = () => (document.querySelector('[data-bar-id]') && own() !== undefined ? resolve([performance.now() - t0, own()]) : requestAnimationFrame(poll));
  poll();
})`;

/**
 * Click the Chronicle tab on the canvas and time it to the first frame with the bars drawn:
 * `first` in a fresh page (the lazy chunk is fetched), `again` after switching back and forth (cached);
 * `own`: the chronicle's own render, from both.
 */
export async function chronicleFirstRender(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ first: Summary; again: Summary; own: Summary }> {
  const first: number[] = [];
  const again: number[] = [];
  const own: number[] = [];
  const timeTab = async (page: Page) => {
    const [total, render] = (await page.evaluate(TAB_TIMER)) as [number, number];
    own.push(render);
    return total;
  };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}?date=2019-06-15`);
    await page.locator('[data-drawn-date="2019-06-15"]').waitFor();
    first.push(await timeTab(page));
    await page.getByRole('tab', { name: 'Canvas' }).click();
    await page.locator('[data-drawn-date="2019-06-15"]').waitFor();
    again.push(await timeTab(page));
    await context.close();
  }
  return { first: summarize(first), again: summarize(again), own: summarize(own) };
}
