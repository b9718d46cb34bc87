import { startDay } from './dates';
import type { DatasetEvent } from './types';

/**
 * Events by the day they start on; events of one day by id, so the order never depends on file order.
 * Compared by code units, not `localeCompare`: ISO days and ASCII ids sort alike in every locale, and
 * the page's first `localeCompare` sets up a collator (10–15 ms of the first render).
 */
export function eventsInOrder(events: readonly DatasetEvent[]): DatasetEvent[] {
  return [...events].sort((a, b) => compare(startDay(a.date), startDay(b.date)) || compare(a.id, b.id));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
