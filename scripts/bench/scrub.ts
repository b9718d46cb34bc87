import type { Page } from '@playwright/test';
import { summarize, type Summary } from './stats';
import { sweep } from './drag';
import { RECORDER } from './recorder';

export interface ScrubResult {
  label: Summary;
  canvas: Summary;
  longFrames: number;
  longestFrame: number;
  crossed: number;
  drawn: number;
}

interface Recorded {
  labels: { date: string; input: number; painted: number }[];
  canvas: { date: string; painted: number }[];
  longFrames: number[];
}

/** Open `url` on its first day and drag the thumb to the last day in `moves` mouse moves, ~60 Hz. */
export async function scrub(page: Page, url: string, moves: number, intervalOf: (day: string) => number): Promise<ScrubResult> {
  await page.goto(`${url}?date=2013-01-01`);
  await page.locator('[data-drawn-date="2013-01-01"]').waitFor();
  await page.waitForTimeout(300);
  await page.evaluate(RECORDER);
  await sweep(page, moves, false, 16); // ~60 Hz, like a hand
  await page.waitForTimeout(500);
  const rec = await page.evaluate(() => (window as unknown as { __bench: Recorded }).__bench);
  return analyse(rec, intervalOf);
}

export function analyse(rec: Recorded, intervalOf: (day: string) => number): ScrubResult {
  const inputOf = new Map<string, number>();
  for (const l of rec.labels) if (!inputOf.has(l.date)) inputOf.set(l.date, l.input);
  const canvas = rec.canvas.filter((c) => inputOf.has(c.date)).map((c) => c.painted - inputOf.get(c.date)!);
  return {
    label: summarize(rec.labels.map((l) => l.painted - l.input)),
    canvas: summarize(canvas),
    longFrames: rec.longFrames.filter((d) => d > 50).length,
    longestFrame: Math.round(Math.max(0, ...rec.longFrames)),
    crossed: new Set(rec.labels.map((l) => intervalOf(l.date))).size,
    drawn: new Set(rec.canvas.map((c) => intervalOf(c.date))).size,
  };
}

/** Click "Next change" from the first day to the last; the latency of each step to its drawn frame. */
export async function stepThrough(page: Page, url: string): Promise<Summary> {
  await page.goto(`${url}?date=2013-01-01`);
  await page.locator('[data-drawn-date="2013-01-01"]').waitFor();
  await page.evaluate(RECORDER);
  const next = page.getByRole('button', { name: 'Next change ▶' });
  const latencies: number[] = [];
  while (await next.isEnabled()) {
    const before = await page.evaluate(() => (window as unknown as { __bench: Recorded }).__bench.canvas.length);
    await next.click();
    const sample = await page.waitForFunction(
      (n) => {
        const rec = (window as unknown as { __bench: Recorded & { inputs: number[] } }).__bench;
        return rec.canvas.length > n && rec.canvas[n].painted - rec.inputs.at(-1)!;
      },
      before,
    );
    latencies.push((await sample.jsonValue()) as number);
  }
  return summarize(latencies);
}
