import { HANDLES, type HandleKind } from '../handles';

/**
 * The handles of a node type, as its nodes' data places them (src/canvas/handles.ts). Nothing
 * connects here, so they are React Flow's handle markup without its `<Handle>` component, which
 * subscribes each handle to the store for connections in progress: six per card, hundreds per
 * canvas, all of them mounted at the first drawing (issue 13). React Flow still finds them when
 * it reads a node (its classes and data attributes), and its stylesheet places them.
 */
export function Handles({ kind }: { kind: HandleKind }) {
  return HANDLES[kind].map((h) => (
    <div
      key={`${h.type} ${h.position}`}
      data-handleid={'id' in h ? h.id : null}
      data-handlepos={h.position}
      className={`react-flow__handle react-flow__handle-${h.position} nodrag nopan ${h.type}`}
    />
  ));
}
