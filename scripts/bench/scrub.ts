import type { Page } from '@playwright/test';
import { summarize, type Summary } from './stats';
import { sweep } from './drag';
import { RECORDER } from './recorder';

export interface ScrubResult {
  label: Summary;
  /** Input to the second frame after the canvas committed the day (the original method). */
  canvas: Summary;
  /** Input to the first frame after the commit: the frame that shows it, measured as the label is. */
  canvasFirstFrame: Summary;
  /** Time between animation frames during the drag. */
  frameIntervals: Summary;
  /** Frames over 50 ms that began during the drag (from its first input to its last). */
  longFrames: number;
  longestFrame: number;
  /** Frames over 50 ms in the half second after the drag (the settled day's panels, the fit). */
  longFramesAfter: number;
  crossed: number;
  drawn: number;
}

interface Recorded {
  labels: { date: string; input: number; painted: number }[];
  canvas: { date: string; painted: number }[];
  canvasFirst: { date: string; painted: number }[];
  frames: number[];
  inputs: number[];
  longFrames: { start: number; duration: number }[];
}

/** Open `url` on its first day and drag the thumb to the last day in `moves` mouse moves, ~60 Hz. */
export async function scrub(
  page: Page,
  url: string,
  moves: number,
  intervalOf: (day: string) => number,
): Promise<ScrubResult> {
  await page.goto(`${url}?date=2013-01-01`);
  await page.locator('[data-drawn-date="2013-01-01"]').waitFor();
  // The canvas builds the view's fixed graph in idle time (about 0.1 s here, 5 s for the 10× data);
  // builds before it have none. A drag before then draws day by day, as those builds do.
  await page.waitForFunction(() => document.querySelector('[data-fixed-graph="false"]') === null, undefined, {
    timeout: 60_000,
  });
  return recordDrag(page, moves, intervalOf);
}

/**
 * The same drag on a page with nothing but a range input whose handler writes the label and the
 * "canvas" attribute: what the browser itself takes from a mouse move to the next frame (it holds
 * moves until the frame), the floor under every latency measured here. With `workMs`, the handler
 * also works that long, as an app's handler does before its frame: how much of a latency the work
 * alone explains (the bare page's quick replies keep the drag's moves in step with the frames,
 * which a page that works for a few milliseconds per move no longer does).
 */
export async function scrubFloor(page: Page, moves: number, workMs = 0): Promise<ScrubResult> {
  // A fresh document: the app's Content-Security-Policy would block the page's inline script.
  await page.goto('about:blank');
  await page.setContent(floorPage(workMs));
  return recordDrag(page, moves, Number);
}

const floorPage = (workMs: number) => `<!doctype html><label for="date-slider">Date</label>
<input id="date-slider" type="range" min="0" max="5000" value="0" style="width:1000px" aria-valuetext="0">
<output for="date-slider">0</output><div data-drawn-date="0"></div>
<script>
const s = document.getElementById('date-slider');
s.addEventListener('input', () => {
  s.setAttribute('aria-valuetext', s.value);
  document.querySelector('output').textContent = s.value;
  document.querySelector('[data-drawn-date]').setAttribute('data-drawn-date', s.value);
  const start = performance.now();
  while (performance.now() - start < ${workMs});
});
</script>`;

async function recordDrag(page: Page, moves: number, intervalOf: (day: string) => number) {
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
  const latency = (drawn: { date: string; painted: number }[]) =>
    drawn.filter((c) => inputOf.has(c.date)).map((c) => c.painted - inputOf.get(c.date)!);
  // Frames from the first input of the drag to its last.
  const [from, to] = [rec.inputs[0] ?? 0, rec.inputs.at(-1) ?? 0];
  const frames = rec.frames.filter((t) => t >= from && t <= to);
  const during = rec.longFrames.filter((f) => f.start <= to).map((f) => f.duration);
  return {
    label: summarize(rec.labels.map((l) => l.painted - l.input)),
    canvas: summarize(latency(rec.canvas)),
    canvasFirstFrame: summarize(latency(rec.canvasFirst)),
    frameIntervals: summarize(frames.slice(1).map((t, i) => t - frames[i])),
    longFrames: during.filter((d) => d > 50).length,
    longestFrame: Math.round(Math.max(0, ...during)),
    longFramesAfter: rec.longFrames.filter((f) => f.start > to && f.duration > 50).length,
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
    const before = await page.evaluate(
      () => (window as unknown as { __bench: Recorded }).__bench.canvas.length,
    );
    await next.click();
    const sample = await page.waitForFunction((n) => {
      const rec = (window as unknown as { __bench: Recorded & { inputs: number[] } }).__bench;
      return rec.canvas.length > n && rec.canvas[n].painted - rec.inputs.at(-1)!;
    }, before);
    latencies.push((await sample.jsonValue()) as number);
  }
  return summarize(latencies);
}
