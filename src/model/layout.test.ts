import { describe, expect, it } from 'vitest';
import { component, relation } from './fixtures.test-helpers';
import type { Box } from './layout';
import { computeLayout } from './layout-compute';
import { snapshotAt } from './snapshot';
import { changeDays } from './timeline';

const components = [
  component('a', '2013-03', '2016-01-01'),
  component('b', '2014-01-01'),
  component('c', '2016-01-01'),
  component('d', '2015', null, { role: 'oci-runtime' }),
  component('e', '2016-06-01', '2018'),
  component('host', '2014', null, { role: 'client' }),
  component('inner', '2016', '2020', { role: 'cri', parent: 'host' }),
  component('inner-2', '2017', null, { role: 'cri', parent: 'host' }),
];
const relations = [relation('c', 'd', '2016-01-01'), relation('host', 'inner', '2016')];

const overlap = (p: Box, q: Box) =>
  p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

describe('computeLayout', () => {
  const layout = computeLayout(components, relations);
  const dataset = { asOf: '2026-11-28', components, relations };

  it('gives every component one place for its whole life', () => {
    expect([...layout.boxes.keys()].sort()).toEqual(components.map((c) => c.id).sort());
  });

  it('never overlaps two components present on the same day, except a child inside its parent', () => {
    for (const day of ['2013-06-01', ...changeDays(dataset)]) {
      const drawn = snapshotAt(dataset, day).components;
      for (const p of drawn) {
        for (const q of drawn) {
          if (p.id >= q.id || p.parent === q.id || q.parent === p.id) continue;
          expect(
            overlap(layout.boxes.get(p.id)!, layout.boxes.get(q.id)!),
            `${p.id} and ${q.id} on ${day}`,
          ).toBe(false);
        }
      }
    }
  });

  it('stacks a parent’s built-in parts in its column, side by side when they live at the same time', () => {
    const host = layout.boxes.get('host')!;
    const [inner, inner2] = [layout.boxes.get('inner')!, layout.boxes.get('inner-2')!];
    expect(inner.y).toBeGreaterThan(host.y);
    expect(inner.x).toBe(host.x);
    expect(inner2.x).not.toBe(inner.x);
  });

  it('reuses a column once its occupant has gone, keeping rows compact', () => {
    const rowWidth =
      Math.max(...['a', 'b', 'c', 'e'].map((id) => layout.boxes.get(id)!.x)) - layout.boxes.get('b')!.x;
    expect(rowWidth).toBeLessThanOrEqual(2 * (layout.boxes.get('a')!.width + 28));
  });

  it('puts roles in their rows, top to bottom', () => {
    expect(layout.boxes.get('d')!.y).toBeGreaterThan(layout.boxes.get('a')!.y);
    expect(layout.boxes.get('host')!.y).toBeLessThan(layout.boxes.get('a')!.y);
  });

  it('puts connected components in the same column when it can', () => {
    expect(layout.boxes.get('c')!.x).toBe(layout.boxes.get('d')!.x);
  });
});
