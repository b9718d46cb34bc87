import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { stacksInUse } from './stacks';
import type { Stack } from './types';

const { dataset } = readDataset(join(import.meta.dirname, '../../data'));
const ids = (list: Stack[]) => list.map((s) => s.id).sort();

describe('the stacks in use on a day', () => {
  it('are those whose life holds the day: from its first day, up to and not including its end', () => {
    // data/stacks: dockershim runs 2016-12-13 … 2022-05-03, cri-dockerd from 2022-01-03.
    expect(ids(stacksInUse(dataset.stacks, '2016-12-12'))).not.toContain('dockershim');
    expect(ids(stacksInUse(dataset.stacks, '2016-12-13'))).toContain('dockershim');
    expect(ids(stacksInUse(dataset.stacks, '2022-05-02'))).toEqual(
      expect.arrayContaining(['dockershim', 'cri-dockerd']),
    );
    expect(ids(stacksInUse(dataset.stacks, '2022-05-03'))).not.toContain('dockershim');
  });

  it('with a component, are only the stacks it is part of', () => {
    // In 2019 dockershim carried Docker, Virtlet (through CRI Proxy) and Windows; its runc v2 stack came in 2020-12.
    expect(ids(stacksInUse(dataset.stacks, '2019-06-01', 'dockershim'))).toEqual([
      'dockershim',
      'virtlet-criproxy',
      'windows-dockershim',
    ]);
    expect(ids(stacksInUse(dataset.stacks, '2021-06-01', 'dockershim'))).toEqual([
      'dockershim',
      'dockershim-runc-v2',
      'windows-dockershim',
    ]);
    expect(stacksInUse(dataset.stacks, '2013-06-01', 'dockershim')).toEqual([]);
  });

  it('keep the dataset’s order', () => {
    const list = stacksInUse(dataset.stacks, '2019-06-01');
    const order = list.map((s) => dataset.stacks.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
