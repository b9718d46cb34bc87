import type { DrawnRelation, Snapshot } from './snapshot';
import type { Component } from './types';

export interface Replacement {
  from: Component[];
  to: Component;
}

export interface SnapshotDiff {
  added: Component[];
  removed: Component[];
  replaced: Replacement[];
  addedRelations: DrawnRelation[];
  removedRelations: DrawnRelation[];
}

/** What is drawn in `after` but not in `before`, and back; a component that `replaces` a removed one pairs with it. */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const beforeIds = new Set(before.components.map((c) => c.id));
  const afterIds = new Set(after.components.map((c) => c.id));
  let added = after.components.filter((c) => !beforeIds.has(c.id));
  let removed = before.components.filter((c) => !afterIds.has(c.id));

  // A successor need not be new: cri-dockerd existed before dockershim was removed.
  const replaced: Replacement[] = [];
  for (const to of after.components) {
    const from = removed.filter((c) => to.replaces?.includes(c.id));
    if (from.length > 0) replaced.push({ from, to });
  }
  const paired = new Set(replaced.flatMap((r) => [r.to.id, ...r.from.map((c) => c.id)]));
  added = added.filter((c) => !paired.has(c.id));
  removed = removed.filter((c) => !paired.has(c.id));

  const beforeRelations = new Set(before.relations.map((r) => r.relation.id));
  const afterRelations = new Set(after.relations.map((r) => r.relation.id));
  return {
    added,
    removed,
    replaced,
    addedRelations: after.relations.filter((r) => !beforeRelations.has(r.relation.id)),
    removedRelations: before.relations.filter((r) => !afterRelations.has(r.relation.id)),
  };
}

export function isEmptyDiff(diff: SnapshotDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}
