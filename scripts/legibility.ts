// npm run legibility: opens the default view of every change day of the production build in
// headless Chromium at 1440×900, 1366×768 and 390×844 and measures what the page draws: crossings
// of straight calls between the drawn boxes, label size (font size × zoom), drawn things inside the
// canvas, and calls with an arrowhead. Prints the table, names the worst days, and writes
// bench/legibility.json. The goals live here, not in timed tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium';
import { changeDays } from '../src/model/timeline';
import type { Dataset } from '../src/model/types';
import { startPreview } from './lib/preview';
import { measureDrawing } from './lib/measure-drawing';
import { countCrossings } from '../src/model/overview';

// The issue's goals: the whole table on a 1440×900 laptop; a 10 px median on 1366×768; on a phone the
// canvas takes 60 % of the screen and one tap makes the picked part readable.
const GOALS = {
  meanCrossings: 12,
  maxCrossings: 40,
  medianLabel: 11,
  minLabel: 9,
  inside: 1,
  arrowheads: 1,
  canvasShare: 0.6,
  tapped: 11,
};
const VIEWPORTS = [
  { name: '1440×900', width: 1440, height: 900, medianLabel: 11 },
  { name: '1366×768', width: 1366, height: 768, medianLabel: 10 },
  { name: '390×844', width: 390, height: 844, medianLabel: null },
];

const root = join(import.meta.dirname, '..');
const dataset: Dataset = JSON.parse(readFileSync(join(root, 'dist', 'data', 'dataset.json'), 'utf8'));
const days = changeDays(dataset).filter((d) => d >= '2014-06-06'); // from Kubernetes' first commit on
const server = await startPreview(4179);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const results: Record<string, unknown> = {};
try {
  for (const viewport of VIEWPORTS) {
    const page = await browser.newPage({ viewport, hasTouch: viewport.width < 500 });
    // tsx names functions with a helper; the page needs it to run measureDrawing.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(`${server.url}?date=${days[0]}`);
    const measures: DayMeasure[] = [];
    for (const day of days) measures.push(await measureDay(page, day));
    const summary = summarize(measures);
    const canvasShare = await page.evaluate(
      () => document.querySelector('.react-flow')!.getBoundingClientRect().height / innerHeight,
    );
    const tapped = viewport.width < 500 ? await tapLabel(page) : null;
    results[viewport.name] = { ...summary, canvasShare, tapped, days: measures.length };
    print(viewport.name, summary, canvasShare, tapped, viewport.medianLabel);
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'legibility.json'),
  `${JSON.stringify({ when: new Date().toISOString(), goals: GOALS, results }, null, 2)}\n`,
);

interface DayMeasure {
  day: string;
  crossings: number;
  medianLabel: number;
  minLabel: number;
  inside: number;
  arrowheads: number;
}

async function measureDay(page: Page, day: string): Promise<DayMeasure> {
  await page.evaluate((d) => {
    history.pushState(null, '', `?date=${d}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, day);
  await page.locator(`[data-drawn-date="${day}"][data-fitted="true"]`).waitFor();
  const { segments, ...measure } = await page.evaluate(measureDrawing);
  return { day, crossings: countCrossings(segments), ...measure };
}

/** The focused stack after one tap on a phone: tap dockershim's group on the article's day, read its label size. */
async function tapLabel(page: Page): Promise<number> {
  await page.evaluate(() => {
    history.pushState(null, '', '?date=2019-06-15');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.locator('[data-drawn-date="2019-06-15"][data-fitted="true"]').waitFor();
  await page.getByTestId('rf__node-cri-o').tap();
  await page.waitForFunction(() => document.querySelector('.react-flow__node-component.selected') !== null);
  return page.evaluate(() => {
    const zoom = new DOMMatrixReadOnly(
      getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
    ).a;
    const name = document.querySelector('.react-flow__node-component.selected .component-name')!;
    return Number.parseFloat(getComputedStyle(name).fontSize) * zoom;
  });
}

function summarize(measures: DayMeasure[]) {
  const crossings = measures.map((m) => m.crossings);
  const worstCrossings = [...measures].sort((a, b) => b.crossings - a.crossings).slice(0, 3);
  const worstLabel = [...measures].sort((a, b) => a.medianLabel - b.medianLabel)[0];
  return {
    meanCrossings: crossings.reduce((a, b) => a + b, 0) / measures.length,
    maxCrossings: Math.max(...crossings),
    worstCrossingDays: worstCrossings.map((m) => `${m.day} (${m.crossings})`),
    worstMedianLabel: worstLabel.medianLabel,
    worstLabelDay: worstLabel.day,
    minLabel: Math.min(...measures.map((m) => m.minLabel)),
    inside: Math.min(...measures.map((m) => m.inside)),
    arrowheads: Math.min(...measures.map((m) => m.arrowheads)),
  };
}

function print(
  name: string,
  s: ReturnType<typeof summarize>,
  canvasShare: number,
  tapped: number | null,
  label: number | null,
) {
  const ok = (good: boolean) => (good ? 'met' : 'MISSED');
  console.log(
    `\n${name}: ${s.worstCrossingDays.length ? `worst days ${s.worstCrossingDays.join(', ')}` : ''}`,
  );
  console.log('| measure | value | goal | |');
  console.log('|---|---|---|---|');
  console.log(
    `| crossings per day, mean / max | ${s.meanCrossings.toFixed(1)} / ${s.maxCrossings} | ≤ 12 / ≤ 40 | ${ok(s.meanCrossings <= GOALS.meanCrossings && s.maxCrossings <= GOALS.maxCrossings)} |`,
  );
  const labelGoal = label === null ? '– (one tap, below)' : `≥ ${label} px`;
  console.log(
    `| median label, worst day (${s.worstLabelDay}) | ${s.worstMedianLabel.toFixed(1)} px | ${labelGoal} | ${label === null ? '' : ok(s.worstMedianLabel >= label)} |`,
  );
  console.log(
    `| smallest label | ${s.minLabel.toFixed(1)} px | ${label === null ? '–' : '≥ 9 px'} | ${label === null ? '' : ok(s.minLabel >= GOALS.minLabel)} |`,
  );
  console.log(
    `| drawn inside the canvas | ${(s.inside * 100).toFixed(0)} % | 100 % | ${ok(s.inside >= GOALS.inside)} |`,
  );
  console.log(
    `| calls with an arrowhead | ${(s.arrowheads * 100).toFixed(0)} % | 100 % | ${ok(s.arrowheads >= GOALS.arrowheads)} |`,
  );
  const phone = tapped !== null;
  console.log(
    `| canvas height / screen | ${(canvasShare * 100).toFixed(0)} % | ${phone ? '≥ 60 %' : ''} | ${phone ? ok(canvasShare >= GOALS.canvasShare) : ''} |`,
  );
  if (phone)
    console.log(
      `| label after one tap | ${tapped.toFixed(1)} px | ≥ 11 px | ${ok(tapped >= GOALS.tapped)} |`,
    );
}
