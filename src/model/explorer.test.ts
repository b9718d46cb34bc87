import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { fromPublished, publish } from './explorer';
import { prepare } from './prepare';

const { dataset } = readDataset(join(import.meta.dirname, '../../data'));

describe('the layout the build publishes (data/prepared.json)', () => {
  const prepared = prepare(dataset);
  const published = JSON.parse(JSON.stringify(publish(prepared)));

  it('gives the page exactly the layout and change days it would compute itself', () => {
    expect(fromPublished(dataset, published)).toEqual(prepared);
  });

  it('is not used for a dataset it was not computed from (a date moved, a component added)', () => {
    const moved = {
      ...dataset,
      components: dataset.components.map((c) => (c.id === 'runc' ? { ...c, since: '2015-06-23' } : c)),
    };
    const added = {
      ...dataset,
      components: [...dataset.components, { ...dataset.components[0], id: 'another' }],
    };
    expect(fromPublished(moved, published)).toBeNull();
    expect(fromPublished(added, published)).toBeNull();
    expect(fromPublished(dataset, null)).toBeNull();
  });
});
