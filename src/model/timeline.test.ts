import { describe, expect, it } from 'vitest';
import { component, relation } from './fixtures.test-helpers';
import { changeDays, nextChange, previousChange } from './timeline';

const dataset = {
  asOf: '2026-11-28',
  components: [
    component('old', '2008', '2016-02-04'),
    component('engine', '2013-03-23'),
    component('late', '2027-01-01'),
  ],
  relations: [
    // Declared earlier than its target exists: the change happens when the target appears, once.
    relation('engine', 'old', '2013-03-23', '2016-02-04', { secondaryFrom: '2014-03-10' }),
  ],
};

describe('changeDays', () => {
  it('lists each day the drawing changes, once, in order, within the timeline', () => {
    expect(changeDays(dataset)).toEqual(['2013-03-23', '2014-03-10', '2016-02-04']);
  });

  it('drops candidate days on which nothing drawn changes', () => {
    const quiet = { ...dataset, relations: [...dataset.relations, relation('engine', 'late', '2020-01-01')] };
    expect(changeDays(quiet)).toEqual(['2013-03-23', '2014-03-10', '2016-02-04']);
  });
});

describe('next and previous change', () => {
  const changes = ['2013-03-23', '2014-03-10', '2016-02-04'];
  it('steps strictly past the shown day', () => {
    expect(nextChange(changes, '2013-01-01')).toBe('2013-03-23');
    expect(nextChange(changes, '2013-03-23')).toBe('2014-03-10');
    expect(nextChange(changes, '2016-02-04')).toBeNull();
    expect(previousChange(changes, '2016-02-04')).toBe('2014-03-10');
    expect(previousChange(changes, '2015-01-01')).toBe('2014-03-10');
    expect(previousChange(changes, '2013-03-23')).toBeNull();
  });
});
