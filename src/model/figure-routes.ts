import type { FigureParts } from './figure-parts';
import { segmentEntersBox, type Point } from './figure-geometry';
import type { FigureEdge, FigureFrame } from './figure-layout';
import type { Box } from './layout';

const POD = 'pod:pod';
const LANE_OFFSET = 24;
const LANE_GAP = 16;

type Side = 'left' | 'right';
interface Routed {
  edge: Omit<FigureEdge, 'points'>;
  top: number;
  bottom: number;
  side: Side;
  lane: number;
}

const cx = (b: Box) => b.x + b.width / 2;
const cy = (b: Box) => b.y + b.height / 2;
const bottomOf = (b: Box): Point => ({ x: cx(b), y: b.y + b.height });
const topOf = (b: Box): Point => ({ x: cx(b), y: b.y });

/**
 * Every edge of the figure as straight segments. Calls between neighbouring rows go straight down;
 * longer calls and a runtime's out-of-band control run along the side in nested lanes, so no two
 * edges cross and none runs through a box.
 */
export function routeEdges(parts: FigureParts, boxes: Map<string, Box>, frames: FigureFrame[]): FigureEdge[] {
  const others = (...ends: string[]) => [...boxes].filter(([id]) => !ends.includes(id)).map(([, b]) => b);
  const clear = (p: Point, q: Point, ...ends: string[]) =>
    others(...ends).every((b) => !segmentEntersBox(p, q, b));
  const edges: FigureEdge[] = [];
  const sideways: Omit<FigureEdge, 'points'>[] = [];

  for (const { drawn, kind } of parts.calls) {
    const { id, source, target } = drawn.relation;
    const [s, t] = [boxes.get(source)!, boxes.get(target)!];
    const base = {
      id,
      source,
      target,
      kind,
      drawn,
      dashed: kind === 'control' || kind === 'context' || drawn.path === 'secondary',
    };
    if (kind === 'boot') {
      const vm = frames.find((f) => f.kind === 'vm')!;
      edges.push({ ...base, target: vm.id, points: [topOf(s), { x: cx(s), y: vm.box.y + vm.box.height }] });
    } else if (kind === 'context') {
      const x = cx(s);
      edges.push({ ...base, points: [bottomOf(s), { x, y: cy(t) }, { x: t.x, y: cy(t) }] });
    } else if (kind === 'call' && t.y > s.y && clear(bottomOf(s), topOf(t), source, target)) {
      edges.push({ ...base, points: [bottomOf(s), topOf(t)] });
    } else sideways.push(base);
  }
  const pod = boxes.get(POD)!;
  if (parts.leaf) {
    const leaf = boxes.get(parts.leaf.id)!;
    const points = [bottomOf(leaf), topOf(pod)];
    edges.push({
      id: `pod:${parts.leaf.id}`,
      source: parts.leaf.id,
      target: POD,
      kind: 'pod',
      dashed: false,
      drawn: null,
      points,
    });
  }
  for (const id of parts.runsOn) {
    if (
      parts.calls.some(
        (c) =>
          c.kind === 'call' && c.drawn.relation.target === id && parts.runsOn.has(c.drawn.relation.source),
      )
    )
      continue;
    const points = [bottomOf(pod), topOf(boxes.get(id)!)];
    edges.push({
      id: `pod:pod->${id}`,
      source: POD,
      target: id,
      kind: 'pod',
      dashed: true,
      drawn: null,
      points,
    });
  }
  // What the straight and context edges occupy, so that no lane runs over them.
  const obstacles = edges.map((e) => {
    const xs = e.points.map((p) => p.x);
    const ys = e.points.map((p) => p.y);
    return {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    };
  });
  return [...edges, ...sideRoutes(sideways, boxes, frames, obstacles, clear)];
}

function sideRoutes(
  list: Omit<FigureEdge, 'points'>[],
  boxes: Map<string, Box>,
  frames: FigureFrame[],
  obstacles: Box[],
  clear: (p: Point, q: Point, ...ends: string[]) => boolean,
): FigureEdge[] {
  const all = [...boxes.values(), ...frames.map((f) => f.box), ...obstacles];
  // A lane runs just outside whatever sits beside it over its own height.
  const laneX = (side: Side, lane: number, top: number, bottom: number) => {
    const beside = all.filter((b) => b.y <= bottom && top <= b.y + b.height);
    const offset = LANE_OFFSET + (lane - 1) * LANE_GAP;
    return side === 'right'
      ? Math.max(...beside.map((b) => b.x + b.width)) + offset
      : Math.min(...beside.map((b) => b.x)) - offset;
  };
  const edgeX = (b: Box, side: Side) => (side === 'right' ? b.x + b.width : b.x);

  const routed: Routed[] = [];
  const spans = list.map((edge) => {
    const [a, b] = [cy(boxes.get(edge.source)!), cy(boxes.get(edge.target)!)];
    return { edge, top: Math.min(a, b), bottom: Math.max(a, b) };
  });
  spans.sort((a, b) => a.bottom - a.top - (b.bottom - b.top));
  for (const span of spans) {
    const interleaves = (r: Routed) =>
      (r.top < span.top && span.top < r.bottom && r.bottom < span.bottom) ||
      (span.top < r.top && r.top < span.bottom && span.bottom < r.bottom);
    const fits = (side: Side) => {
      const out = (id: string) => {
        const b = boxes.get(id)!;
        return clear(
          { x: edgeX(b, side), y: cy(b) },
          { x: laneX(side, 99, span.top, span.bottom), y: cy(b) },
          span.edge.source,
          span.edge.target,
        );
      };
      return (
        out(span.edge.source) &&
        out(span.edge.target) &&
        !routed.some((r) => r.side === side && interleaves(r))
      );
    };
    const side: Side = fits('left') ? 'left' : 'right';
    const inside = routed.filter((r) => r.side === side && span.top <= r.top && r.bottom <= span.bottom);
    routed.push({ ...span, side, lane: 1 + Math.max(0, ...inside.map((r) => r.lane)) });
  }
  return routed.map((r) => {
    const port = (id: string) => portY(id, r, routed, boxes);
    const [s, t] = [boxes.get(r.edge.source)!, boxes.get(r.edge.target)!];
    const x = laneX(r.side, r.lane, r.top, r.bottom);
    const [ys, yt] = [port(r.edge.source), port(r.edge.target)];
    return {
      ...r.edge,
      points: [
        { x: edgeX(s, r.side), y: ys },
        { x, y: ys },
        { x, y: yt },
        { x: edgeX(t, r.side), y: yt },
      ],
    };
  });
}

/** Where a side route leaves or reaches a box: the outer lane above for routes going down, below for routes coming up. */
function portY(id: string, route: Routed, routed: Routed[], boxes: Map<string, Box>): number {
  const box = boxes.get(id)!;
  const here = routed.filter((r) => r.side === route.side && (r.edge.source === id || r.edge.target === id));
  const otherY = (r: Routed) => cy(boxes.get(r.edge.source === id ? r.edge.target : r.edge.source)!);
  const above = here.filter((r) => otherY(r) < cy(box)).sort((a, b) => a.lane - b.lane);
  const below = here.filter((r) => otherY(r) >= cy(box)).sort((a, b) => b.lane - a.lane);
  const ordered = [...above, ...below];
  return Math.round(box.y + (box.height * (ordered.indexOf(route) + 1)) / (ordered.length + 1));
}
