import { HANDLES, type HandleKind } from '../handles';

/**
 * The handles of a node type, as its nodes' data places them (src/canvas/handles.ts). Never
 * connectable, never drawn, but in the page: React Flow reads them when it first measures a node,
 * and drops the node's edges if they are not there. Plain elements with React Flow's classes and
 * attributes, not its Handle component, which subscribes each handle to React Flow's store for
 * the state of a connection being drawn.
 */
export function Handles({ kind }: { kind: HandleKind }) {
  return HANDLES[kind].map((h) => (
    <div
      key={`${h.type} ${h.position}`}
      className={`react-flow__handle react-flow__handle-${h.position} ${h.type}`}
      data-handleid={'id' in h ? h.id : null}
      data-handlepos={h.position}
    />
  ));
}
