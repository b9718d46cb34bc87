import type { Edge, Node } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH, ROW_HEIGHT, ROWS, type Layout } from '../model/layout';
import type { Snapshot } from '../model/snapshot';
import type { Component, Relation } from '../model/types';

export type ComponentNodeType = Node<{ component: Component }, 'component'>;
export type RowNodeType = Node<{ label: string; width: number }, 'row'>;
export type FlowNode = ComponentNodeType | RowNodeType;
export type RelationEdgeType = Edge<{ relation: Relation }>;

/** Row bands carry ids no component can have (components are kebab-case, these contain a colon). */
export function rowNodes(layout: Layout): RowNodeType[] {
  return ROWS.map((row) => ({
    id: `row:${row.id}`,
    type: 'row',
    position: { x: 0, y: layout.rowTop.get(row.id) ?? 0 },
    data: { label: row.label, width: layout.width },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
    style: { width: layout.width, height: ROW_HEIGHT },
  }));
}

/** The snapshot of one day as React Flow nodes and edges, at the precomputed positions. */
export function toFlow(snapshot: Snapshot, layout: Layout, rows: RowNodeType[]): { nodes: FlowNode[]; edges: RelationEdgeType[] } {
  const nodes: FlowNode[] = [...rows];
  for (const component of snapshot.components) {
    nodes.push({
      id: component.id,
      type: 'component',
      position: layout.positions.get(component.id) ?? { x: 0, y: 0 },
      data: { component },
      draggable: false,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    });
  }
  const edges = snapshot.relations.map(({ relation, path }): RelationEdgeType => ({
    id: relation.id,
    source: relation.source,
    target: relation.target,
    data: { relation },
    className: `mechanism-${relation.mechanism} path-${path}`,
    style: path === 'secondary' ? { strokeDasharray: '6 4' } : undefined,
    focusable: false,
  }));
  return { nodes, edges };
}
