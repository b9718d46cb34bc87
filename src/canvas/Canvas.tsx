import { ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useEffect, useMemo } from 'react';
import type { Prepared } from '../model/explorer';
import { snapshotAt, snapshotKey } from '../model/snapshot';
import type { Day } from '../model/types';
import { nodeTypes } from './nodes';
import { rowNodes, toFlow } from './to-flow';

interface CanvasProps {
  prepared: Prepared;
  date: Day;
}

export function Canvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Flow {...props} />
    </ReactFlowProvider>
  );
}

function Flow({ prepared, date }: CanvasProps) {
  const rows = useMemo(() => rowNodes(prepared.layout), [prepared.layout]);
  const snapshot = useMemo(() => snapshotAt(prepared.dataset, date), [prepared.dataset, date]);
  const key = snapshotKey(snapshot);
  // Rebuild nodes only when the drawn graph changes, not on every day crossed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { nodes, edges } = useMemo(() => toFlow(snapshot, prepared.layout, rows), [key, prepared.layout, rows]);
  const { fitView } = useReactFlow();

  useEffect(() => {
    const drawn = nodes.filter((n) => n.type === 'component').map((n) => ({ id: n.id }));
    void fitView({ nodes: drawn.length > 0 ? drawn : undefined, padding: 0.15, maxZoom: 1.2 });
  }, [nodes, fitView]);

  return (
    <div className="relative h-full w-full" data-drawn-date={date}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        fitView
        minZoom={0.1}
        proOptions={{ hideAttribution: false }}
      />
      {snapshot.components.length === 0 && (
        <p className="absolute inset-x-0 top-1/2 text-center text-slate-700">
          Nothing yet on {date}: the first change comes on {prepared.changes[0]}.
        </p>
      )}
    </div>
  );
}
