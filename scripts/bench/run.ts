// npm run bench: builds, then measures the production build in headless Chromium on 127.0.0.1,
// prints a table and writes bench/results.json. Budgets (the product's goals) are reported here,
// not asserted in tests; only the size budgets also fail `npm test` (scripts/check-size.ts).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../lib/chromium';
import { changeDays } from '../../src/model/timeline';
import type { Dataset } from '../../src/model/types';
import { bytesLeft, SIZE_BUDGETS } from '../budgets';
import { startPreview } from '../lib/preview';
import { lighthouseRuns } from './lighthouse';
import { chronicleFirstRender, chronicleScrub, type ChronicleResult } from './chronicle';
import { bundleSizes, firstFullCanvas } from './load';
import { panelOpening } from './panels';
import type { Summary } from './stats';
import { sweep } from './drag';
import { heapAfterGc } from './memory';
import { scrub, scrubFloor, stepThrough, type ScrubResult } from './scrub';
import { synthesize } from './synthetic';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const MOVES = 240;
/** `--quick`: one scrub and the steps only, for trying a change; the full run is the one to quote. */
const QUICK = process.argv.includes('--quick');
/** `--chronicle`: only the chronicle's measures (real and 10×). */
const CHRONICLE_ONLY = process.argv.includes('--chronicle');
const RUNS = QUICK ? 1 : 3;
/** Lighthouse runs per build: its score moves by a few points between runs of the same build. */
const LIGHTHOUSE_RUNS = 5;
/** The floor's second variant works this long per move: the app's own work before its frame. */
const FLOOR_WORK_MS = 2.5;
/** `--compare=<dist dir>`: scrub that build too, in turns with this one, on both datasets (the variant comparison of issue 13). */
const COMPARE = process.argv.find((a) => a.startsWith('--compare='))?.slice('--compare='.length) ?? null;

const dataset: Dataset = JSON.parse(readFileSync(join(dist, 'data', 'dataset.json'), 'utf8'));
const big = synthesize(dataset, 10);
const bigDist = mkdtempSync(join(tmpdir(), 'bench-10x-'));
cpSync(dist, bigDist, { recursive: true });
writeFileSync(join(bigDist, 'data', 'dataset.json'), JSON.stringify(big));

const intervalOf = (changes: string[]) => (day: string) => changes.filter((c) => c <= day).length;
// BENCH_PORT moves both servers when another checkout benches on this machine.
const port = Number(process.env.BENCH_PORT ?? 4177);
const real = await startPreview(port);
const synthetic = await startPreview(port + 1, bigDist);
const compared = COMPARE === null ? null : await startPreviewOf(COMPARE, port + 2);
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

try {
  await measureAll();
} finally {
  await browser.close();
  real.stop();
  synthetic.stop();
  compared?.stop();
  rmSync(bigDist, { recursive: true, force: true });
}

/** Another build, served as it is and with the 10× dataset (a copy), on the next two ports. */
async function startPreviewOf(dir: string, at: number) {
  const bigCopy = mkdtempSync(join(tmpdir(), 'bench-10x-other-'));
  cpSync(dir, bigCopy, { recursive: true });
  writeFileSync(join(bigCopy, 'data', 'dataset.json'), JSON.stringify(big));
  const [as, scaled] = await Promise.all([startPreview(at, dir), startPreview(at + 1, bigCopy)]);
  return {
    real: as,
    synthetic: scaled,
    stop: () => (as.stop(), scaled.stop(), rmSync(bigCopy, { recursive: true, force: true })),
  };
}

// An early return, unlike process.exit, still stops the servers and removes the 10× copy (finally above).
async function measureAll(): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const chronicle = await measureChronicle(page);
  if (CHRONICLE_ONLY) return printChronicle(chronicle);
  const scrubs: ScrubResult[] = [];
  const other = { scrub: [] as ScrubResult[], scale: [] as ScrubResult[] };
  const floor: ScrubResult[] = [];
  const floorWithWork: ScrubResult[] = [];
  // In turns with the compared build and the bare page, so all meet the same load on this shared machine.
  for (let i = 0; i < RUNS; i++) {
    scrubs.push(await scrub(page, real.url, MOVES, intervalOf(changeDays(dataset))));
    if (compared)
      other.scrub.push(await scrub(page, compared.real.url, MOVES, intervalOf(changeDays(dataset))));
    floor.push(await scrubFloor(page, MOVES));
    floorWithWork.push(await scrubFloor(page, MOVES, FLOOR_WORK_MS));
  }
  const step = await stepThrough(page, real.url);
  if (QUICK) return console.log(JSON.stringify({ scrub: scrubs, step, compared: other.scrub }, null, 1));
  const scale: ScrubResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    scale.push(await scrub(page, synthetic.url, MOVES, intervalOf(changeDays(big))));
    if (compared)
      other.scale.push(await scrub(page, compared.synthetic.url, MOVES, intervalOf(changeDays(big))));
  }

  await page.goto(real.url);
  await page.locator('.react-flow__node-component').first().waitFor();
  await sweep(page, MOVES, true);
  const heapAfterOne = await heapAfterGc(page);
  for (let i = 1; i < 10; i++) await sweep(page, MOVES, i % 2 === 0);
  const heapAfterTen = await heapAfterGc(page);

  // Loads in turns with the compared build, like the scrubs.
  const loaded = compared ? [real.url, compared.real.url] : [real.url];
  const firstCanvas = await firstFullCanvas(browser, loaded, 10);
  const panels = await panelOpening(browser, real.url, 5);
  const sizes = bundleSizes(dist);
  const [lighthouse, comparedLighthouse] = await lighthouseRuns(loaded, LIGHTHOUSE_RUNS, executablePath);

  const results = {
    when: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    browser: `Chromium ${browser.version()} (headless)`,
    dataset: {
      version: dataset.version,
      components: dataset.components.length,
      relations: dataset.relations.length,
      changes: changeDays(dataset).length,
    },
    synthetic: {
      components: big.components.length,
      relations: big.relations.length,
      changes: changeDays(big).length,
    },
    scrub: { moves: MOVES, runs: scrubs },
    floor: {
      note: 'the same drag on a bare range input: the browser’s own move-to-frame time, under every latency here',
      runs: floor,
    },
    floorWithWork: {
      note: `the same bare input whose handler also works ${FLOOR_WORK_MS} ms per move, about what the app does between a move’s dispatch and its frame`,
      runs: floorWithWork,
    },
    step,
    scale: { runs: scale },
    ...(compared
      ? {
          comparison: {
            against: COMPARE,
            note: 'the same scrubs of another build, in turns with these',
            scrub: other.scrub,
            scale: other.scale,
            load: {
              firstFullCanvasMs: firstCanvas.each[1],
              note: 'the median over turns of (this build − the compared one), in ms: below 0, this build drew sooner',
              firstFullCanvasPairedDifferenceMs: firstCanvas.pairedDifference[0],
              lighthouse: comparedLighthouse,
            },
          },
        }
      : {}),
    load: { sizes, firstFullCanvasMs: firstCanvas.each[0], lighthouse },
    panelOpeningMs: panels,
    chronicle,
    memory: {
      heapAfterOneSweepMB: heapAfterOne,
      heapAfterTenSweepsMB: heapAfterTen,
      growthMB: Math.round((heapAfterTen - heapAfterOne) * 100) / 100,
    },
  };
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function printTable(r: Record<string, any>) {
  const row = (what: string, value: string, goal: string, ok: boolean | null) =>
    console.log(
      `${what.padEnd(34)} ${value.padEnd(34)} ${goal.padEnd(18)} ${ok === null ? '' : ok ? 'ok' : 'MISSED'}`,
    );
  console.log(
    `\n${r.machine.cpu} × ${r.machine.cores}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; ${r.browser}`,
  );
  console.log(
    `dataset ${r.dataset.version}: ${r.dataset.components} components, ${r.dataset.changes} change days; 10×: ${r.synthetic.components} components\n`,
  );
  row('measure', 'p50 / p95 / max (ms)', 'goal', null);
  r.scrub.runs.forEach((s: ScrubResult, i: number) => {
    row(`scrub ${i + 1}: thumb+label`, fmt(s.label), 'p95 ≤ 16.7', s.label.p95 <= 16.7);
    row(`scrub ${i + 1}: canvas (2nd frame)`, fmt(s.canvas), 'p95 ≤ 16.7', s.canvas.p95 <= 16.7);
    row(
      `scrub ${i + 1}: canvas (its frame)`,
      fmt(s.canvasFirstFrame),
      'p95 ≤ 16.7',
      s.canvasFirstFrame.p95 <= 16.7,
    );
    row(`scrub ${i + 1}: frame intervals`, fmt(s.frameIntervals), '', null);
    row(
      `scrub ${i + 1}: frames > 50 ms`,
      `${s.longFrames} (longest ${s.longestFrame} ms); after it: ${s.longFramesAfter}`,
      '0',
      s.longFrames === 0,
    );
    row(`scrub ${i + 1}: snapshots drawn/crossed`, `${s.drawn} / ${s.crossed}`, '', null);
  });
  r.floor.runs.forEach((s: ScrubResult, i: number) =>
    row(`floor ${i + 1}: bare range input`, fmt(s.label), '', null),
  );
  r.floorWithWork.runs.forEach((s: ScrubResult, i: number) =>
    row(`floor ${i + 1}: bare input + ${FLOOR_WORK_MS} ms of work`, fmt(s.label), '', null),
  );
  r.comparison?.scrub.forEach((s: ScrubResult, i: number) => {
    row(`compared ${i + 1}: thumb+label`, fmt(s.label), '', null);
    row(`compared ${i + 1}: canvas (2nd frame)`, `${fmt(s.canvas)}, ${s.longFrames} > 50 ms`, '', null);
    row(`compared ${i + 1}: canvas (its frame)`, fmt(s.canvasFirstFrame), '', null);
    row(`compared ${i + 1}: frame intervals`, fmt(s.frameIntervals), '', null);
  });
  row('step (next change)', fmt(r.step), 'p95 ≤ 16.7', r.step.p95 <= 16.7);
  r.scale.runs.forEach((s: ScrubResult, i: number) => {
    row(`10× scrub ${i + 1}: canvas`, fmt(s.canvas), 'p95 ≤ 50', s.canvas.p95 <= 50);
    row(`10× scrub ${i + 1}: canvas (its frame)`, fmt(s.canvasFirstFrame), '', null);
    row(
      `10× scrub ${i + 1}: frames > 50 ms`,
      `${s.longFrames} (longest ${s.longestFrame} ms); after it: ${s.longFramesAfter}`,
      '',
      null,
    );
  });
  r.comparison?.scale.forEach((s: ScrubResult, i: number) =>
    row(`compared 10× ${i + 1}: canvas`, `${fmt(s.canvas)}, ${s.longFrames} > 50 ms`, '', null),
  );
  const { sizes, firstFullCanvasMs, lighthouse } = r.load;
  row(
    'initial JS (raw / gzip KiB)',
    `${sizes.js.raw} / ${sizes.js.gzip}`,
    `gzip ≤ ${SIZE_BUDGETS.jsGzipKiB}`,
    bytesLeft(sizes.js, SIZE_BUDGETS.jsGzipKiB) >= 0,
  );
  row(
    '  a Japanese reader’s (with the words)',
    `${sizes.jsJapanese.raw} / ${sizes.jsJapanese.gzip}`,
    '',
    null,
  );
  row(
    'CSS (raw / gzip KiB)',
    `${sizes.css.raw} / ${sizes.css.gzip}`,
    `gzip ≤ ${SIZE_BUDGETS.cssGzipKiB}`,
    bytesLeft(sizes.css, SIZE_BUDGETS.cssGzipKiB) >= 0,
  );
  row('dataset.json (raw / gzip KiB)', `${sizes.dataset.raw} / ${sizes.dataset.gzip}`, '', null);
  row('first full canvas (10 loads)', fmt(firstFullCanvasMs), 'p50 ≤ 400', firstFullCanvasMs.p50 <= 400);
  const compare = r.comparison?.load;
  if (compare)
    row(
      'compared: first full canvas',
      `${fmt(compare.firstFullCanvasMs)}; this − it ${compare.firstFullCanvasPairedDifferenceMs}`,
      '',
      null,
    );
  for (const [name, s] of Object.entries(r.panelOpeningMs as Record<string, Summary>))
    row(`opening: ${name}`, fmt(s), 'p50 ≤ 100', s.p50 <= 100);
  const scores = (
    l: Awaited<ReturnType<typeof lighthouseRuns>>[number],
    of: 'performance' | 'accessibility',
  ) => `${l[of]} (${l.runs.map((run) => run[of]).join(', ')})`;
  row(
    'Lighthouse mobile performance',
    scores(lighthouse, 'performance'),
    'median ≥ 95',
    lighthouse.performance >= 95,
  );
  row('Lighthouse accessibility', scores(lighthouse, 'accessibility'), '', null);
  if (compare) row('compared: Lighthouse performance', scores(compare.lighthouse, 'performance'), '', null);
  row(
    'heap after 1 / 10 sweeps (MB)',
    `${r.memory.heapAfterOneSweepMB} / ${r.memory.heapAfterTenSweepsMB}`,
    'growth < 5',
    r.memory.growthMB < 5,
  );
  printChronicle(r.chronicle);
  console.log('\nwrote bench/results.json');
}

async function measureChronicle(page: import('@playwright/test').Page) {
  const scrubs: ChronicleResult[] = [];
  const scaled: ChronicleResult[] = [];
  for (let i = 0; i < RUNS; i++) scrubs.push(await chronicleScrub(page, real.url, MOVES));
  for (let i = 0; i < RUNS; i++) scaled.push(await chronicleScrub(page, synthetic.url, MOVES));
  return {
    scrub: scrubs,
    scale: scaled,
    render: await chronicleFirstRender(browser, real.url, 10),
    scaleRender: await chronicleFirstRender(browser, synthetic.url, 3),
  };
}

function printChronicle(c: Awaited<ReturnType<typeof measureChronicle>>) {
  const row = (what: string, value: string, goal: string, ok: boolean) =>
    console.log(`${what.padEnd(34)} ${value.padEnd(34)} ${goal.padEnd(18)} ${ok ? 'ok' : 'MISSED'}`);
  c.scrub.forEach((s, i) =>
    row(
      `chronicle ${i + 1}: date change (${s.bars} rows drawn)`,
      `${fmt(s.dateChange)}, ${s.longFrames} > 50 ms`,
      'p95 ≤ 16.7',
      s.dateChange.p95 <= 16.7,
    ),
  );
  c.scale.forEach((s, i) =>
    row(
      `10× chronicle ${i + 1}: date change (${s.bars} rows drawn)`,
      `${fmt(s.dateChange)}, ${s.longFrames} > 50 ms`,
      'p95 ≤ 33',
      s.dateChange.p95 <= 33,
    ),
  );
  row('chronicle: first render (tab click)', fmt(c.render.first), 'p50 ≤ 100', c.render.first.p50 <= 100);
  row('chronicle: render again (cached)', fmt(c.render.again), 'p50 ≤ 100', c.render.again.p50 <= 100);
  row('chronicle: own render (mount → frame)', fmt(c.render.own), 'p95 ≤ 100', c.render.own.p95 <= 100);
  row('10× chronicle: own render', fmt(c.scaleRender.own), '', true);
  row('10× chronicle: first render', fmt(c.scaleRender.first), '', true);
  row('10× chronicle: render again', fmt(c.scaleRender.again), '', true);
}

function fmt(s: { p50: number; p95: number; max: number; n: number }): string {
  return `${s.p50} / ${s.p95} / ${s.max} (n=${s.n})`;
}
