import { addDays, startDay } from './dates';
import type { Snapshot } from './snapshot';
import type { Component, Day } from './types';

/** The releases out by `day`, oldest first. */
export function releasesBy(component: Component, day: Day): NonNullable<Component['releases']> {
  return (component.releases ?? []).filter((r) => startDay(r.date) <= day);
}

/**
 * The badge for the latest release the data lists by `day`, with its year: "1.10 (2018)". The data
 * lists the releases that changed the stack, not every release, so the year shows how old it is.
 */
export function currentRelease(component: Component, day: Day): string | null {
  const release = releasesBy(component, day).at(-1);
  return release ? `${release.version} (${release.date.slice(0, 4)})` : null;
}

/** Whom `id` calls and who calls it on the snapshot's day. */
export function neighbours(snapshot: Snapshot, id: string): { calls: Component[]; calledBy: Component[] } {
  const byId = new Map(snapshot.components.map((c) => [c.id, c]));
  const calls = snapshot.relations
    .filter((r) => r.relation.source === id)
    .map((r) => byId.get(r.relation.target)!);
  const calledBy = snapshot.relations
    .filter((r) => r.relation.target === id)
    .map((r) => byId.get(r.relation.source)!);
  return { calls, calledBy };
}

/** The day to jump to so that `component` is shown: `day` itself when it exists then, else its nearest day. */
export function dayWhenPresent(component: Component, day: Day): Day {
  if (day < startDay(component.since)) return startDay(component.since);
  if (component.until === null || day < startDay(component.until)) return day;
  return addDays(startDay(component.until), -1);
}
