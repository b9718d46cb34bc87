import { CANONICAL_IDS } from './canonical-ids';
import type { Dataset } from './types';

export interface Coverage {
  missingCanonicalIds: string[];
  /** Share of dated fields (since, until, release and event dates) given to the day. */
  dayPrecision: { day: number; total: number };
}

export function coverage(dataset: Dataset): Coverage {
  const ids = new Set(dataset.components.map((c) => c.id));
  const dates = [
    ...dataset.components.flatMap((c) => [c.since, c.until, ...(c.releases ?? []).map((r) => r.date)]),
    ...dataset.relations.flatMap((r) => [r.since, r.until]),
    ...dataset.events.map((e) => e.date),
  ].filter((d): d is string => d !== null);
  return {
    missingCanonicalIds: CANONICAL_IDS.filter((id) => !ids.has(id)),
    dayPrecision: { day: dates.filter((d) => d.length === 10).length, total: dates.length },
  };
}
