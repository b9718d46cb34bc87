import type { Snapshot } from './snapshot';
import { dayPaths, stackPaths, stacksOn, type CallPath } from './story-paths';
import type { Stack } from './types';

export { dayPaths, mainPaths, type CallPath } from './story-paths';

export type StoryLang = 'en' | 'ja';

/** Beyond this many client-to-runtime clauses the sentence stops being read. */
const MAX_CLAUSES = 3;

/**
 * A few sentences saying how each client reaches its runtimes on the day. Every "A → B" in
 * them is a relation present that day. With `focus` (a stack id) only that stack is told.
 */
export function summarize(snapshot: Snapshot, stacks: readonly Stack[], lang: StoryLang, focus: string | null = null): string {
  const focused = focus === null ? undefined : stacks.find((s) => s.id === focus);
  if (focused !== undefined) {
    const told = stacksOn(snapshot, [focused]).length === 1;
    if (told) return sentence(snapshot.day, stackPaths(focused, snapshot), lang);
    const name = focused.name[lang];
    const absent = lang === 'ja' ? `${snapshot.day} には「${name}」はない。` : `“${name}” is not in use on ${snapshot.day}. `;
    return absent + sentence(snapshot.day, dayPaths(snapshot, stacks), lang);
  }
  return sentence(snapshot.day, dayPaths(snapshot, stacks), lang);
}

function sentence(day: string, paths: CallPath[], lang: StoryLang): string {
  if (paths.length === 0) return lang === 'ja' ? `${day} には、まだ呼び出しの経路がない。` : `On ${day} no component calls another yet.`;
  const groups = new Map<string, CallPath[]>();
  for (const p of paths) {
    const key = `${p.root.id}|${p.leaf.id}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
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
