import { dayNumber, precisionOf, startDay } from './dates';
import type { Component, Day, PartialDate, Role } from './types';

export type Precision = 'year' | 'month' | 'day';

/** One component's life on the chronicle, in day numbers (days since 1970), half-open [start, end). */
export interface LifeBar {
  id: string;
  name: string;
  role: Role;
  parent: string | null;
  since: PartialDate;
  until: PartialDate | null;
  start: number;
  /** The first day it is gone; for a component still there, the day after `asOf`. */
  end: number;
  /** Still there on `asOf`: the bar runs off the right edge. */
  open: boolean;
  precision: Precision;
  /** Where the uncertainty of a year- or month-precise start ends (== start for a known day). */
  known: number;
  deprecated: number | null;
  releases: { day: number; version: string; date: PartialDate }[];
}

/** The first day after the period a partial date stands for: "2017" → 2018-01-01, "2017-03" → 2017-04-01. */
export function periodEnd(date: PartialDate): number {
  const [y, m] = date.split('-').map(Number);
  if (date.length === 4) return dayNumber(`${y + 1}-01-01`);
  if (date.length === 7)
    return dayNumber(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
  return dayNumber(date);
}

export function lifeBar(c: Component, asOf: Day): LifeBar {
  const start = dayNumber(startDay(c.since));
  const end = c.until === null ? dayNumber(asOf) + 1 : dayNumber(startDay(c.until));
  return {
    id: c.id,
    name: c.name,
    role: c.role,
    parent: c.parent ?? null,
    since: c.since,
    until: c.until,
    start,
    end,
    open: c.until === null,
    precision: precisionOf(c.since),
    known: Math.min(end, periodEnd(c.since)),
    deprecated: c.deprecated === undefined ? null : dayNumber(startDay(c.deprecated)),
    releases: (c.releases ?? []).map((r) => ({
      day: dayNumber(startDay(r.date)),
      version: r.version,
      date: r.date,
    })),
  };
}

/** Whether the bar covers `day` (a day number): the same half-open rule as snapshotAt. */
export function barCovers(bar: Pick<LifeBar, 'start' | 'end'>, day: number): boolean {
  return bar.start <= day && day < bar.end;
}

export interface LifeChanges {
  added: Set<string>;
  removed: Set<string>;
}

/** What is there on `date` but not on `compare` (added), and back (removed), as the canvas's compare shows it. */
export function lifeChanges(bars: readonly LifeBar[], compare: Day, date: Day): LifeChanges {
  const before = dayNumber(compare);
  const after = dayNumber(date);
  const added = new Set<string>();
  const removed = new Set<string>();
  for (const bar of bars) {
    const was = barCovers(bar, before);
    const is = barCovers(bar, after);
    if (is && !was) added.add(bar.id);
    if (was && !is) removed.add(bar.id);
  }
  return { added, removed };
}

/** A string equal for two dates exactly when their changes are the same: lets a view redraw only then. */
export function lifeChangesKey(bars: readonly LifeBar[], compare: Day, date: Day): string {
  const { added, removed } = lifeChanges(bars, compare, date);
  return `${[...added].join(',')}|${[...removed].join(',')}`;
}
