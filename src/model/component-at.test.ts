import { describe, expect, it } from 'vitest';
import { currentRelease, dayWhenPresent } from './component-at';
import { component } from './fixtures.test-helpers';

describe('dayWhenPresent', () => {
  const dockershim = component('dockershim', '2016-12-13', '2022-05-03');

  it('keeps the shown day when the component exists on it', () => {
    expect(dayWhenPresent(dockershim, '2018-06-01')).toBe('2018-06-01');
    expect(dayWhenPresent(dockershim, '2016-12-13')).toBe('2016-12-13');
    expect(dayWhenPresent(dockershim, '2022-05-02')).toBe('2022-05-02');
  });

  it('goes to its first day before it existed, and to its last day after it ended', () => {
    expect(dayWhenPresent(dockershim, '2015-01-01')).toBe('2016-12-13');
    expect(dayWhenPresent(dockershim, '2022-05-03')).toBe('2022-05-02');
    expect(dayWhenPresent(dockershim, '2025-01-01')).toBe('2022-05-02');
  });

  it('keeps any day after the start of a component still around', () => {
    expect(dayWhenPresent(component('runc', '2015-06'), '2020-02-29')).toBe('2020-02-29');
  });
});

describe('currentRelease', () => {
  const sources = [{ url: 'https://example.org/release', title: 'a release note' }];
  const kubelet = component('kubelet', '2014-06-06', null, {
    releases: [
      { version: '1.10', date: '2018-03-26', sources },
      { version: '1.20', date: '2020-12-08', sources },
    ],
  });

  it('names the latest listed release with its year, so a stale one reads as stale (not as the version in use)', () => {
    expect(currentRelease(kubelet, '2019-06-15')).toBe('1.10 (2018)');
    expect(currentRelease(kubelet, '2020-12-08')).toBe('1.20 (2020)');
  });

  it('names none before the first listed release', () => {
    expect(currentRelease(kubelet, '2017-01-01')).toBeNull();
  });
});
