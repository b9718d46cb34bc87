import type { EdgeTypes } from '@xyflow/react';
import { liveEdge } from '../live';
import { RelationEdge, ReplacedEdge } from './RelationEdge';
import { RouteEdge } from './RouteEdge';

/** Every edge is live: mounted once, shown on the days it is drawn (src/canvas/live.tsx). */
export const edgeTypes = {
  relation: liveEdge(RelationEdge),
  replaced: liveEdge(ReplacedEdge),
  route: liveEdge(RouteEdge),
} satisfies EdgeTypes;
