import type { EdgeTypes } from '@xyflow/react';
import { RelationEdge, ReplacedEdge } from './RelationEdge';

export const edgeTypes = { relation: RelationEdge, replaced: ReplacedEdge } satisfies EdgeTypes;
