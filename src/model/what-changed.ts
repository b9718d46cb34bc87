import { addDays } from './dates';
import { previousChange } from './timeline';
import type { Day } from './types';

/**
 * Which two days the "what changed" list compares:
 * - `compare`: the compared day against the shown day;
 * - `change`: the last change on or before the shown day, against the day before it;
 * - `none`: the shown day is before the first change.
 */
export type ChangeWindow =
  { kind: 'compare'; from: Day; to: Day } | { kind: 'change'; from: Day; to: Day } | { kind: 'none' };

export function changeWindow(changes: readonly Day[], day: Day, compare: Day | null): ChangeWindow {
  if (compare !== null) return { kind: 'compare', from: compare, to: day };
  const last = changes.includes(day) ? day : previousChange(changes, day);
  return last === null ? { kind: 'none' } : { kind: 'change', from: addDays(last, -1), to: last };
}
