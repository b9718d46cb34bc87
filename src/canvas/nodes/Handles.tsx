import { Handle } from '@xyflow/react';
import { HANDLES, type HandleKind } from '../handles';

/** The handles of a node type, as its nodes' data places them (src/canvas/handles.ts); never connectable. */
export function Handles({ kind }: { kind: HandleKind }) {
  return HANDLES[kind].map((h) => (
    <Handle
      key={`${h.type} ${h.position}`}
      type={h.type}
      id={'id' in h ? h.id : undefined}
      position={h.position}
      isConnectable={false}
    />
  ));
}
