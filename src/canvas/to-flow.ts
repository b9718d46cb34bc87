import type { Edge, Node } from '@xyflow/react';
import { currentRelease } from '../model/component-at';
import { addDays, startDay } from '../model/dates';
import { FRAME_PAD, NODE_HEIGHT, ROW_HEIGHT, ROWS, type Box, type Layout, type RowId } from '../model/layout';
import type { DrawnRelation, Snapshot } from '../model/snapshot';
import type { Component, Day, Relation } from '../model/types';

/** How a drawn thing relates to the focus or the comparison. */
export type Emphasis = 'normal' | 'focused' | 'dimmed' | 'added' | 'removed';

export interface ComponentNodeData extends Record<string, unknown> {
  component: Component;
  release: string | null;
  mark: 'deprecated' | 'ending' | null;
  /** For a parent drawn around its children: where its own name sits. */
  labelAt: 'top' | 'bottom' | null;
  emphasis: Emphasis;
  /** Started once per container in the focused stack: drawn with a ×2 badge. */
  perContainer: boolean;
}
export type ComponentNodeType = Node<ComponentNodeData, 'component'>;
export type RowNodeType = Node<{ row: RowId; width: number }, 'row'>;
export type FrameNodeType = Node<{ label: 'vm' | 'sandbox' }, 'frame'>;
export type PodNodeType = Node<Record<string, never>, 'pod'>;
export type FlowNode = ComponentNodeType | RowNodeType | FrameNodeType | PodNodeType;

export interface RelationEdgeData extends Record<string, unknown> {
  relation: Relation;
  path: DrawnRelation['path'];
  emphasis: Emphasis;
}
export type RelationEdgeType = Edge<RelationEdgeData, 'relation'>;
export type ReplacedEdgeType = Edge<Record<string, never>, 'replaced'>;
/** Pod links in the figure view are plain React Flow edges. */
export type FlowEdge = RelationEdgeType | ReplacedEdgeType | Edge;

/** Component ids are kebab-case; ghosts, fading copies, rows, frames and the Pod carry a colon. */
export const isComponentId = (id: string) => !id.includes(':');

/** Row bands carry ids no component can have (components are kebab-case, these contain a colon). */
export function rowNodes(layout: Layout): RowNodeType[] {
  return ROWS.map((row) => ({
    id: `row:${row.id}`,
    type: 'row',
    position: { x: 0, y: layout.rowTop.get(row.id) ?? 0 },
    data: { row: row.id, width: layout.width },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -2,
    style: { width: layout.width, height: ROW_HEIGHT },
  }));
}

/** A component's mark on `day`: deprecated, or ending within half a year. */
export function markOn(c: Component, day: Day): ComponentNodeData['mark'] {
  if (c.deprecated && startDay(c.deprecated) <= day) return 'deprecated';
  if (c.until && startDay(c.until) <= addDays(day, 183)) return 'ending';
  return null;
}

export function componentNode(c: Component, day: Day, layout: Layout, emphasis: Emphasis, options: { id?: string; box?: Box; perContainer?: boolean; parentBox?: Box } = {}): ComponentNodeType {
  const box = options.box ?? layout.boxes.get(c.id)!;
  const parentBox = options.parentBox;
  return {
    id: options.id ?? c.id,
    type: 'component',
    position: parentBox ? { x: box.x - parentBox.x, y: box.y - parentBox.y } : { x: box.x, y: box.y },
    ...(parentBox ? { parentId: c.parent } : {}),
    data: {
      component: c,
      release: currentRelease(c, day),
      mark: markOn(c, day),
      labelAt: options.box ? null : (layout.labelAt.get(c.id) ?? null),
      emphasis,
      perContainer: options.perContainer ?? false,
    },
    width: box.width,
    height: box.height,
    draggable: false,
    zIndex: layout.labelAt.has(c.id) && !options.box ? -1 : 0,
    ariaLabel: `${c.name}${c.organisation ? `, ${c.organisation}` : ''}`,
  };
}

export function relationEdge(r: DrawnRelation, emphasis: Emphasis, ids: { id?: string; source?: string; target?: string } = {}): RelationEdgeType {
  const { relation } = r;
  return {
    id: ids.id ?? relation.id,
    type: 'relation',
    source: ids.source ?? relation.source,
    target: ids.target ?? relation.target,
    data: { relation, path: r.path, emphasis },
    focusable: false,
    ariaLabel: `${relation.source} calls ${relation.target} (${relation.mechanism})`,
  };
}

/** The snapshot of one day as React Flow nodes and edges at the precomputed places: the default view. */
export function toFlow(snapshot: Snapshot, layout: Layout, rows: RowNodeType[], emphasisOf: (id: string) => Emphasis = () => 'normal'): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const present = new Set(snapshot.components.map((c) => c.id));
  const nodes: FlowNode[] = [...rows];
  // React Flow needs a parent before its children.
  const ordered = [...snapshot.components].sort((a, b) => Number(Boolean(a.parent && present.has(a.parent))) - Number(Boolean(b.parent && present.has(b.parent))));
  for (const c of ordered) {
    const parentBox = c.parent && present.has(c.parent) ? layout.boxes.get(c.parent) : undefined;
    nodes.push(componentNode(c, snapshot.day, layout, emphasisOf(c.id), { parentBox }));
  }
  const edges = snapshot.relations.map((r) => relationEdge(r, emphasisOf(r.relation.id)));
  return { nodes, edges };
}

/** Vertical offset of a parent's own handles: around its name, not around the whole frame. */
export function handleOffsets(labelAt: ComponentNodeData['labelAt'], height: number): { target: number; source: number } {
  if (labelAt === 'top') return { target: 0, source: FRAME_PAD + NODE_HEIGHT };
  if (labelAt === 'bottom') return { target: height - FRAME_PAD - NODE_HEIGHT, source: height };
  return { target: 0, source: height };
}
