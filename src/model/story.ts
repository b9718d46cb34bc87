import type { Snapshot } from './snapshot';
import type { Component, Day } from './types';

export type StoryLang = 'en' | 'ja';

/** A main call path from a root (a component nothing calls) to a leaf (one that calls nothing). */
export interface CallPath {
  root: Component;
  via: Component[];
  leaf: Component;
}

const MAX_PATHS = 24;

/** Every main path on the day, following only solid arrows; secondary paths are left to the canvas. */
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
  const paths: CallPath[] = [];
  const walk = (root: Component, trail: Component[], at: Component) => {
    if (paths.length >= MAX_PATHS) return;
    const next = (calls.get(at.id) ?? []).filter((id) => !trail.some((c) => c.id === id));
    if (next.length === 0) return void paths.push({ root, via: trail.slice(1), leaf: at });
    for (const id of next) walk(root, [...trail, at], byId.get(id)!);
  };
  for (const root of roots) walk(root, [], root);
  return paths.map((p) => ({ ...p, via: p.via.filter((c) => c.id !== p.root.id) }));
}

/** One or a few sentences saying how each client reaches its runtimes on `day`. */
export function summarize(snapshot: Snapshot, lang: StoryLang): string {
  const paths = mainPaths(snapshot);
  const day: Day = snapshot.day;
  if (paths.length === 0) {
    return lang === 'ja' ? `${day} には、まだ呼び出しの経路がない。` : `On ${day} no component calls another yet.`;
  }
  const groups = new Map<string, CallPath[]>();
  for (const p of paths) {
    const key = `${p.root.id}|${p.leaf.id}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const clauses = [...groups.values()].map((group) => clause(group, lang));
  return lang === 'ja' ? `${day}、${clauses.join('。')}。` : `On ${day} ${clauses.join('; ')}.`;
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
