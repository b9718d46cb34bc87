import type { Edge, Node } from '@xyflow/react';
import { currentRelease } from '../model/component-at';
import { addDays, byCodeUnits, startDay } from '../model/dates';
import { ROWS, type Box, type Layout, type RowId } from '../model/layout';
import type { LabelDays } from './drawn';
import { fixedSize } from './handles';
import { arrowId } from './mechanisms';
import { overviewFlow, type GroupNodeType } from './overview-flow';
import type { DrawnRelation, Snapshot } from '../model/snapshot';
import type { Component, Day, Relation } from '../model/types';

/** How a drawn thing relates to the focus or the comparison. */
export type Emphasis = 'normal' | 'focused' | 'dimmed' | 'added' | 'removed';

export interface ComponentNodeData extends Record<string, unknown> {
  component: Component;
  release: string | null;
  mark: 'deprecated' | 'ending' | null;
  emphasis: Emphasis;
  /** Started once per container in the focused stack: drawn with a ×2 badge. */
  perContainer: boolean;
}
export type ComponentNodeType = Node<ComponentNodeData, 'component'>;
export type RowNodeType = Node<{ row: RowId; width: number }, 'row'>;
export type FrameNodeType = Node<{ label: 'vm' | 'sandbox' }, 'frame'>;
export type PodNodeType = Node<Record<string, never>, 'pod'>;
export type FlowNode = ComponentNodeType | RowNodeType | FrameNodeType | PodNodeType | GroupNodeType;

export interface RelationEdgeData extends Record<string, unknown> {
  relation: Relation;
  path: DrawnRelation['path'];
  emphasis: Emphasis;
}
export type RelationEdgeType = Edge<RelationEdgeData, 'relation'>;
export type ReplacedEdgeType = Edge<Record<string, never>, 'replaced'>;
/** A link of the figure view that is not a call (to and from the Pod): straight segments through given points. */
export type RouteEdgeType = Edge<{ points: { x: number; y: number }[] }, 'route'>;
/** Pod links in the figure view are plain React Flow edges. */
export type FlowEdge = RelationEdgeType | ReplacedEdgeType | Edge;

/** Component ids are kebab-case; ghosts, fading copies, rows, frames and the Pod carry a colon. */
export const isComponentId = (id: string) => !id.includes(':');

/** Row bands carry ids no component can have (components are kebab-case, these contain a colon). */
export function rowNodes(layout: Layout): RowNodeType[] {
  return ROWS.filter((row) => (layout.rowHeight.get(row.id) ?? 0) > 0).map((row) => ({
    id: `row:${row.id}`,
    type: 'row',
    position: { x: 0, y: layout.rowTop.get(row.id) ?? 0 },
    data: { row: row.id, width: layout.width },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -2,
    ...fixedSize('row', layout.width, layout.rowHeight.get(row.id)!),
  }));
}

/** A component's mark on `day`: deprecated, or ending within half a year. */
export function markOn(c: Component, day: Day): ComponentNodeData['mark'] {
  if (c.deprecated && startDay(c.deprecated) <= day) return 'deprecated';
  if (c.until && startDay(c.until) <= addDays(day, 183)) return 'ending';
  return null;
}

/**
 * The days on which a card's label — its release (currentRelease) or mark (markOn) — may change:
 * a release's day, the deprecation, half a year before the end. Ascending, with the card's id.
 */
export function labelDays(components: Component[]): LabelDays {
  const pairs = components.flatMap((c) => {
    // A component whose data cannot be read fails alone, where its card is drawn (the canvas's
    // error boundary), not every day's canvas.
    try {
      return [
        ...(c.releases ?? []).map((r) => startDay(r.date)),
        ...(c.deprecated ? [startDay(c.deprecated)] : []),
        ...(c.until ? [addDays(startDay(c.until), -183)] : []),
      ].map((day) => [day, c.id] as const);
    } catch {
      return [];
    }
  });
  pairs.sort((a, b) => byCodeUnits(a[0], b[0]));
  return { days: pairs.map((p) => p[0]), ids: pairs.map((p) => p[1]) };
}

export function componentNode(
  c: Component,
  day: Day,
  layout: Layout,
  emphasis: Emphasis,
  options: { id?: string; box?: Box; perContainer?: boolean; parentBox?: Box } = {},
): ComponentNodeType {
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
      emphasis,
      perContainer: options.perContainer ?? false,
    },
    ...fixedSize('card', box.width, box.height),
    draggable: false,
    zIndex: 0,
    ariaLabel: `${c.name}${c.organisation ? `, ${c.organisation}` : ''}`,
  };
}

export function relationEdge(
  r: DrawnRelation,
  emphasis: Emphasis,
  ids: { id?: string; source?: string; target?: string } = {},
): RelationEdgeType {
  const { relation } = r;
  return {
    id: ids.id ?? relation.id,
    type: 'relation',
    source: ids.source ?? relation.source,
    target: ids.target ?? relation.target,
    data: { relation, path: r.path, emphasis },
    // Every call shows its direction, with an arrowhead in its own colour (src/canvas/edges/ArrowMarkers.tsx).
    markerEnd: arrowId(relation.mechanism),
    focusable: false,
    ariaLabel: `${relation.source} calls ${relation.target} (${relation.mechanism})`,
  };
}

/**
 * The snapshot of one day as React Flow nodes and edges at the precomputed places: the default view,
 * with families drawn as group nodes (those in `open` opened: src/model/layout-compute.ts).
 */
export function toFlow(
  snapshot: Snapshot,
  layout: Layout,
  rows: RowNodeType[],
  emphasisOf: (ids: string[]) => Emphasis = () => 'normal',
  open: ReadonlySet<string> = new Set(),
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const { nodes, edges } = overviewFlow(snapshot, layout, open, emphasisOf);
  return { nodes: [...rows, ...nodes], edges };
}
