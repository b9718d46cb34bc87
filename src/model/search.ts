import type { Component } from './types';

/** Components whose id, name or an alias contains `query`, best first: exact, then prefix, then anywhere. */
export function searchComponents(components: readonly Component[], query: string, limit = 8): Component[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const score = (c: Component) => {
    const names = [c.id, c.name, ...(c.aliases ?? [])].map((n) => n.toLowerCase());
    if (names.includes(q)) return 0;
    if (names.some((n) => n.startsWith(q))) return 1;
    return names.some((n) => n.includes(q)) ? 2 : Infinity;
  };
  return components
    .map((c) => ({ c, s: score(c) }))
    .filter((x) => x.s !== Infinity)
    .sort((a, b) => a.s - b.s || a.c.name.localeCompare(b.c.name))
    .slice(0, limit)
    .map((x) => x.c);
}
