import { Position, type NodeHandle } from '@xyflow/react';

/**
 * Where each node type's edges attach. Every node carries them placed on its fixed size, with that
 * size as already measured: React Flow routes the edges in its first render and never measures a
 * node (src/canvas/Canvas.tsx, measureNothing), so the nodes draw no handle elements at all
 * (issue 13: nothing measured at run time).
 */
interface HandleSpec {
  type: 'source' | 'target';
  id?: string;
  position: Position;
}

export const HANDLES = {
  card: [
    { type: 'target', position: Position.Top },
    { type: 'target', id: 'left', position: Position.Left },
    { type: 'target', id: 'right', position: Position.Right },
    { type: 'source', position: Position.Bottom },
    { type: 'source', id: 'left', position: Position.Left },
    { type: 'source', id: 'right', position: Position.Right },
    // A successor in a row above is linked from its ghost's top to its bottom (src/canvas/compare-view.ts).
    { type: 'source', id: 'top', position: Position.Top },
    { type: 'target', id: 'bottom', position: Position.Bottom },
  ],
  /** A hypervisor's arrow ends on the VM it runs. */
  frame: [{ type: 'target', position: Position.Bottom }],
  pod: [
    { type: 'target', position: Position.Top },
    { type: 'source', position: Position.Bottom },
  ],
  row: [],
} satisfies Record<string, HandleSpec[]>;

export type HandleKind = keyof typeof HANDLES;

/** React Flow's handles are 5 px squares centred on the node's border (its base.css). */
const SIZE = 5;

function placed({ type, id, position }: HandleSpec, width: number, height: number): NodeHandle {
  const x = position === Position.Left ? 0 : position === Position.Right ? width : width / 2;
  const y = position === Position.Top ? 0 : position === Position.Bottom ? height : height / 2;
  return { type, id: id ?? null, position, x: x - SIZE / 2, y: y - SIZE / 2, width: SIZE, height: SIZE };
}

export interface FixedSize {
  width: number;
  height: number;
  measured: { width: number; height: number };
  handles: NodeHandle[];
}

// One object per kind and size, so a node built again for another day is the same shape (src/canvas/stable.ts).
const sizes = new Map<string, FixedSize>();

/** A node's size, measured and handles, given up front. */
export function fixedSize(kind: HandleKind, width: number, height: number): FixedSize {
  const key = `${kind} ${width} ${height}`;
  let size = sizes.get(key);
  if (size === undefined) {
    const handles = (HANDLES[kind] as HandleSpec[]).map((h) => placed(h, width, height));
    sizes.set(key, (size = { width, height, measured: { width, height }, handles }));
  }
  return size;
}
