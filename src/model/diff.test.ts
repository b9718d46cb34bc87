import { describe, expect, it } from 'vitest';
import { diffSnapshots, isEmptyDiff } from './diff';
import { component, relation } from './fixtures.test-helpers';
import { snapshotAt } from './snapshot';

const components = [
  component('kubelet', '2014', null, { role: 'client' }),
  component('dockershim', '2016', '2022-05-03', { role: 'cri' }),
  component('cri-dockerd', '2020-12-04', null, { role: 'cri', replaces: ['dockershim'] }),
  component('docker', '2013'),
];
const relations = [
  relation('kubelet', 'dockershim', '2016', '2022-05-03'),
  relation('kubelet', 'cri-dockerd', '2022-01-03'),
];
const at = (day: string) => snapshotAt({ components, relations }, day);

describe('diffSnapshots', () => {
  it('pairs a removed component with the one that replaces it, even when the successor is older', () => {
    const diff = diffSnapshots(at('2021-01-01'), at('2023-01-01'));
    expect(diff.replaced.map((r) => [r.from.map((c) => c.id), r.to.id])).toEqual([
      [['dockershim'], 'cri-dockerd'],
    ]);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.addedRelations.map((r) => r.relation.id)).toEqual(['kubelet->cri-dockerd']);
    expect(diff.removedRelations.map((r) => r.relation.id)).toEqual(['kubelet->dockershim']);
  });

  it('lists plain additions and removals both ways', () => {
    const forward = diffSnapshots(at('2015-01-01'), at('2017-01-01'));
    expect(forward.added.map((c) => c.id)).toEqual(['dockershim']);
    const backward = diffSnapshots(at('2017-01-01'), at('2015-01-01'));
    expect(backward.removed.map((c) => c.id)).toEqual(['dockershim']);
  });

  it('is empty between two days with the same drawing', () => {
    expect(isEmptyDiff(diffSnapshots(at('2017-01-01'), at('2018-01-01')))).toBe(true);
  });
});
