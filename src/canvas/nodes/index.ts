import type { NodeTypes } from '@xyflow/react';
import { ComponentNode } from './ComponentNode';
import { RowNode } from './RowNode';

export const nodeTypes = { component: ComponentNode, row: RowNode } satisfies NodeTypes;
