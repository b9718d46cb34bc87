import { CARD_COLUMN, GUTTER, type Layout, type PlacedUnit } from '../../src/model/layout';
import { computeLayout } from '../../src/model/layout-compute';
import { countCrossings, overviewOf, segmentOf, type Segment } from '../../src/model/overview';
import { snapshotAt } from '../../src/model/snapshot';
import { changeDays, TIMELINE_START } from '../../src/model/timeline';
import type { Dataset } from '../../src/model/types';

/** One call of one day, as offsets from the columns of the units at its two ends. */
interface Call {
  from: number;
  to: number;
  fromBox: { dx: number; y: number; width: number; height: number };
  toBox: { dx: number; y: number; width: number; height: number };
}
interface Day {
  calls: Call[];
  units: number[];
  /** Per unit: the indices of the calls that touch it. */
  callsOf: Map<number, number[]>;
}

export interface Options {
  /** Columns a day's drawing should fit in; each column beyond costs `overflowCost` crossings. */
  budget: number;
  overflowCost: number;
  iterations: number;
  seed: number;
}

/**
 * Simulated annealing over the units' columns, scoring every change day by what the issue measures:
 * crossings of straight calls, plus a cost for a day wider than the budget. Deterministic for a seed.
 */
export function optimiseColumns(dataset: Dataset, options: Options): Map<string, number> {
  const layout = computeLayout(dataset.components, dataset.relations);
  const units = layout.units.map((u) => ({ ...u }));
  const index = new Map(units.map((u, i) => [u.id, i]));
  const days = [TIMELINE_START, ...changeDays(dataset)].map((day) =>
    dayOf(dataset, layout, index, units, day),
  );
  const daysOf = units.map((_, i) =>
    days.map((d, k) => (d.units.includes(i) ? k : -1)).filter((k) => k >= 0),
  );
  const cost = (d: Day) => costOf(d, units, options);
  const costs = days.map(cost); // kept for the report of the final score
  const random = mulberry32(options.seed);
  const clashes = (u: PlacedUnit, column: number, except: PlacedUnit[]) =>
    units.filter(
      (t) =>
        !except.includes(t) &&
        t.top <= u.bottom &&
        u.top <= t.bottom &&
        t.column < column + u.width &&
        column < t.column + t.width &&
        t.since < u.until &&
        u.since < t.until,
    );
  for (let i = 0; i < options.iterations; i++) {
    const temperature = 2 * (1 - i / options.iterations) + 0.01;
    const a = Math.floor(random() * units.length);
    const u = units[a];
    const column = Math.floor(random() * Math.max(1, options.budget + 1 - u.width));
    if (column === u.column) continue;
    const blocking = clashes(u, column, [u]);
    const swap =
      blocking.length === 1 &&
      blocking[0].width === u.width &&
      clashes(blocking[0], u.column, [u, blocking[0]]).length === 0;
    if (blocking.length > 0 && !swap) continue;
    const moved = swap ? [u, blocking[0]] : [u];
    const before = Object.fromEntries(moved.map((m) => [m.id, m.column]));
    const movedIdx = moved.map((m) => index.get(m.id)!);
    const touched = [...new Set(moved.flatMap((m) => daysOf[index.get(m.id)!]))];
    const restore = () => moved.forEach((m) => (m.column = before[m.id]));
    const old = touched.map((k) => localCost(days[k], segmentsOf(days[k], units), movedIdx, units, options));
    if (swap) blocking[0].column = u.column;
    u.column = column;
    const next = touched.map((k) => localCost(days[k], segmentsOf(days[k], units), movedIdx, units, options));
    const delta = next.reduce((s, c, j) => s + c - old[j], 0);
    if (delta <= 0 || random() < Math.exp(-delta / temperature))
      touched.forEach((k, j) => (costs[k] += next[j] - old[j]));
    else restore();
  }
  return new Map(units.map((u) => [u.id, u.column]));
}

function dayOf(
  dataset: Dataset,
  layout: Layout,
  index: Map<string, number>,
  units: PlacedUnit[],
  day: string,
): Day {
  const overview = overviewOf(snapshotAt(dataset, day), layout);
  const drawn = [...overview.components.map((c) => c.id), ...overview.groups.map((g) => g.id)];
  const relative = (id: string) => {
    const unit = index.get(layout.unitOf.get(id)!)!;
    const box = layout.boxes.get(id)!;
    return {
      unit,
      box: {
        dx: box.x - (GUTTER + units[unit].column * CARD_COLUMN),
        y: box.y,
        width: box.width,
        height: box.height,
      },
    };
  };
  const calls = overview.edges.map((e) => {
    const from = relative(e.source);
    const to = relative(e.target);
    return { from: from.unit, to: to.unit, fromBox: from.box, toBox: to.box };
  });
  const callsOf = new Map<number, number[]>();
  calls.forEach((c, i) => [c.from, c.to].forEach((u) => callsOf.set(u, [...(callsOf.get(u) ?? []), i])));
  return { calls, units: [...new Set(drawn.map((id) => index.get(layout.unitOf.get(id)!)!))], callsOf };
}

function segmentsOf(day: Day, units: PlacedUnit[]): Segment[] {
  const abs = (unit: number, b: Call['fromBox']) => ({
    x: GUTTER + units[unit].column * CARD_COLUMN + b.dx,
    y: b.y,
    width: b.width,
    height: b.height,
  });
  return day.calls.map((c) => segmentOf(abs(c.from, c.fromBox), abs(c.to, c.toBox)));
}

function overflow(day: Day, units: PlacedUnit[], options: Options): number {
  const right = Math.max(0, ...day.units.map((u) => units[u].column + units[u].width));
  return options.overflowCost * Math.max(0, right - options.budget);
}

function costOf(day: Day, units: PlacedUnit[], options: Options): number {
  return countCrossings(segmentsOf(day, units)) + overflow(day, units, options);
}

/** The crossings that involve the calls of `moved` units: the only part of a day's cost a move changes. */
function localCost(
  day: Day,
  segments: Segment[],
  moved: number[],
  units: PlacedUnit[],
  options: Options,
): number {
  const mine = [...new Set(moved.flatMap((u) => day.callsOf.get(u) ?? []))];
  const own = new Set(mine);
  let n = 0;
  for (const i of mine) {
    for (let j = 0; j < segments.length; j++)
      if (!own.has(j) && countCrossings([segments[i], segments[j]]) > 0) n++;
  }
  n += countCrossings(mine.map((i) => segments[i]));
  return n + overflow(day, units, options);
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
