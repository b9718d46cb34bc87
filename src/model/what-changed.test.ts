import { describe, expect, it } from 'vitest';
import { changeWindow } from './what-changed';

// Three change days, one of them the first of March in a leap year.
const changes = ['2014-06-06', '2016-03-01', '2016-12-13'];

describe('what changed, as the story panel lists it', () => {
  it('is the last change on or before the shown day, against the day before that change', () => {
    expect(changeWindow(changes, '2016-06-01', null)).toEqual({
      kind: 'change',
      from: '2016-02-29',
      to: '2016-03-01',
    });
    expect(changeWindow(changes, '2016-12-12', null)).toEqual({
      kind: 'change',
      from: '2016-02-29',
      to: '2016-03-01',
    });
  });

  it('on a change day is that day’s change, not the one before', () => {
    expect(changeWindow(changes, '2016-12-13', null)).toEqual({
      kind: 'change',
      from: '2016-12-12',
      to: '2016-12-13',
    });
    expect(changeWindow(changes, '2014-06-06', null)).toEqual({
      kind: 'change',
      from: '2014-06-05',
      to: '2014-06-06',
    });
  });

  it('is nothing before the first change', () => {
    expect(changeWindow(changes, '2014-06-05', null)).toEqual({ kind: 'none' });
    expect(changeWindow([], '2020-01-01', null)).toEqual({ kind: 'none' });
  });

  it('with a compared day is that day against the shown one, whichever comes first', () => {
    expect(changeWindow(changes, '2016-06-01', '2013-01-01')).toEqual({
      kind: 'compare',
      from: '2013-01-01',
      to: '2016-06-01',
    });
    expect(changeWindow(changes, '2014-01-01', '2020-01-01')).toEqual({
      kind: 'compare',
      from: '2020-01-01',
      to: '2014-01-01',
    });
  });
});
