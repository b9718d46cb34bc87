import type { EdgeTypes } from '@xyflow/react';
import { RelationEdge, ReplacedEdge } from './RelationEdge';
import { RouteEdge } from './RouteEdge';

export const edgeTypes = { relation: RelationEdge, replaced: ReplacedEdge, route: RouteEdge } satisfies EdgeTypes;
