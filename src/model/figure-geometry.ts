import type { Box } from './layout';

export interface Point {
  x: number;
  y: number;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
const within = (a: number, b: number, v: number) => Math.min(a, b) <= v && v <= Math.max(a, b);

/** Whether two segments meet: crossing, touching, or overlapping along a line. */
export function segmentsMeet(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const on = (p: Point, q: Point, r: Point, side: number) =>
    side === 0 && within(p.x, q.x, r.x) && within(p.y, q.y, r.y);
  return on(c, d, a, d1) || on(c, d, b, d2) || on(a, b, c, d3) || on(a, b, d, d4);
}

const segments = (points: Point[]) => points.slice(1).map((p, i) => [points[i], p] as const);
const same = (p: Point, q: Point) => p.x === q.x && p.y === q.y;

/**
 * Pairs of polylines that cross or run along each other. Two lines that leave or reach one node
 * may share that end point (a fan-out), nothing else.
 */
export function crossings(lines: { id: string; points: Point[] }[]): [string, string][] {
  const found: [string, string][] = [];
  lines.forEach((a, i) => {
    for (const b of lines.slice(i + 1)) {
      const shared = [a.points[0], a.points.at(-1)!].filter(
        (p) => same(p, b.points[0]) || same(p, b.points.at(-1)!),
      );
      const meet = segments(a.points).some(([p, q]) =>
        segments(b.points).some(([r, s]) => {
          if (!segmentsMeet(p, q, r, s)) return false;
          // Meeting only at a shared end point is a fan, not a crossing.
          const ends = shared.filter((e) => (same(e, p) || same(e, q)) && (same(e, r) || same(e, s)));
          return ends.length === 0 || collinearOverlap(p, q, r, s);
        }),
      );
      if (meet) found.push([a.id, b.id]);
    }
  });
  return found;
}

function collinearOverlap(p: Point, q: Point, r: Point, s: Point): boolean {
  if (cross(p, q, r) !== 0 || cross(p, q, s) !== 0) return false;
  const key = p.x === q.x ? 'y' : 'x';
  const lo = Math.max(Math.min(p[key], q[key]), Math.min(r[key], s[key]));
  const hi = Math.min(Math.max(p[key], q[key]), Math.max(r[key], s[key]));
  return hi > lo;
}

/** Whether a segment passes through the inside of a box (touching its border does not count). */
export function segmentEntersBox(p: Point, q: Point, box: Box): boolean {
  const inside = (v: Point) =>
    v.x > box.x && v.x < box.x + box.width && v.y > box.y && v.y < box.y + box.height;
  if (inside(p) || inside(q)) return true;
  const corners = [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ];
  // Crossing two opposite or adjacent sides properly means going through.
  const sides = corners.map((c, i) => [c, corners[(i + 1) % 4]] as const);
  const hits = sides.filter(([a, b]) => properCross(p, q, a, b));
  return hits.length >= 2 || (hits.length === 1 && (inside(p) || inside(q)));
}

function properCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

export const boxesOverlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
export const boxContains = (outer: Box, inner: Box) =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

export function union(boxes: Box[], pad = 0): Box {
  const x = Math.min(...boxes.map((b) => b.x)) - pad;
  const y = Math.min(...boxes.map((b) => b.y)) - pad;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + pad;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + pad;
  return { x, y, width: right - x, height: bottom - y };
}
