import { isGroupId } from './families';
import type { Box, Layout } from './layout';
import type { DrawnRelation, Snapshot } from './snapshot';
import type { Component } from './types';

/** One drawn call of the overview: a relation, or the calls into, out of or inside a group. */
export interface OverviewEdge {
  id: string;
  source: string;
  target: string;
  /** The relations it stands for; the first decides its colour and dash. */
  relations: DrawnRelation[];
}

export interface OverviewGroup {
  id: string;
  members: Component[];
  /** Calls with both ends inside the group (not drawn while it is closed). */
  inner: DrawnRelation[];
  open: boolean;
}

export interface Overview {
  /** Components drawn as their own node (block heads, their children, and the parts of an open group). */
  components: Component[];
  groups: OverviewGroup[];
  edges: OverviewEdge[];
}

/**
 * What the default view draws on a day: each family as one group node unless it is open, every
 * other component as its own node, and each call between two drawn things once.
 */
export function overviewOf(
  snapshot: Snapshot,
  layout: Pick<Layout, 'groupOf'>,
  open: ReadonlySet<string> = new Set(),
): Overview {
  const drawnAs = (id: string) => {
    const group = layout.groupOf.get(id);
    return group === undefined || open.has(group) ? id : group;
  };
  const groups = new Map<string, OverviewGroup>();
  const components: Component[] = [];
  for (const c of snapshot.components) {
    const group = layout.groupOf.get(c.id);
    if (group === undefined) {
      components.push(c);
      continue;
    }
    const g = groups.get(group) ?? { id: group, members: [], inner: [], open: open.has(group) };
    g.members.push(c);
    groups.set(group, g);
    if (g.open) components.push(c);
  }
  const edges = new Map<string, OverviewEdge>();
  for (const r of snapshot.relations) {
    const source = drawnAs(r.relation.source);
    const target = drawnAs(r.relation.target);
    if (source === target) {
      groups.get(source)!.inner.push(r);
      continue;
    }
    const inGroup = source !== r.relation.source || target !== r.relation.target;
    const id = inGroup ? `${source}->${target}` : r.relation.id;
    const edge = edges.get(id) ?? { id, source, target, relations: [] };
    edge.relations.push(r);
    edges.set(id, edge);
  }
  // Where a group and a neighbour call each other (a VM hosting the agent that drives it), one arrow says it.
  for (const e of edges.values()) {
    const back = edges.get(`${e.target}->${e.source}`);
    if (back && back !== e && !isGroupId(e.source) && isGroupId(back.source)) {
      back.relations.push(...e.relations);
      edges.delete(e.id);
    }
  }
  for (const e of edges.values())
    e.relations.sort((a, b) => Number(a.path === 'secondary') - Number(b.path === 'secondary'));
  return { components, groups: [...groups.values()], edges: [...edges.values()] };
}

type Point = { x: number; y: number };
export type Segment = [Point, Point];

/** A call drawn straight: from the caller's bottom centre to the callee's top centre (side to side within a lane). */
export function segmentOf(from: Box, to: Box): Segment {
  if (Math.abs(from.y - to.y) < 1) {
    const leftToRight = from.x < to.x;
    const y = from.y + from.height / 2;
    return [
      { x: leftToRight ? from.x + from.width : from.x, y },
      { x: leftToRight ? to.x : to.x + to.width, y },
    ];
  }
  return [
    { x: from.x + from.width / 2, y: from.y + from.height },
    { x: to.x + to.width / 2, y: to.y },
  ];
}

/**
 * Proper crossings between segments: sharing an end point is not a crossing, nor is passing within
 * half a unit of another's end (touching it), so scaling a drawing never changes its count.
 */
export function countCrossings(segments: readonly Segment[]): number {
  let n = 0;
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) if (cross(segments[i], segments[j])) n++;
  return n;
}

function cross([a, b]: Segment, [c, d]: Segment): boolean {
  const same = (p: Point, q: Point) => Math.abs(p.x - q.x) < 0.5 && Math.abs(p.y - q.y) < 0.5;
  if (same(a, c) || same(a, d) || same(b, c) || same(b, d)) return false;
  const orient = (p: Point, q: Point, r: Point) => {
    const turn = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    return Math.abs(turn) < Math.hypot(q.x - p.x, q.y - p.y) / 2 ? 0 : Math.sign(turn);
  };
  return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}
