import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { RouteEdgeType } from '../to-flow';

/** A link of the figure view that is not a call (to and from the Pod): straight segments through given points. */
export function RouteEdge({ id, data, style, markerEnd }: EdgeProps<RouteEdgeType>) {
  if (!data) return null;
  const path = data.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
  return <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} className="pod-edge" />;
}
