import { startDay } from './dates';
import type { Component, Dataset, Day, PartialDate, Relation } from './types';

interface Lifespan {
  since: PartialDate;
  until: PartialDate | null;
}

/** Half-open: present from the first day of `since` up to, not including, the first day of `until`. */
export function isPresent(item: Lifespan, day: Day): boolean {
  return startDay(item.since) <= day && (item.until === null || day < startDay(item.until));
}

export interface DrawnRelation {
  relation: Relation;
  /** The relation's path on that day: a main path can become secondary (`secondaryFrom`). */
  path: 'main' | 'secondary';
}

export interface Snapshot {
  day: Day;
  components: Component[];
  relations: DrawnRelation[];
}

export function pathOn(relation: Relation, day: Day): DrawnRelation['path'] {
  if (relation.secondaryFrom !== undefined && startDay(relation.secondaryFrom) <= day) return 'secondary';
  return relation.path;
}

/** What existed on `day`. A relation is drawn only while both its endpoints exist. */
export function snapshotAt(dataset: Pick<Dataset, 'components' | 'relations'>, day: Day): Snapshot {
  const components = dataset.components.filter((c) => isPresent(c, day));
  const present = new Set(components.map((c) => c.id));
  const relations = dataset.relations
    .filter((r) => isPresent(r, day) && present.has(r.source) && present.has(r.target))
    .map((relation) => ({ relation, path: pathOn(relation, day) }));
  return { day, components, relations };
}

/** A string that is equal for two days exactly when the drawn graph is the same. */
export function snapshotKey(snapshot: Snapshot): string {
  const nodes = snapshot.components.map((c) => c.id).join(',');
  const edges = snapshot.relations.map((r) => `${r.relation.id}:${r.path}`).join(',');
  return `${nodes}|${edges}`;
}
