import { byCodeUnits } from '../model/dates';
import type { Day } from '../model/types';
import { sameShape } from './stable';
import type { FlowEdge, FlowNode } from './to-flow';
import type { Flow, FlowSummary } from './views';

/**
 * Every day's drawing of a view as one fixed graph with presence as a mask (issue 13).
 *
 * The drawing changes only on change days, so the view is built once per interval between two of
 * them. Nodes and edges keep one place for their whole life, so the union of all intervals is one
 * graph that React Flow adopts once; a day change then only asks each mounted thing whether it is
 * present and how it is drawn, and the few whose answer changed re-render. Where a thing's place
 * does change (a family opened in a focused view, the figure view's own layout), the
 * intervals are split into epochs, each a fixed graph of its own.
 */
export interface DrawingTable {
  /** The first day of each interval, ascending. */
  starts: Day[];
  epochs: Epoch[];
  /** How each node and edge is drawn in each interval; undefined where it is absent. */
  nodeAt: Map<string, (FlowNode | undefined)[]>;
  edgeAt: Map<string, (FlowEdge | undefined)[]>;
  /** What each interval's drawing is about (fit, legend, emptiness): a day change looks it up. */
  summaries: FlowSummary[];
}

export interface Epoch {
  /** Intervals [from, to) share this fixed graph. */
  from: number;
  to: number;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

const LAYER: Record<string, number> = { row: 0, frame: 1, group: 2, component: 3, pod: 4 };
const layer = (n: FlowNode) =>
  (n.parentId === undefined ? 0 : 10) + (LAYER[n.type ?? ''] ?? 5) + (n.id.startsWith('ghost:') ? 0.5 : 0);
const byId = (a: { id: string }, b: { id: string }) => byCodeUnits(a.id, b.id);

/**
 * One order for every drawing of a view: parents before children (React Flow needs it), then rows,
 * frames, groups, cards and ghosts, each by id. Swapping a day's drawing for the fixed graph then
 * only inserts the hidden things between the drawn ones: no element moves in the DOM, which would
 * drop a click in progress and change what is drawn on top.
 */
export function inDrawingOrder<F extends Flow>(flow: F): F {
  return {
    ...flow,
    nodes: [...flow.nodes].sort((a, b) => layer(a) - layer(b) || byId(a, b)),
    edges: [...flow.edges].sort(byId),
  };
}

/** The interval `day` falls in: the last start on or before it (the first interval for earlier days). */
export function intervalOf(starts: readonly Day[], day: Day): number {
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function epochAt(table: DrawingTable, interval: number): Epoch {
  return table.epochs.find((e) => interval >= e.from && interval < e.to) ?? table.epochs[0];
}

/**
 * Where and what a thing is, apart from how it is drawn on a day: its `data`, and an arrowhead named
 * by id (a grouped edge takes the colour of the call it stands for that day).
 */
export function samePlace<T extends { data?: unknown; markerEnd?: unknown }>(a: T, b: T): boolean {
  const { data: _a, markerEnd: ma, ...x } = a;
  const { data: _b, markerEnd: mb, ...y } = b;
  const named = typeof ma === 'string' && typeof mb === 'string';
  return sameShape(x, y) && (named || sameShape({ markerEnd: ma }, { markerEnd: mb }));
}
