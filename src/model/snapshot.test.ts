import { describe, expect, it } from 'vitest';
import { component, relation } from './fixtures.test-helpers';
import { isPresent, snapshotAt } from './snapshot';

const ids = (s: ReturnType<typeof snapshotAt>) => ({
  components: s.components.map((c) => c.id),
  relations: s.relations.map((r) => r.relation.id),
});

describe('isPresent (half-open, precision-aware)', () => {
  it('keeps a thing that starts and ends within one month only for those days', () => {
    const brief = { since: '2016-04-05', until: '2016-04-25' };
    expect(isPresent(brief, '2016-04-04')).toBe(false);
    expect(isPresent(brief, '2016-04-05')).toBe(true);
    expect(isPresent(brief, '2016-04-24')).toBe(true);
    expect(isPresent(brief, '2016-04-25')).toBe(false);
  });

  it('treats a month-precision interval as the whole month', () => {
    const april = { since: '2016-04', until: '2016-05' };
    expect(isPresent(april, '2016-03-31')).toBe(false);
    expect(isPresent(april, '2016-04-01')).toBe(true);
    expect(isPresent(april, '2016-04-30')).toBe(true);
    expect(isPresent(april, '2016-05-01')).toBe(false);
  });

  it('is gone on the day of its until', () => {
    const item = { since: '2016-12-13', until: '2022-05-03' };
    expect(isPresent(item, '2022-05-02')).toBe(true);
    expect(isPresent(item, '2022-05-03')).toBe(false);
  });

  it('reads year precision as from 1 January', () => {
    const item = { since: '2008', until: null };
    expect(isPresent(item, '2007-12-31')).toBe(false);
    expect(isPresent(item, '2008-01-01')).toBe(true);
    expect(isPresent(item, '2099-01-01')).toBe(true);
  });
});

describe('snapshotAt', () => {
  const dataset = {
    components: [
      component('a', '2014'),
      component('b', '2015-06', '2020-01-01'),
      component('c', '2016-01-01'),
    ],
    relations: [
      relation('a', 'b', '2014-01-01'),
      relation('a', 'c', '2016-01-01'),
      relation('c', 'b', '2016-01-01', null, { path: 'secondary' }),
    ],
  };

  it('draws a relation only while both endpoints exist', () => {
    // a->b is declared from 2014 but b only exists from 2015-06.
    expect(ids(snapshotAt(dataset, '2015-01-01'))).toEqual({ components: ['a'], relations: [] });
    expect(ids(snapshotAt(dataset, '2015-06-01'))).toEqual({ components: ['a', 'b'], relations: ['a->b'] });
    expect(ids(snapshotAt(dataset, '2020-01-01'))).toEqual({ components: ['a', 'c'], relations: ['a->c'] });
  });

  it('reports a main path that became secondary as secondary from that day', () => {
    const lxc = relation('a', 'b', '2015-06', '2019', { secondaryFrom: '2017-03-10' });
    const data = { components: dataset.components, relations: [lxc] };
    expect(snapshotAt(data, '2017-03-09').relations[0].path).toBe('main');
    expect(snapshotAt(data, '2017-03-10').relations[0].path).toBe('secondary');
    expect(snapshotAt(dataset, '2017-01-01').relations.find((r) => r.relation.id === 'c->b')?.path).toBe(
      'secondary',
    );
  });
});
