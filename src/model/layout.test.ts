import { describe, expect, it } from 'vitest';
import { component } from './fixtures.test-helpers';
import { computeLayout } from './layout';
import { snapshotAt } from './snapshot';
import { changeDays } from './timeline';

const components = [
  component('a', '2013-03', '2016-01-01'),
  component('b', '2014-01-01'),
  component('c', '2016-01-01'),
  component('d', '2015', null, { role: 'oci-runtime' }),
  component('e', '2016-06-01', '2018'),
];

describe('computeLayout', () => {
  const layout = computeLayout(components);

  it('gives every component one place for its whole life', () => {
    expect(layout.positions.size).toBe(components.length);
  });

  it('never puts two components present on the same day in the same place', () => {
    const dataset = { asOf: '2026-11-28', components, relations: [] };
    for (const day of changeDays(dataset)) {
      const places = snapshotAt(dataset, day).components.map((c) => JSON.stringify(layout.positions.get(c.id)));
      expect(new Set(places).size, `overlap on ${day}`).toBe(places.length);
    }
  });

  it('reuses a column once its occupant has gone, keeping rows compact', () => {
    expect(layout.positions.get('c')).toEqual(layout.positions.get('a'));
  });

  it('puts roles in their rows, top to bottom', () => {
    expect(layout.positions.get('d')!.y).toBeGreaterThan(layout.positions.get('a')!.y);
  });
});
