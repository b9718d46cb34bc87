import type { Page } from '@playwright/test';

/** JS heap after a forced garbage collection, in MB. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return Math.round((usedSize / 1e6) * 100) / 100;
}

/** Drag the thumb from one end of the track to the other (or back) without reloading. */
export async function sweep(page: Page, moves: number, backwards: boolean): Promise<void> {
  const box = (await page.getByRole('slider', { name: 'Date' }).boundingBox())!;
  const y = box.y + box.height / 2;
  const x = (i: number) => box.x + 8 + ((box.width - 16) * (backwards ? moves - i : i)) / moves;
  await page.mouse.move(x(0), y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(x(i), y);
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
}
