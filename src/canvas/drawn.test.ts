import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { currentRelease } from '../model/component-at';
import { addDays } from '../model/dates';
import { prepare } from '../model/prepare';
import { snapshotAt } from '../model/snapshot';
import { intervalOf } from './drawing-table';
import { buildTable } from './table-builder';
import { createDrawnStore, type DrawnStore } from './drawn';
import { labelDays, markOn, rowNodes } from './to-flow';
import { buildFlow } from './views';

const noLabels = { days: [], ids: [] };

describe('cards fade only when the day changes slower than a fade', () => {
  const at = (store: DrawnStore, day: string, now: number) =>
    store.show({ day, interval: 0, table: null }, now);

  it('fades a day change a quarter second or more after the last one', () => {
    const store = createDrawnStore('2019-06-15', noLabels);
    at(store, '2019-06-16', 1000);
    expect(store.getState().fade).toBe(true);
    at(store, '2019-06-17', 1300);
    expect(store.getState().fade).toBe(true);
  });

  it('does not fade while a drag changes the day every frame, and fades again after a pause', () => {
    const store = createDrawnStore('2019-06-15', noLabels);
    at(store, '2019-06-16', 1000);
    at(store, '2019-06-18', 1016);
    expect(store.getState().fade).toBe(false);
    at(store, '2019-06-20', 1033);
    expect(store.getState().fade).toBe(false);
    at(store, '2019-06-21', 1500);
    expect(store.getState().fade).toBe(true);
  });

  it('a new table on the same day is not a day change', () => {
    const store = createDrawnStore('2019-06-15', noLabels);
    at(store, '2019-06-16', 1000);
    at(store, '2019-06-16', 1010);
    at(store, '2019-06-17', 1300);
    expect(store.getState().fade).toBe(true);
  });
});

describe('a day change notifies exactly the things it changes', () => {
  const prepared = prepare(readDataset(join(import.meta.dirname, '../../data')).dataset);
  const { components } = prepared.dataset;
  const rows = rowNodes(prepared.layout);
  const starts = [prepared.minDay, ...prepared.changes];
  const table = buildTable(starts, (day) =>
    buildFlow(prepared, rows, snapshotAt(prepared.dataset, day), {
      focus: null,
      isolate: false,
      compare: null,
    }),
  );
  const ids = [...new Set([...table.nodeAt.keys(), ...table.edgeAt.keys(), ...components.map((c) => c.id)])];

  /** Shows `a`, then `b`; the ids notified by the second. */
  function notified(a: string, b: string): Set<string> {
    const store = createDrawnStore(a, labelDays(components));
    store.show({ day: a, interval: intervalOf(starts, a), table }, 0);
    const seen = new Set<string>();
    for (const id of ids) store.subscribe(id, () => seen.add(id));
    store.show({ day: b, interval: intervalOf(starts, b), table }, 1000);
    return seen;
  }

  // Pairs a drag meets (a day, a week apart) and jumps (a year, across all of history), both ways.
  const pairs: [string, string][] = [];
  for (let d = prepared.minDay; d < prepared.maxDay; d = addDays(d, 41))
    for (const by of [1, 7, 365]) pairs.push([d, addDays(d, by)], [addDays(d, by), d]);
  pairs.push([prepared.minDay, prepared.maxDay], [prepared.maxDay, prepared.minDay]);

  it(`every card whose release or mark differs is notified (${pairs.length} pairs of days)`, () => {
    for (const [a, b] of pairs) {
      const seen = notified(a, b);
      for (const c of components)
        if (currentRelease(c, a) !== currentRelease(c, b) || markOn(c, a) !== markOn(c, b))
          expect(seen.has(c.id), `${c.id} ${a} → ${b}`).toBe(true);
    }
  });

  it('every node and edge drawn otherwise is notified', () => {
    for (const [a, b] of pairs) {
      const seen = notified(a, b);
      const [i, j] = [intervalOf(starts, a), intervalOf(starts, b)];
      for (const at of [table.nodeAt, table.edgeAt])
        for (const [id, row] of at)
          if (row[i] !== row[j]) expect(seen.has(id), `${id} ${a} → ${b}`).toBe(true);
    }
  });

  it('a day that changes nothing drawn notifies no node or edge, only cards with a label day', () => {
    const a = '2019-06-15';
    const b = addDays(a, 1);
    expect(intervalOf(starts, a)).toBe(intervalOf(starts, b));
    const labelled = new Set(
      components.filter((c) => currentRelease(c, a) !== currentRelease(c, b)).map((c) => c.id),
    );
    expect([...notified(a, b)].filter((id) => !labelled.has(id))).toEqual([]);
  });
});
