import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overviewStats } from '../../scripts/layout/stats';
import { readDataset } from '../../scripts/lib/read-data';
import { prepare } from './prepare';
import { FAMILIES } from './families';
import { GUTTER, CARD_COLUMN } from './layout';
import { countCrossings, overviewOf, type Segment } from './overview';
import { snapshotAt } from './snapshot';

const { dataset } = readDataset(join(import.meta.dirname, '../../data'));
const prepared = prepare(dataset);
const days = [prepared.minDay, ...prepared.changes];

describe('the overview of a day', () => {
  it('draws every present component as its own card or inside one group, and nothing absent', () => {
    for (const day of days) {
      const snapshot = snapshotAt(dataset, day);
      const overview = overviewOf(snapshot, prepared.layout);
      const shown = [...overview.components, ...overview.groups.flatMap((g) => g.members)].map((c) => c.id);
      expect(shown.sort(), day).toEqual(snapshot.components.map((c) => c.id).sort());
    }
  });

  it('accounts for every present call: drawn between two cards, or to, from or inside a group', () => {
    for (const day of days) {
      const snapshot = snapshotAt(dataset, day);
      const overview = overviewOf(snapshot, prepared.layout);
      const told = [
        ...overview.edges.flatMap((e) => e.relations),
        ...overview.groups.flatMap((g) => g.inner),
      ].map((r) => r.relation.id);
      expect(new Set(told).size, day).toBe(snapshot.relations.length);
    }
  });

  it('opens the group of a selected part: its parts become cards with their own calls', () => {
    const snapshot = snapshotAt(dataset, '2019-06-15');
    const open = overviewOf(snapshot, prepared.layout, new Set(['group:kata']));
    expect(open.components.map((c) => c.id)).toEqual(expect.arrayContaining(['kata-runtime', 'kata-agent']));
    expect(open.edges.map((e) => e.id)).toContain('kata-runtime->kata-shim');
    expect(overviewOf(snapshot, prepared.layout).components.map((c) => c.id)).not.toContain('kata-runtime');
  });
});

describe('families', () => {
  it('name only components of the dataset, each in one family', () => {
    const ids = new Set(dataset.components.map((c) => c.id));
    const members = FAMILIES.flatMap((f) => f.members);
    expect(members.filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(members).size).toBe(members.length);
  });
});

// The layout's columns come from `npm run layout`; a data change that tangles the drawing shows here.
describe('the overview layout on the real dataset', () => {
  const stats = overviewStats(dataset, new Map([...prepared.layout.units].map((u) => [u.id, u.column])));

  it('crosses at most 12 calls on an average change day and 40 on the worst', () => {
    expect(stats.mean).toBeLessThanOrEqual(12);
    expect(stats.max).toBeLessThanOrEqual(40);
  });

  it('fits every day in ten columns beside the row names', () => {
    const right = Math.max(...[...prepared.layout.boxes.values()].map((b) => b.x + b.width));
    expect(stats.columns).toBeLessThanOrEqual(10);
    expect(right).toBeLessThanOrEqual(GUTTER + 10 * CARD_COLUMN);
  });
});

describe('crossings', () => {
  // 2022-08-04: Docker Engine's call to the Windows family passes through the point where
  // containerd's calls start; it touches them there and crosses none, at any zoom.
  const dockerToWindows: Segment = [
    { x: 298, y: 187 },
    { x: 890, y: 275 },
  ];
  const fromContainerd = [610, 874, 1186, 346].map((x): Segment => [
    { x: 742, y: 253 },
    { x, y: 275 },
  ]);
  const at = (zoom: number, s: Segment): Segment => [
    { x: 12.5 + s[0].x * zoom, y: 80.25 + s[0].y * zoom },
    { x: 12.5 + s[1].x * zoom, y: 80.25 + s[1].y * zoom },
  ];

  it('counts a call that passes through the end of another as touching, whatever the zoom', () => {
    for (const zoom of [1, 0.692506, 0.644703, 0.3, 1.7])
      expect(
        countCrossings([dockerToWindows, ...fromContainerd].map((s) => at(zoom, s))),
        `zoom ${zoom}`,
      ).toBe(0);
  });

  it('still counts a proper crossing, whatever the zoom', () => {
    const across: Segment = [
      { x: 780, y: 262 },
      { x: 860, y: 268 },
    ];
    for (const zoom of [1, 0.644703, 0.3])
      expect(countCrossings([across, ...fromContainerd].map((s) => at(zoom, s))), `zoom ${zoom}`).toBe(1);
  });
});
