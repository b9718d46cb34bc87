import { isPresent, type Snapshot } from './snapshot';
import type { Component, Stack } from './types';

export type StoryLang = 'en' | 'ja';

/** A call path from a client (or an engine nothing calls) down to what it finally runs. */
export interface CallPath {
  root: Component;
  via: Component[];
  leaf: Component;
}

/**
 * The day's paths, from the named stacks that exist on it (curated, so the sentence stays
 * readable), or from the main arrows when no stack covers the day.
 */
export function dayPaths(snapshot: Snapshot, stacks: readonly Stack[]): CallPath[] {
  const byId = new Map(snapshot.components.map((c) => [c.id, c]));
  const fromStacks = stacks
    .filter((s) => isPresent(s, snapshot.day) && s.components.every((id) => byId.has(id)))
    .sort((a, b) => Number(!a.figure) - Number(!b.figure))
    .map((s) => pathOf(s.components.map((id) => byId.get(id)!)));
  const seen = new Set<string>();
  const unique = fromStacks.filter((p) => {
    const key = [p.root, ...p.via, p.leaf].map((c) => c.id).join('>');
    return !seen.has(key) && seen.add(key);
  });
  return unique.length > 0 ? unique : mainPaths(snapshot);
}

/** A stack's path stops at its OCI runtime (what the figures call the container's runtime) when it has one. */
function pathOf(components: Component[]): CallPath {
  const runtime = components.findIndex((c) => c.role === 'oci-runtime');
  const path = runtime > 0 ? components.slice(0, runtime + 1) : components;
  return { root: path[0], via: path.slice(1, -1), leaf: path.at(-1)! };
}

const MAX_PATHS = 12;
/** Beyond this many client-to-runtime clauses the sentence stops being read. */
const MAX_CLAUSES = 3;

/** Every main path of the day, following only solid arrows. */
export function mainPaths(snapshot: Snapshot): CallPath[] {
  const byId = new Map(snapshot.components.map((c) => [c.id, c]));
  const calls = new Map<string, string[]>();
  const called = new Set<string>();
  for (const { relation, path } of snapshot.relations) {
    if (path !== 'main') continue;
    calls.set(relation.source, [...(calls.get(relation.source) ?? []), relation.target]);
    called.add(relation.target);
  }
  const paths: CallPath[] = [];
  const walk = (trail: Component[]) => {
    const at = trail.at(-1)!;
    const next = (calls.get(at.id) ?? []).filter((id) => !trail.some((c) => c.id === id));
    if (next.length === 0) return void (trail.length > 1 && paths.length < MAX_PATHS && paths.push({ root: trail[0], via: trail.slice(1, -1), leaf: at }));
    for (const id of next) walk([...trail, byId.get(id)!]);
  };
  for (const root of snapshot.components.filter((c) => calls.has(c.id) && !called.has(c.id))) walk([root]);
  return paths;
}

/** A few sentences saying how each client reaches its runtimes on the day. */
export function summarize(snapshot: Snapshot, stacks: readonly Stack[], lang: StoryLang): string {
  const paths = dayPaths(snapshot, stacks);
  const day = snapshot.day;
  if (paths.length === 0) return lang === 'ja' ? `${day} には、まだ呼び出しの経路がない。` : `On ${day} no component calls another yet.`;
  const groups = new Map<string, CallPath[]>();
  for (const p of paths) groups.set(`${p.root.id}|${p.leaf.id}`, [...(groups.get(`${p.root.id}|${p.leaf.id}`) ?? []), p]);
  const all = [...groups.values()];
  const clauses = all.slice(0, MAX_CLAUSES).map((group) => clause(group, lang));
  const more = all.slice(MAX_CLAUSES).reduce((n, g) => n + g.length, 0);
  if (lang === 'ja') return `${day}、${clauses.join('。')}。${more > 0 ? `ほかに ${more} 本の経路がある。` : ''}`;
  return `On ${day} ${clauses.join('; ')}${more > 0 ? `; and ${more} more path${more > 1 ? 's' : ''}` : ''}.`;
}

function clause(group: CallPath[], lang: StoryLang): string {
  const { root, leaf } = group[0];
  const routes = group.map((p) => p.via.map((c) => c.name).join(' → '));
  const direct = routes.includes('');
  const through = routes.filter((r) => r !== '');
  if (lang === 'ja') {
    const parts = [...(direct ? ['直接'] : []), ...through.map((r) => `${r} を経由して`)];
    return `${root.name} は ${parts.join('、または ')} ${leaf.name} を呼ぶ`;
  }
  const parts = [...(direct ? ['directly'] : []), ...through.map((r) => `through ${r}`)];
  return `${root.name} reaches ${leaf.name} ${parts.join(', or ')}`;
}
