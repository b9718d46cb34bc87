import { dayFromNumber, dayNumber } from './dates';

/** A span of days [from, to) shown across [left, right) pixels. */
export interface TimeScale {
  from: number;
  to: number;
  left: number;
  right: number;
}

export function xOf(scale: TimeScale, day: number): number {
  return scale.left + ((day - scale.from) / (scale.to - scale.from)) * (scale.right - scale.left);
}

/** The day under pixel x, clamped to the shown span. */
export function dayAt(scale: TimeScale, x: number): number {
  const day = Math.round(
    scale.from + ((x - scale.left) / (scale.right - scale.left)) * (scale.to - scale.from),
  );
  return Math.min(scale.to - 1, Math.max(scale.from, day));
}

export interface Tick {
  day: number;
  /** `year`: "2019"; `month`: a month of that year (1–12), written by the view in its language. */
  kind: 'year' | 'month';
  year: number;
  month: number;
  /** Whether the tick carries a label (years always do; months when there is room). */
  labelled: boolean;
  /** A month label that also names its year: the first one, when no year tick comes before it. */
  withYear: boolean;
}

const MONTH_STEPS = [1, 3, 6];

/**
 * Year ticks, plus month ticks once a month is wide enough to see (`minGap` px apart):
 * whole history → years; a few years → quarters; a year or less → every month.
 */
export function ticks(scale: TimeScale, minGap = 44): Tick[] {
  const pxPerDay = (scale.right - scale.left) / (scale.to - scale.from);
  const step = MONTH_STEPS.find((m) => m * 30.4 * pxPerDay >= minGap);
  const yearEvery = [1, 2, 5, 10].find((n) => n * 365 * pxPerDay >= minGap * 0.75) ?? 10;
  const first = new Date(dayFromNumber(scale.from)).getUTCFullYear();
  const last = new Date(dayFromNumber(scale.to - 1)).getUTCFullYear();
  const out: Tick[] = [];
  for (let year = first; year <= last; year++) {
    for (let month = 1; month <= 12; month++) {
      const isYear = month === 1;
      if (!isYear && (step === undefined || (month - 1) % step !== 0)) continue;
      const day = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
      if (day < scale.from || day >= scale.to) continue;
      out.push({
        day,
        kind: isYear ? 'year' : 'month',
        year,
        month,
        labelled: isYear ? step !== undefined || year % yearEvery === 0 : true,
        withYear: false,
      });
    }
  }
  if (out[0]?.kind === 'month') out[0].withYear = true;
  return out;
}

const MIN_SPAN = 45;

/** Zoom [from, to) by `factor` (< 1 zooms in) around `anchor`, kept inside [min, max) and at least MIN_SPAN days. */
export function zoomSpan(
  span: { from: number; to: number },
  factor: number,
  anchor: number,
  min: number,
  max: number,
): { from: number; to: number } {
  const width = Math.min(max - min, Math.max(MIN_SPAN, (span.to - span.from) * factor));
  const ratio = (anchor - span.from) / (span.to - span.from);
  return fit(anchor - ratio * width, width, min, max);
}

/** Move [from, to) by `days`, kept inside [min, max). */
export function panSpan(
  span: { from: number; to: number },
  days: number,
  min: number,
  max: number,
): { from: number; to: number } {
  return fit(span.from + days, span.to - span.from, min, max);
}

/** The span between two days picked on the axis (a brush), in either order, at least MIN_SPAN days. */
export function brushSpan(a: number, b: number, min: number, max: number): { from: number; to: number } {
  const from = Math.min(a, b);
  const width = Math.max(MIN_SPAN, Math.abs(b - a));
  return fit(from, width, min, max);
}

function fit(from: number, width: number, min: number, max: number): { from: number; to: number } {
  const w = Math.round(Math.min(width, max - min));
  const start = Math.round(Math.min(max - w, Math.max(min, from)));
  return { from: start, to: start + w };
}

/**
 * Lanes for labels laid left to right: each label takes the first lane whose last label ends
 * `gap` px before it starts; a label that fits no lane gets null (drawn as a mark without text).
 */
export function labelLanes(
  items: readonly { x: number; width: number }[],
  lanes: number,
  gap = 6,
): (number | null)[] {
  const ends = Array.from({ length: lanes }, () => -Infinity);
  return items.map(({ x, width }) => {
    const lane = ends.findIndex((end) => end + gap <= x);
    if (lane === -1) return null;
    ends[lane] = x + width;
    return lane;
  });
}
