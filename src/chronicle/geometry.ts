import type { TimeScale } from '../model/chronicle-scale';

/** Sizes of the chronicle, in px. */
export const ROW = 20;
export const HEADING = 26;
export const BAR = 12;
export const LANE = 13;
export const PAD_RIGHT = 16;

/** Room for the names left of the bars: narrower on a phone. */
export function gutterFor(width: number): number {
  return width < 640 ? 104 : 196;
}

/** Label lanes above the axis: fewer on a phone. */
export function lanesFor(width: number): number {
  return width < 640 ? 2 : 4;
}

/** The x of the middle of a day: a day is a band, the date line stands in it. */
export function dayCentre(scale: TimeScale, day: number): number {
  const w = (scale.right - scale.left) / (scale.to - scale.from);
  return scale.left + (day - scale.from) * w + w / 2;
}
