import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { searchComponents } from './search';

const { dataset } = readDataset(join(import.meta.dirname, '../../data'));
const first = (q: string) => searchComponents(dataset.components, q)[0]?.id;

describe('searching components', () => {
  it('finds by the names people remember, old ones included', () => {
    expect(first('docker-containerd-shim')).toBe('containerd-shim');
    expect(first('OCID')).toBe('cri-o');
    expect(first('kpod')).toBe('kpod');
    expect(first('runC')).toBe('runc');
  });

  it('ranks an exact name above a partial one, and finds nothing for nonsense', () => {
    expect(searchComponents(dataset.components, 'containerd')[0].id).toBe('containerd');
    expect(searchComponents(dataset.components, 'zzzz-nothing')).toEqual([]);
    expect(searchComponents(dataset.components, '   ')).toEqual([]);
  });
});
