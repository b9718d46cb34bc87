import type { Dataset } from '../../src/model/types';
import { addDays, startDay } from '../../src/model/dates';

/**
 * A dataset `factor` times the real one with the same shapes: every component, relation, stack and
 * event copied factor-1 times under new ids, a few weeks apart, so rows fill and lifetimes overlap.
 */
export function synthesize(dataset: Dataset, factor: number): Dataset {
  const out: Dataset = structuredClone(dataset);
  const shift = (d: string | null, k: number) =>
    d === null ? null : clamp(addDays(startDay(d), 17 * k), dataset.asOf);
  for (let k = 1; k < factor; k++) {
    const id = (x: string) => `${x}-x${k}`;
    for (const c of dataset.components) {
      const since = shift(c.since, k)!;
      const until = shift(c.until, k);
      if (until !== null && until <= since) continue;
      out.components.push({
        ...c,
        id: id(c.id),
        name: `${c.name} ×${k}`,
        parent: c.parent && id(c.parent),
        replaces: c.replaces?.map(id),
        since,
        until,
        deprecated: undefined,
      });
    }
    const ids = new Set(out.components.map((c) => c.id));
    for (const r of dataset.relations) {
      if (!ids.has(id(r.source)) || !ids.has(id(r.target))) continue;
      out.relations.push({
        ...r,
        id: `${id(r.source)}->${id(r.target)}`,
        source: id(r.source),
        target: id(r.target),
        since: shift(r.since, k)!,
        until: shift(r.until, k),
        secondaryFrom: undefined,
      });
    }
    for (const e of dataset.events)
      out.events.push({
        ...e,
        id: id(e.id),
        date: shift(e.date, k)!,
        subjects: e.subjects.map(id).filter((s) => ids.has(s)),
      });
  }
  return out;
}

function clamp(day: string, max: string): string {
  return day > max ? max : day;
}
