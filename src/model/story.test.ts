import { describe, expect, it } from 'vitest';
import { component, relation } from './fixtures.test-helpers';
import { snapshotAt } from './snapshot';
import { mainPaths, summarize } from './story';
import type { Stack } from './types';

const components = [
  component('kubelet', '2014', null, { name: 'kubelet', role: 'client' }),
  component('shim', '2016', null, { name: 'dockershim', role: 'cri' }),
  component('docker', '2013', null, { name: 'Docker' }),
  component('runc', '2015', null, { name: 'runc', role: 'oci-runtime' }),
  component('crio', '2016', null, { name: 'CRI-O', role: 'cri' }),
];
const relations = [
  relation('kubelet', 'shim', '2016'),
  relation('shim', 'docker', '2016'),
  relation('docker', 'runc', '2016'),
  relation('kubelet', 'crio', '2016'),
  relation('crio', 'runc', '2016'),
  relation('kubelet', 'docker', '2014', '2017'),
];
const dataset = { components, relations };
const source = [{ url: 'https://example.org', title: 't' }];
const stack = (id: string, ids: string[]): Stack => ({ id, name: { en: id, ja: id }, since: '2016', until: null, components: ids, relations: [], sources: source });

describe('the story of a day', () => {
  it('follows main arrows from each root to each leaf', () => {
    const paths = mainPaths(snapshotAt(dataset, '2015-06-01'));
    expect(paths.map((p) => [p.root.id, ...p.via.map((c) => c.id), p.leaf.id])).toEqual([['kubelet', 'docker']]);
  });

  it('groups routes from one client to one runtime into one clause', () => {
    const text = summarize(snapshotAt(dataset, '2018-01-01'), [], 'en');
    expect(text).toBe('On 2018-01-01 kubelet reaches runc through dockershim → Docker, or through CRI-O.');
  });

  it('prefers the named stacks of the day when there are some', () => {
    const stacks = [stack('crio', ['kubelet', 'crio', 'runc'])];
    expect(summarize(snapshotAt(dataset, '2018-01-01'), stacks, 'en')).toBe('On 2018-01-01 kubelet reaches runc through CRI-O.');
  });

  it('says when nothing calls anything, and speaks Japanese', () => {
    expect(summarize(snapshotAt(dataset, '2013-06-01'), [], 'en')).toBe('On 2013-06-01 no component calls another yet.');
    expect(summarize(snapshotAt(dataset, '2015-06-01'), [], 'ja')).toBe('2015-06-01、kubelet は 直接 Docker を呼ぶ。');
  });
});
