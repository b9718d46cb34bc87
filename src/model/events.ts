import { byCodeUnits, startDay } from './dates';
import type { DatasetEvent } from './types';

/** Events by the day they start on; events of one day by id, so the order never depends on file order. */
export function eventsInOrder(events: readonly DatasetEvent[]): DatasetEvent[] {
  return [...events].sort(
    (a, b) => byCodeUnits(startDay(a.date), startDay(b.date)) || byCodeUnits(a.id, b.id),
  );
}
