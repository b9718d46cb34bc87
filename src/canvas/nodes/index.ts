import type { NodeTypes } from '@xyflow/react';
import { ComponentNode } from './ComponentNode';
import { FrameNode, PodNode } from './FrameNode';
import { GroupNode } from './GroupNode';
import { RowNode } from './RowNode';

export const nodeTypes = { component: ComponentNode, row: RowNode, frame: FrameNode, pod: PodNode, group: GroupNode } satisfies NodeTypes;
