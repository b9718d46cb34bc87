/**
 * Keeps the previous object for every node or edge that has not changed, so React Flow skips
 * re-rendering it: while scrubbing, most of the drawing stays the same from one day to the next.
 */
export function createStabilizer<T extends { id: string }>(equal: (a: T, b: T) => boolean) {
  let previous = new Map<string, T>();
  /** `same` may be looser for one call (the fixed graph keeps a node whose place did not change). */
  return (next: T[], same: (a: T, b: T) => boolean = equal): T[] => {
    const kept = next.map((item) => {
      const old = previous.get(item.id);
      return old !== undefined && same(old, item) ? old : item;
    });
    previous = new Map(kept.map((item) => [item.id, item]));
    return kept;
  };
}

/** Equal when every own property is identical, looking one level into `data`, `position`, `style` and `markerEnd`. */
export function sameShape(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    if (x[key] === y[key]) continue;
    if (
      ['data', 'position', 'style', 'markerEnd'].includes(key) &&
      isObject(x[key]) &&
      isObject(y[key]) &&
      shallowEqual(x[key], y[key])
    )
      continue;
    return false;
  }
  return true;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k] || sameItems(a[k], b[k]));
}

/** Lists built afresh each day (a group's parts) are equal when they hold the same items. */
function sameItems(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
}
