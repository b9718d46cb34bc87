import { describe, expect, it } from 'vitest';
import { clampDay, dayFromNumber, dayNumber, isDay, precisionOf, startDay } from './dates';

describe('dates', () => {
  it('reads a partial date as the first day of its period', () => {
    expect(startDay('2016')).toBe('2016-01-01');
    expect(startDay('2016-04')).toBe('2016-04-01');
    expect(startDay('2016-04-13')).toBe('2016-04-13');
    expect([precisionOf('2016'), precisionOf('2016-04'), precisionOf('2016-04-13')]).toEqual([
      'year',
      'month',
      'day',
    ]);
  });

  it('round-trips day numbers across leap days and year ends', () => {
    for (const day of ['1970-01-01', '2016-02-29', '2016-03-01', '2019-12-31', '2026-11-28']) {
      expect(dayFromNumber(dayNumber(day))).toBe(day);
    }
    expect(dayNumber('2016-03-01') - dayNumber('2016-02-28')).toBe(2);
  });

  it('accepts only real calendar days', () => {
    expect(isDay('2016-02-29')).toBe(true);
    expect(isDay('2017-02-29')).toBe(false);
    expect(isDay('2017-13-01')).toBe(false);
    expect(isDay('2017-1-01')).toBe(false);
  });

  it('clamps into a range', () => {
    expect(clampDay('2010-05-05', '2013-01-01', '2026-11-28')).toBe('2013-01-01');
    expect(clampDay('2030-01-01', '2013-01-01', '2026-11-28')).toBe('2026-11-28');
    expect(clampDay('2020-01-01', '2013-01-01', '2026-11-28')).toBe('2020-01-01');
  });
});
