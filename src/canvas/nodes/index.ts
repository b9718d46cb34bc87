import type { NodeTypes } from '@xyflow/react';
import { liveNode } from '../live';
import { ComponentNode } from './ComponentNode';
import { FrameNode, PodNode } from './FrameNode';
import { GroupNode } from './GroupNode';
import { RowNode } from './RowNode';

/** Every node is live: mounted once, drawn as the shown day says (src/canvas/live.tsx). */
export const nodeTypes = {
  component: liveNode(ComponentNode),
  row: liveNode(RowNode),
  frame: liveNode(FrameNode),
  pod: liveNode(PodNode),
  group: liveNode(GroupNode),
} satisfies NodeTypes;
