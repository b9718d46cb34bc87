import type { Snapshot } from './snapshot';
import { dayPaths, stackPaths, stacksOn, type CallPath } from './story-paths';
import type { Component, Day, Stack } from './types';

export { dayPaths, mainPaths, type CallPath } from './story-paths';

/** Beyond this many client-to-runtime clauses the sentence stops being read. */
const MAX_CLAUSES = 3;

/** One client reaching one runtime: directly, and/or through each route (the components between). */
export interface StoryClause {
  root: Component;
  leaf: Component;
  direct: boolean;
  through: Component[][];
}

/** What the story of a day says, as structure; src/i18n words it. */
export interface DayStory {
  day: Day;
  /** The focused stack, when it is not in use that day (the story then tells the whole day). */
  absent: Stack | null;
  /** Empty when no component calls another yet. */
  clauses: StoryClause[];
  /** How many more paths there are beyond the clauses told. */
  more: number;
}

/**
 * How each client reaches its runtimes on the day. Every call in it is a relation present that
 * day. With `focus` (a stack id) only that stack is told, when it is in use.
 */
export function storyOf(snapshot: Snapshot, stacks: readonly Stack[], focus: string | null = null): DayStory {
  const focused = focus === null ? undefined : stacks.find((s) => s.id === focus);
  const told = focused !== undefined && stacksOn(snapshot, [focused]).length === 1;
  const paths = told ? stackPaths(focused, snapshot) : dayPaths(snapshot, stacks);
  const absent = focused !== undefined && !told ? focused : null;
  const groups = new Map<string, CallPath[]>();
  for (const p of paths) {
    const key = `${p.root.id}|${p.leaf.id}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const all = [...groups.values()];
  return {
    day: snapshot.day,
    absent,
    clauses: all.slice(0, MAX_CLAUSES).map(clause),
    more: all.slice(MAX_CLAUSES).reduce((n, g) => n + g.length, 0),
  };
}

function clause(group: CallPath[]): StoryClause {
  const { root, leaf } = group[0];
  return {
    root,
    leaf,
    direct: group.some((p) => p.via.length === 0),
    through: group.filter((p) => p.via.length > 0).map((p) => p.via),
  };
}
