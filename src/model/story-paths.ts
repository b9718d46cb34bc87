import { startDay } from './dates';
import { isPresent, type Snapshot } from './snapshot';
import type { Component, Stack } from './types';

/** A call path from a client (or an engine nothing calls) down to what it finally runs. */
export interface CallPath {
  root: Component;
  via: Component[];
  leaf: Component;
}

const MAX_PATHS = 12;

/**
 * The calls of one stack on the day, read as the tree its relations make: one path from each
 * root (a member nothing in the stack calls) to each leaf. A path stops at an OCI runtime, what
 * the figures call the container's runtime. Only relations present that day are followed.
 */
export function stackPaths(stack: Stack, snapshot: Snapshot): CallPath[] {
  const byId = new Map(snapshot.components.map((c) => [c.id, c]));
  const present = new Map(snapshot.relations.map(({ relation }) => [relation.id, relation]));
  const calls = new Map<string, string[]>();
  const called = new Set<string>();
  for (const id of stack.relations) {
    const r = present.get(id);
    if (!r || !byId.has(r.source) || !byId.has(r.target)) continue;
    calls.set(r.source, [...(calls.get(r.source) ?? []), r.target]);
    called.add(r.target);
  }
  const roots = stack.components.filter((id) => calls.has(id) && !called.has(id));
  return walkAll(
    roots.map((id) => byId.get(id)!),
    calls,
    byId,
    true,
  );
}

/** Every main path of the day, following only solid arrows (when no named stack covers the day). */
export function mainPaths(snapshot: Snapshot): CallPath[] {
  const byId = new Map(snapshot.components.map((c) => [c.id, c]));
  const calls = new Map<string, string[]>();
  const called = new Set<string>();
  for (const { relation, path } of snapshot.relations) {
    if (path !== 'main') continue;
    calls.set(relation.source, [...(calls.get(relation.source) ?? []), relation.target]);
    called.add(relation.target);
  }
  const roots = snapshot.components.filter((c) => calls.has(c.id) && !called.has(c.id));
  return walkAll(roots, calls, byId, false);
}

function walkAll(
  roots: Component[],
  calls: Map<string, string[]>,
  byId: Map<string, Component>,
  stopAtRuntime: boolean,
): CallPath[] {
  const paths: CallPath[] = [];
  const walk = (trail: Component[]) => {
    const at = trail.at(-1)!;
    const atRuntime = stopAtRuntime && trail.length > 1 && at.role === 'oci-runtime';
    const next = atRuntime ? [] : (calls.get(at.id) ?? []).filter((id) => !trail.some((c) => c.id === id));
    if (next.length === 0) {
      if (trail.length > 1 && paths.length < MAX_PATHS)
        paths.push({ root: trail[0], via: trail.slice(1, -1), leaf: at });
      return;
    }
    for (const id of next) walk([...trail, byId.get(id)!]);
  };
  for (const root of roots) walk([root]);
  return paths;
}

/** A stack is told on the day when it and every one of its components exist. */
export function stacksOn(snapshot: Snapshot, stacks: readonly Stack[]): Stack[] {
  const ids = new Set(snapshot.components.map((c) => c.id));
  return stacks.filter((s) => isPresent(s, snapshot.day) && s.components.every((id) => ids.has(id)));
}

/**
 * The order the story tells stacks in: first what most Kubernetes nodes ran that day
 * (`mostUsed`), then the other Kubernetes stacks, then the rest, and last any stack with a
 * part its maintainers had deprecated by then. Ties keep the dataset's order.
 */
export function storyOrder(stacks: readonly Stack[], snapshot: Snapshot): Stack[] {
  const byId = new Map(snapshot.components.map((c) => [c.id, c]));
  const deprecated = (id: string) => {
    const c = byId.get(id);
    return c?.deprecated !== undefined && startDay(c.deprecated) <= snapshot.day;
  };
  const rank = (s: Stack) => {
    if (s.mostUsed !== undefined && isPresent(s.mostUsed, snapshot.day)) return 0;
    if (s.components.some(deprecated)) return 3;
    return s.components[0] === 'kubelet' ? 1 : 2;
  };
  return stacks
    .map((s, i) => ({ s, i, r: rank(s) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ s }) => s);
}

/** The day's paths: from its stacks in story order, without repeats, or else its main arrows. */
export function dayPaths(snapshot: Snapshot, stacks: readonly Stack[]): CallPath[] {
  const seen = new Set<string>();
  const unique = storyOrder(stacksOn(snapshot, stacks), snapshot)
    .flatMap((s) => stackPaths(s, snapshot))
    .filter((p) => {
      const key = [p.root, ...p.via, p.leaf].map((c) => c.id).join('>');
      return !seen.has(key) && seen.add(key);
    });
  return unique.length > 0 ? unique : mainPaths(snapshot);
}
