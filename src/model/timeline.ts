import { startDay } from './dates';
import { snapshotAt, snapshotKey } from './snapshot';
import type { Dataset, Day } from './types';

/** The slider's first day: the product covers Docker's era, from 2013. */
export const TIMELINE_START: Day = '2013-01-01';

/**
 * The days on which the drawn graph differs from the day before, in order.
 * Candidates are every since/until/secondaryFrom; those that change nothing are dropped.
 */
export function changeDays(dataset: Pick<Dataset, 'components' | 'relations' | 'asOf'>): Day[] {
  const candidates = new Set<Day>();
  for (const item of [...dataset.components, ...dataset.relations]) {
    candidates.add(startDay(item.since));
    if (item.until !== null) candidates.add(startDay(item.until));
    if ('secondaryFrom' in item && item.secondaryFrom) candidates.add(startDay(item.secondaryFrom));
  }
  const sorted = [...candidates].filter((d) => d > TIMELINE_START && d <= dataset.asOf).sort();
  const changes: Day[] = [];
  let previous = snapshotKey(snapshotAt(dataset, TIMELINE_START));
  for (const day of sorted) {
    const key = snapshotKey(snapshotAt(dataset, day));
    if (key !== previous) changes.push(day);
    previous = key;
  }
  return changes;
}

/** The first change strictly after `day`, or null at the end. */
export function nextChange(changes: readonly Day[], day: Day): Day | null {
  return changes.find((d) => d > day) ?? null;
}

/** The last change strictly before `day`, or null at the start. */
export function previousChange(changes: readonly Day[], day: Day): Day | null {
  return changes.findLast((d) => d < day) ?? null;
}
