// npm run bench:profile [-- name=dist-dir ...]: where the time of a drag goes, side by side.
// Each build (by default this checkout's dist-profile, built with React, React Flow and the other
// libraries in chunks of their own) is dragged from 2013 to today in 240 moves, 3 times in turns,
// under a CPU profile; its samples are split by chunk (our code / React / React Flow / other
// libraries / garbage collection) and Chromium's own counters give style, layout and the rest.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../lib/chromium';
import { startPreview } from '../lib/preview';
import { sweep } from './drag';

const root = join(import.meta.dirname, '..', '..');
const MOVES = 240;
const RUNS = 3;
const variants = process.argv.slice(2).filter((a) => a.includes('='));
const builds = (variants.length > 0 ? variants : ['now=dist-profile']).map((v) => {
  const [name, dir] = v.split('=');
  return { name, dir: dir.startsWith('/') ? dir : join(root, dir) };
});

/** Self time by function, over all runs of a build (printed with --top, to see what to cut). */
const TOP = process.argv.includes('--top');
const hot = new Map<string, Map<string, number>>();

type Split = Record<
  'ours' | 'react' | 'reactFlow' | 'otherLibs' | 'gc' | 'style' | 'layout' | 'paintAndOther',
  number
>;

async function profileDrag(page: Page, url: string, build: string): Promise<Split> {
  await page.goto(`${url}?date=2013-01-01`);
  await page.locator('[data-drawn-date="2013-01-01"][data-fitted="true"]').waitFor();
  // The fixed graph is built in idle time after the first drawing (builds before it have none).
  await page.waitForFunction(() => document.querySelector('[data-fixed-graph="false"]') === null);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const metrics = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]).map((m) => [
        m.name,
        m.value * 1000,
      ]),
    );
  const before = await metrics();
  await cdp.send('Profiler.start');
  await sweep(page, MOVES, false, 16);
  const { profile } = await cdp.send('Profiler.stop');
  const after = await metrics();
  await cdp.detach();
  const self = { ours: 0, react: 0, reactFlow: 0, otherLibs: 0, gc: 0 };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples!.forEach((id, i) => {
    const { url: file, functionName } = byNode.get(id)!.callFrame;
    const ms = profile.timeDeltas![i] / 1000;
    const key = `${functionName || '(anonymous)'} ${
      file
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '') ?? ''
    }`;
    if (!hot.has(build)) hot.set(build, new Map());
    hot.get(build)!.set(key, (hot.get(build)!.get(key) ?? 0) + ms);
    if (functionName === '(garbage collector)') self.gc += ms;
    else if (file.includes('/lib-react')) self.react += ms;
    else if (file.includes('/lib-xyflow')) self.reactFlow += ms;
    else if (file.includes('/lib-other')) self.otherLibs += ms;
    else if (file.includes('/assets/')) self.ours += ms;
  });
  const d = (name: string) => after[name] - before[name];
  const script = self.ours + self.react + self.reactFlow + self.otherLibs + self.gc;
  const style = d('RecalcStyleDuration');
  const layout = d('LayoutDuration');
  return {
    ...self,
    style,
    layout,
    paintAndOther: Math.max(0, d('TaskDuration') - Math.max(script, d('ScriptDuration')) - style - layout),
  };
}

// Not 4190: fetch refuses that port (sieve).
const servers = await Promise.all(builds.map((b, i) => startPreview(4280 + i, b.dir)));
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const runs = new Map<string, Split[]>(builds.map((b) => [b.name, []]));
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  for (let r = 0; r < RUNS; r++)
    for (const [i, b] of builds.entries())
      runs.get(b.name)!.push(await profileDrag(page, servers[i].url, b.name));
} finally {
  await browser.close();
  for (const s of servers) s.stop();
}

// Milliseconds per move of the thumb, median over the runs.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = Object.fromEntries(
  [...runs].map(([name, splits]) => [
    name,
    Object.fromEntries(
      Object.keys(splits[0]).map((k) => [
        k,
        Math.round((median(splits.map((s) => s[k as keyof Split])) / MOVES) * 100) / 100,
      ]),
    ),
  ]),
);
console.table(result);
writeFileSync(
  join(root, 'bench', 'profile.json'),
  `${JSON.stringify({ when: new Date().toISOString(), moves: MOVES, runs: RUNS, msPerMove: result }, null, 2)}\n`,
);
console.log('wrote bench/profile.json (ms per move of the thumb, median of 3 drags)');

if (TOP) {
  for (const [build, fns] of hot) {
    console.log(`\n${build}: the 25 functions with the most self time (ms per move)`);
    for (const [fn, ms] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${(ms / RUNS / MOVES).toFixed(2).padStart(6)}  ${fn}`);
  }
}
