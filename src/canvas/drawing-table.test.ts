import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { prepare } from '../model/prepare';
import { snapshotAt } from '../model/snapshot';
import type { Day } from '../model/types';
import { epochAt, intervalOf, type DrawingTable } from './drawing-table';
import { buildTable } from './table-builder';
import { rowNodes } from './to-flow';
import { buildFlow, loadCompareView, loadFigureView, summarize, type FlowOptions } from './views';

const prepared = prepare(readDataset(join(import.meta.dirname, '../../data')).dataset);
const rows = rowNodes(prepared.layout);
const starts = [prepared.minDay, ...prepared.changes];
const stack = (id: string) => prepared.dataset.stacks.find((s) => s.id === id)!;

/** Every change day, the day before each, and a year of days in between chosen by a fixed stride. */
const days: Day[] = [
  ...new Set([...starts, ...prepared.changes.map((d) => shift(d, -1)), ...strided(97)]),
].sort();

function shift(day: Day, by: number): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}
function strided(step: number): Day[] {
  const out: Day[] = [];
  for (let d = prepared.minDay; d <= prepared.maxDay; d = shift(d, step)) out.push(d);
  return out;
}

/** What a day draws, apart from release labels and marks (cards read those on the shown day). */
function drawnOn(nodes: { id: string; data?: unknown }[]): Map<string, string> {
  const strip = (data: unknown) =>
    JSON.stringify({
      ...(data as object),
      release: undefined,
      mark: undefined,
      component: undefined,
      relation: undefined,
      members: undefined,
      family: undefined,
    });
  return new Map(nodes.map((n) => [n.id, `${JSON.stringify({ ...n, data: undefined })} ${strip(n.data)}`]));
}

const views: [string, FlowOptions][] = [
  ['the default view', { focus: null, isolate: false, compare: null }],
  ['a focused stack', { focus: stack('dockershim'), isolate: false, compare: null }],
  [
    'a focused Kata stack (families open on its path)',
    { focus: stack('kata-2'), isolate: false, compare: null },
  ],
  ['an opened family', { focus: null, isolate: false, compare: null, open: 'group:kata' }],
  ['a comparison with 2016-06-01', { focus: null, isolate: false, compare: '2016-06-01' }],
  ['the figure view', { focus: stack('cri-o'), isolate: true, compare: null }],
];

beforeAll(() => Promise.all([loadFigureView(), loadCompareView()]));

describe.each(views)('the fixed graph of %s', (_, options) => {
  let table: DrawingTable;
  beforeAll(() => {
    table = buildTable(
      starts,
      (day) => buildFlow(prepared, rows, snapshotAt(prepared.dataset, day), options),
      fitsWhole,
    );
  });
  const fitsWhole = Boolean(options.focus && options.isolate);

  it(`shows on each of ${days.length} days exactly what that day's own drawing shows, at the same places`, () => {
    for (const day of days) {
      const own = buildFlow(prepared, rows, snapshotAt(prepared.dataset, day), options);
      const i = intervalOf(table.starts, day);
      const epoch = epochAt(table, i);
      const nodes = epoch.nodes.flatMap((n) => table.nodeAt.get(n.id)![i] ?? []);
      const edges = epoch.edges.flatMap((e) => table.edgeAt.get(e.id)![i] ?? []);
      expect(drawnOn(nodes), day).toEqual(drawnOn(own.nodes));
      expect(drawnOn(edges), day).toEqual(drawnOn(own.edges));
      // What the day is about (fit, legend, emptiness) is the day's own, looked up.
      const about = table.summaries[i];
      const ownAbout = summarize(own, fitsWhole);
      expect({ ...about, fitIds: [...about.fitIds].sort() }, day).toEqual({
        ...ownAbout,
        fitIds: ownAbout.fitIds.sort(),
      });
      // Mounted once per epoch: every present thing is the epoch's own node, at its place.
      for (const n of nodes)
        expect(epoch.nodes.find((m) => m.id === n.id)!.position, `${day} ${n.id}`).toEqual(n.position);
    }
  });
});

describe('a day change in the default view', () => {
  it('never gives React Flow a new graph: one epoch for all of history', () => {
    const table = buildTable(starts, (day) =>
      buildFlow(prepared, rows, snapshotAt(prepared.dataset, day), views[0][1]),
    );
    expect(table.epochs).toHaveLength(1);
    expect(table.epochs[0]).toMatchObject({ from: 0, to: starts.length });
  });
});

describe('intervalOf', () => {
  it('finds the interval a day falls in, and the first one for days before it', () => {
    const s = ['2013-01-01', '2014-06-06', '2015-01-01'];
    expect([
      intervalOf(s, '2012-12-31'),
      intervalOf(s, '2013-01-01'),
      intervalOf(s, '2014-06-05'),
      intervalOf(s, '2014-06-06'),
      intervalOf(s, '2026-01-01'),
    ]).toEqual([0, 0, 0, 1, 2]);
  });
});
