import type { Node } from '@xyflow/react';
import { en } from '../i18n/en';
import { familyName } from '../i18n/families';
import { FAMILIES, type Family } from '../model/families';
import { CARD_HEIGHT, type Box, type Layout } from '../model/layout';
import { fixedSize } from './handles';
import { overviewOf, type OverviewGroup } from '../model/overview';
import type { Snapshot } from '../model/snapshot';
import type { Component } from '../model/types';
import {
  componentNode,
  relationEdge,
  type Emphasis,
  type FlowEdge,
  type FlowNode,
  type RelationEdgeType,
} from './to-flow';

export interface GroupNodeData extends Record<string, unknown> {
  family: Family;
  /** The parts present on the day, and every call hidden in or drawn to the group (data-members). */
  members: Component[];
  calls: string[];
  open: boolean;
  emphasis: Emphasis;
}
export type GroupNodeType = Node<GroupNodeData, 'group'>;

const familyById = new Map(FAMILIES.map((f) => [f.id, f]));

/**
 * The default view of a day: blocks and groups at their lifelong places, one arrow per call
 * between two drawn things, and the open groups drawn over their neighbours with their parts.
 */
export function overviewFlow(
  snapshot: Snapshot,
  layout: Layout,
  open: ReadonlySet<string>,
  emphasisOf: (ids: string[]) => Emphasis,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const overview = overviewOf(snapshot, layout, open);
  const nodes: FlowNode[] = [];
  for (const g of overview.groups) nodes.push(groupNode(g, overview, layout, emphasisOf));
  // React Flow needs a parent before its children.
  const ordered = [...overview.components].sort((a, b) => depth(a, layout) - depth(b, layout));
  for (const c of ordered) {
    const group = layout.groupOf.get(c.id);
    if (group !== undefined) {
      const box = layout.open.get(group)!.members.get(c.id)!;
      nodes.push({
        ...componentNode(c, snapshot.day, layout, emphasisOf([c.id]), { box }),
        parentId: group,
        position: { x: box.x, y: box.y },
        zIndex: 11,
      });
      continue;
    }
    nodes.push(componentNode(c, snapshot.day, layout, emphasisOf([c.id])));
  }
  const boxOf = (id: string): Box => {
    const group = layout.groupOf.get(id);
    if (group === undefined || id === group) return layout.boxes.get(id)!;
    const at = layout.open.get(group)!;
    const inner = at.members.get(id)!;
    return { ...inner, x: at.x + inner.x, y: at.y + inner.y };
  };
  const edges = overview.edges.map((e): RelationEdgeType => {
    const [first] = e.relations;
    const edge = relationEdge(first, emphasisOf(e.relations.map((r) => r.relation.id)), {
      id: e.id,
      source: e.source,
      target: e.target,
    });
    // A grouped arrow is named by its ends, whichever of the group's calls it stands for that day.
    if (e.id !== first.relation.id) edge.ariaLabel = `${nameOf(e.source)} calls ${nameOf(e.target)}`;
    const from = boxOf(e.source);
    const to = boxOf(e.target);
    const sides = sideHandles(from, to);
    if (sides) return { ...edge, ...sides, zIndex: 12 };
    return {
      ...edge,
      zIndex:
        open.has(layout.groupOf.get(e.source) ?? '') || open.has(layout.groupOf.get(e.target) ?? '') ? 12 : 0,
    };
  });
  return { nodes, edges };
}

/** Within one lane an arrow runs side to side; otherwise (null) from the caller's bottom to the callee's top. */
export function sideHandles(from: Box, to: Box): { sourceHandle: string; targetHandle: string } | null {
  if (Math.abs(from.y - to.y) >= CARD_HEIGHT) return null;
  const rightwards = from.x < to.x;
  return { sourceHandle: rightwards ? 'right' : 'left', targetHandle: rightwards ? 'left' : 'right' };
}

const nameOf = (id: string) => (familyById.has(id as Family['id']) ? familyName(en, id as Family['id']) : id);

function depth(c: Component, layout: Layout): number {
  return layout.groupOf.has(c.id) ? 1 : 0;
}

function groupNode(
  g: OverviewGroup,
  overview: ReturnType<typeof overviewOf>,
  layout: Layout,
  emphasisOf: (ids: string[]) => Emphasis,
): GroupNodeType {
  const box = layout.boxes.get(g.id)!;
  const touching = overview.edges
    .filter((e) => e.source === g.id || e.target === g.id)
    .flatMap((e) => e.relations);
  const calls = [...g.inner, ...touching].map((r) => r.relation.id);
  const open = layout.open.get(g.id)!;
  const size = g.open ? { width: open.width, height: open.height } : { width: box.width, height: box.height };
  return {
    id: g.id,
    type: 'group',
    position: g.open ? { x: open.x, y: open.y } : { x: box.x, y: box.y },
    data: {
      family: familyById.get(g.id as Family['id'])!,
      members: g.members,
      calls,
      open: g.open,
      emphasis: emphasisOf([...g.members.map((m) => m.id), ...calls]),
    },
    ...fixedSize('card', size.width, size.height),
    draggable: false,
    zIndex: g.open ? 10 : 0,
    ariaLabel: familyName(en, g.id as Family['id']),
  };
}
