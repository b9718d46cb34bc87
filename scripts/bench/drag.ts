import type { Page } from '@playwright/test';

/** Drag the thumb from one end of the track to the other (or back) in `moves` moves, `pauseMs` apart. */
export async function sweep(page: Page, moves: number, backwards: boolean, pauseMs = 8): Promise<void> {
  const box = (await page.getByRole('slider', { name: 'Date' }).boundingBox())!;
  const y = box.y + box.height / 2;
  // Chromium's range thumb is 16 px wide: its centre runs from x+8 to x+width-8.
  const x = (i: number) => box.x + 8 + ((box.width - 16) * (backwards ? moves - i : i)) / moves;
  await page.mouse.move(x(0), y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(x(i), y);
    await page.waitForTimeout(pauseMs);
  }
  await page.mouse.up();
}
