import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ComponentNodeType } from '../to-flow';

export function ComponentNode({ data }: NodeProps<ComponentNodeType>) {
  const { component } = data;
  return (
    <div className="flex h-full w-full flex-col justify-center rounded-md border border-slate-400 bg-white px-3 py-1 shadow-sm">
      <Handle type="target" position={Position.Top} className="!opacity-0" isConnectable={false} />
      <div className="truncate text-sm font-semibold text-slate-900">{component.name}</div>
      <div className="truncate text-xs text-slate-600">{component.organisation}</div>
      <Handle type="source" position={Position.Bottom} className="!opacity-0" isConnectable={false} />
    </div>
  );
}
