import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { CANONICAL_IDS } from '../model/canonical-ids';
import { addDays, startDay } from '../model/dates';
import { snapshotAt } from '../model/snapshot';

const { dataset, problems } = readDataset(join(import.meta.dirname, '../../data'));

describe('the dataset in data/', () => {
  it('passes every rule', () => {
    expect(problems).toEqual([]);
  });

  it('covers every canonical id of the contract', () => {
    const ids = new Set(dataset.components.map((c) => c.id));
    expect(CANONICAL_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(dataset.stacks.map((s) => [s.id, s] as const))(
    'stack %s is fully drawn on its first and last day',
    (_id, stack) => {
      const last = stack.until === null ? dataset.asOf : addDays(startDay(stack.until), -1);
      for (const day of [startDay(stack.since), last]) {
        const snapshot = snapshotAt(dataset, day);
        const drawn = new Set(snapshot.components.map((c) => c.id));
        const edges = new Set(snapshot.relations.map((r) => r.relation.id));
        expect(
          stack.components.filter((id) => !drawn.has(id)),
          `components missing on ${day}`,
        ).toEqual([]);
        expect(
          stack.relations.filter((id) => !edges.has(id)),
          `relations missing on ${day}`,
        ).toEqual([]);
      }
    },
  );

  it('keeps the removals a reader checks first', () => {
    const byId = new Map(dataset.components.map((c) => [c.id, c]));
    // Kubernetes 1.24 (2022-05-03), containerd 2.0 (2024-11-05), Docker 1.10 (2016-02-04).
    expect(byId.get('dockershim')?.until).toBe('2022-05-03');
    expect(byId.get('containerd-shim')?.until).toBe('2024-11-05');
    expect(dataset.relations.find((r) => r.id === 'docker->lxc')?.until).toBe('2016-02-04');
  });

  it('gives every item at least one source and every component a summary in both languages', () => {
    for (const list of [dataset.components, dataset.relations, dataset.stacks, dataset.events]) {
      for (const item of list) expect(item.sources.length, item.id).toBeGreaterThan(0);
    }
    for (const c of dataset.components) expect(c.summary.ja, c.id).not.toEqual(c.summary.en);
  });
});
