import { isPresent } from './snapshot';
import type { Day, Stack } from './types';

/** The stacks in use on `day`, in the dataset's order; with `member`, only those that component is part of. */
export function stacksInUse(stacks: readonly Stack[], day: Day, member?: string): Stack[] {
  return stacks.filter((s) => isPresent(s, day) && (member === undefined || s.components.includes(member)));
}
