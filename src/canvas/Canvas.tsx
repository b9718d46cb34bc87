import { ReactFlow, ReactFlowProvider, useReactFlow, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useEffect, useMemo, type KeyboardEvent } from 'react';
import type { Prepared } from '../model/explorer';
import { snapshotKey, type Snapshot } from '../model/snapshot';
import { nodeTypes } from './nodes';
import { rowNodes, toFlow, type FlowNode } from './to-flow';

interface CanvasProps {
  prepared: Prepared;
  snapshot: Snapshot;
  selected: string | null;
  onSelect: (id: string) => void;
}

export function Canvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Flow {...props} />
    </ReactFlowProvider>
  );
}

function Flow({ prepared, snapshot, selected, onSelect }: CanvasProps) {
  const rows = useMemo(() => rowNodes(prepared.layout), [prepared.layout]);
  const key = snapshotKey(snapshot);
  // Rebuild nodes only when the drawn graph changes, not on every day crossed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const flow = useMemo(() => toFlow(snapshot, prepared.layout, rows), [key, prepared.layout, rows]);
  const nodes = useMemo(
    () => (selected === null ? flow.nodes : flow.nodes.map((n): FlowNode => (n.id === selected ? { ...n, selected: true } : n))),
    [flow.nodes, selected],
  );
  const { fitView } = useReactFlow();

  useEffect(() => {
    const drawn = flow.nodes.filter((n) => n.type === 'component').map((n) => ({ id: n.id }));
    void fitView({ nodes: drawn.length > 0 ? drawn : undefined, padding: 0.15, maxZoom: 1.2 });
  }, [flow.nodes, fitView]);

  const onNodeClick: NodeMouseHandler<FlowNode> = (_, node) => node.type === 'component' && onSelect(node.id);
  // React Flow selects a focused node on Enter but does not call onNodeClick; open the details here.
  const onKeyDown = (e: KeyboardEvent) => {
    const id = e.key === 'Enter' && (e.target as HTMLElement).closest('.react-flow__node-component')?.getAttribute('data-id');
    if (id) onSelect(id);
  };

  return (
    <div className="relative h-full w-full" data-drawn-date={snapshot.day} onKeyDown={onKeyDown}>
      <ReactFlow
        nodes={nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        onNodeClick={onNodeClick}
        fitView
        minZoom={0.1}
      />
      {snapshot.components.length === 0 && (
        <p className="absolute inset-x-0 top-1/2 text-center text-slate-700">
          Nothing yet on {snapshot.day}: the first change comes on {prepared.changes[0]}.
        </p>
      )}
    </div>
  );
}
