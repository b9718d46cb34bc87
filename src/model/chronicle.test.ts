import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barCovers, lifeBar, lifeChanges, lifeChangesKey, periodEnd } from './chronicle-bars';
import { familyOf, groupBars, layoutRows } from './chronicle-groups';
import {
  brushSpan,
  dayAt,
  labelLanes,
  panSpan,
  ticks,
  xOf,
  zoomSpan,
  type TimeScale,
} from './chronicle-scale';
import { dayNumber } from './dates';
import { component } from './fixtures.test-helpers';
import { isPresent } from './snapshot';

const ASOF = '2026-11-28';
const d = dayNumber;

describe('lifeBar', () => {
  it('runs from the first day of since to the first day of until', () => {
    const bar = lifeBar(
      component('dockershim', '2016-12-13', '2022-05-03', { deprecated: '2020-12-08' }),
      ASOF,
    );
    expect([bar.start, bar.end, bar.open, bar.deprecated]).toEqual([
      d('2016-12-13'),
      d('2022-05-03'),
      false,
      d('2020-12-08'),
    ]);
    expect(bar.known).toBe(bar.start);
  });

  it('keeps a year- or month-precise start soft until its period ends', () => {
    expect(lifeBar(component('buildah', '2017'), ASOF)).toMatchObject({
      precision: 'year',
      start: d('2017-01-01'),
      known: d('2018-01-01'),
    });
    expect(lifeBar(component('cri-o', '2016-09'), ASOF)).toMatchObject({
      precision: 'month',
      known: d('2016-10-01'),
    });
    expect(periodEnd('2019-12')).toBe(d('2020-01-01'));
    // A life shorter than its start's period is soft all along, never beyond its end.
    expect(lifeBar(component('brief', '2017', '2017-03-01'), ASOF).known).toBe(d('2017-03-01'));
  });

  it('leaves a component still there open past asOf, with its releases on the bar', () => {
    const bar = lifeBar(
      component('containerd', '2015-12-04', null, {
        releases: [{ version: '1.0', date: '2017-12', sources: [] as never }],
      }),
      ASOF,
    );
    expect(bar.open).toBe(true);
    expect(barCovers(bar, d(ASOF))).toBe(true);
    expect(bar.releases).toEqual([{ day: d('2017-12-01'), version: '1.0', date: '2017-12' }]);
  });

  it('covers exactly the days snapshotAt finds the component on', () => {
    const date = fc
      .date({
        min: new Date('2013-01-01T00:00:00Z'),
        max: new Date('2026-11-28T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((x) => x.toISOString().slice(0, 10));
    const partial = fc.oneof(
      date,
      date.map((x) => x.slice(0, 7)),
      date.map((x) => x.slice(0, 4)),
    );
    fc.assert(
      fc.property(partial, fc.option(partial, { nil: null }), date, (since, until, day) => {
        const c = component('x', since, until);
        expect(barCovers(lifeBar(c, ASOF), d(day))).toBe(isPresent(c, day));
      }),
    );
  });
});

describe('lifeChanges', () => {
  const bars = [
    component('docker', '2013-03-23'),
    component('dockershim', '2016-12-13', '2022-05-03'),
    component('cri-dockerd', '2020-12-04'),
  ].map((c) => lifeBar(c, ASOF));

  it('marks what arrived by the shown date as added and what left as removed, like the canvas compare', () => {
    expect(lifeChanges(bars, '2019-01-01', '2023-01-01')).toEqual({
      added: new Set(['cri-dockerd']),
      removed: new Set(['dockershim']),
    });
    expect(lifeChanges(bars, '2023-01-01', '2019-01-01')).toEqual({
      added: new Set(['dockershim']),
      removed: new Set(['cri-dockerd']),
    });
  });

  it('gives the same key to two dates with the same changes, and another when they differ', () => {
    expect(lifeChangesKey(bars, '2019-01-01', '2023-01-01')).toBe(
      lifeChangesKey(bars, '2019-01-01', '2024-06-01'),
    );
    expect(lifeChangesKey(bars, '2019-01-01', '2021-01-01')).not.toBe(
      lifeChangesKey(bars, '2019-01-01', '2023-01-01'),
    );
  });
});

describe('groupBars', () => {
  const bars = [
    component('runc', '2015-06-22', null, { role: 'oci-runtime' }),
    component('docker', '2013-03-23'),
    component('dockershim', '2016-12-13', '2022-05-03', { role: 'cri', parent: 'kubelet' }),
    component('kubelet', '2014-06-06', null, { role: 'client' }),
    component('lxc', '2008-08', null, { role: 'oci-runtime' }),
    component('brand-new-thing', '2025', null, { parent: 'kata-containers' }),
    component('unknown', '2025'),
  ].map((c) => lifeBar(c, ASOF));

  it('groups by family in a fixed order, each by start; an unlisted id joins its parent’s family, else other', () => {
    const groups = groupBars(bars, 'family');
    expect(groups.map((g) => [g.key, g.bars.map((b) => b.id)])).toEqual([
      ['kubernetes', ['kubelet', 'dockershim']],
      ['docker', ['lxc', 'docker']],
      ['oci', ['runc']],
      ['kata', ['brand-new-thing']],
      ['other', ['unknown']],
    ]);
    expect(familyOf({ id: 'cri-o', parent: null })).toBe('crio');
  });

  it('groups by role in the order of the canvas rows', () => {
    expect(groupBars(bars, 'role').map((g) => g.key)).toEqual(['client', 'cri', 'engine', 'oci-runtime']);
  });

  it('lays a heading then one row per bar, without gaps', () => {
    const { rows, height } = layoutRows(groupBars(bars, 'role'), 24, 20);
    expect(rows.slice(0, 3)).toEqual([
      { kind: 'group', key: 'client', y: 0 },
      { kind: 'bar', bar: bars[3], y: 24 },
      { kind: 'group', key: 'cri', y: 44 },
    ]);
    expect(height).toBe(4 * 24 + bars.length * 20);
  });
});

describe('time scale', () => {
  const whole: TimeScale = { from: d('2013-01-01'), to: d('2026-11-29'), left: 0, right: 1000 };

  it('maps days to pixels and back', () => {
    expect(xOf(whole, whole.from)).toBe(0);
    expect(xOf(whole, whole.to)).toBe(1000);
    const day = d('2019-06-15');
    expect(dayAt(whole, xOf(whole, day))).toBe(day);
    expect(dayAt(whole, -50)).toBe(whole.from);
    expect(dayAt(whole, 5000)).toBe(whole.to - 1);
  });

  it('shows only years over the whole history, then quarters, then every month as the span narrows', () => {
    const all = ticks(whole);
    expect(all.every((t) => t.kind === 'year')).toBe(true);
    expect(all.filter((t) => t.labelled).length).toBeGreaterThanOrEqual(7);
    const threeYears = ticks({ ...whole, from: d('2017-01-01'), to: d('2020-01-01') });
    expect(
      threeYears
        .filter((t) => t.kind === 'month')
        .map((t) => t.month)
        .slice(0, 3),
    ).toEqual([4, 7, 10]);
    const oneYear = ticks({ ...whole, from: d('2019-01-01'), to: d('2020-01-01') });
    expect(oneYear.map((t) => t.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(oneYear[0]).toMatchObject({ kind: 'year', year: 2019, labelled: true });
  });

  it('names the year on the first month when no January is shown', () => {
    const late = ticks({ ...whole, from: d('2019-03-10'), to: d('2019-12-01') });
    expect(late[0]).toMatchObject({ kind: 'month', year: 2019, month: 4, withYear: true });
    expect(late.filter((t) => t.withYear)).toHaveLength(1);
    expect(ticks({ ...whole, from: d('2019-01-01'), to: d('2019-06-01') }).some((t) => t.withYear)).toBe(
      false,
    );
  });

  it('labels every other year when years are narrow (a phone)', () => {
    const narrow = ticks({ ...whole, right: 300 });
    expect(narrow.filter((t) => t.labelled).map((t) => t.year)).toEqual([
      2014, 2016, 2018, 2020, 2022, 2024, 2026,
    ]);
  });
});

describe('zoom, pan and brush', () => {
  const min = d('2013-01-01');
  const max = d('2026-11-29');
  const whole = { from: min, to: max };

  it('zooms around the anchor, which stays under the pointer', () => {
    const anchor = d('2019-06-15');
    const z = zoomSpan(whole, 0.5, anchor, min, max);
    expect(z.to - z.from).toBe(Math.round((max - min) / 2));
    const ratio = (s: { from: number; to: number }) => (anchor - s.from) / (s.to - s.from);
    expect(ratio(z)).toBeCloseTo(ratio(whole), 2);
  });

  it('never leaves the history nor zooms past 45 days, nor out past the whole', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min, max: max - 1 }),
        fc.integer({ min: -3000, max: 3000 }),
        (factor, anchor, days) => {
          for (const s of [
            zoomSpan(whole, factor, anchor, min, max),
            panSpan(zoomSpan(whole, factor, anchor, min, max), days, min, max),
          ]) {
            expect(s.from).toBeGreaterThanOrEqual(min);
            expect(s.to).toBeLessThanOrEqual(max);
            expect(s.to - s.from).toBeGreaterThanOrEqual(45);
          }
        },
      ),
    );
  });

  it('brushes a period in either direction', () => {
    expect(brushSpan(d('2019-06-01'), d('2018-01-01'), min, max)).toEqual({
      from: d('2018-01-01'),
      to: d('2019-06-01'),
    });
    expect(brushSpan(d('2019-06-01'), d('2019-06-02'), min, max).to - d('2019-06-01')).toBe(45);
  });
});

describe('labelLanes', () => {
  it('stacks overlapping labels into lanes and drops those that fit none', () => {
    const items = [
      { x: 0, width: 50 },
      { x: 20, width: 50 },
      { x: 30, width: 50 },
      { x: 60, width: 10 },
    ];
    expect(labelLanes(items, 2)).toEqual([0, 1, null, 0]);
  });
});
