// The compare view (`compare=`): a chunk of its own, loaded once the page is idle (loadCompareView in
// src/canvas/views.ts), as only a view that compares draws it. It imports only types: the page
// hands it the functions it shares with the page (`Shared`), because a chunk that imported them
// made the bundler split each of them, React Flow included, into a chunk of its own.
import type { diffSnapshots } from '../model/diff';
import type { FAMILIES } from '../model/families';
import type { Box, Layout } from '../model/layout';
import type { Snapshot } from '../model/snapshot';
import type { Component } from '../model/types';
import type { fixedSize } from './handles';
import type { GroupNodeType, sideHandles } from './overview-flow';
import type { componentNode, relationEdge, RowNodeType, toFlow } from './to-flow';
import type { Flow } from './views';

export interface Shared {
  diffSnapshots: typeof diffSnapshots;
  families: typeof FAMILIES;
  fixedSize: typeof fixedSize;
  sideHandles: typeof sideHandles;
  componentNode: typeof componentNode;
  relationEdge: typeof relationEdge;
  toFlow: typeof toFlow;
}

/**
 * Compare: what `snapshot` has that `before` had not is highlighted, what it lost is drawn as a
 * ghost in its old place (ids prefixed "ghost:"), and a successor is linked to what it replaced.
 * A part of a group that is still drawn leaves no ghost of its own: the group stands for it.
 */
export function compareView(
  snapshot: Snapshot,
  before: Snapshot,
  layout: Layout,
  rows: RowNodeType[],
  { diffSnapshots, families, fixedSize, sideHandles, componentNode, relationEdge, toFlow }: Shared,
): Flow {
  const diff = diffSnapshots(before, snapshot);
  const existed = new Set(before.components.map((c) => c.id));
  const added = new Set(
    [...diff.added, ...diff.replaced.map((r) => r.to)].filter((c) => !existed.has(c.id)).map((c) => c.id),
  );
  const addedRelations = new Set(diff.addedRelations.map((r) => r.relation.id));
  const flow = toFlow(snapshot, layout, rows, (ids) =>
    ids.some((id) => added.has(id) || addedRelations.has(id)) ? 'added' : 'normal',
  );
  const drawn = new Set(flow.nodes.map((n) => n.id));
  const drawnAs = (id: string) => layout.groupOf.get(id) ?? id;
  const ghostId = (id: string) => (drawn.has(drawnAs(id)) ? drawnAs(id) : `ghost:${drawnAs(id)}`);
  const ghosts = new Set<string>();
  for (const c of before.components.filter((c) => !drawn.has(drawnAs(c.id)))) {
    const id = drawnAs(c.id);
    if (ghosts.has(id) || (c.parent && !layout.boxes.has(c.id))) continue;
    ghosts.add(id);
    const box = layout.boxes.get(id)!;
    if (id === c.id)
      flow.nodes.push(componentNode(c, before.day, layout, 'removed', { id: `ghost:${id}`, box }));
    else
      flow.nodes.push(
        ghostGroup(
          id,
          before.components.filter((m) => layout.groupOf.get(m.id) === id),
          box,
          families,
          fixedSize,
        ),
      );
  }
  const edgeIds = new Set(flow.edges.map((e) => e.id));
  for (const r of diff.removedRelations) {
    const [source, target] = [ghostId(r.relation.source), ghostId(r.relation.target)];
    const id = `ghost:${source.replace('ghost:', '')}->${target.replace('ghost:', '')}`;
    if (source === target || edgeIds.has(id) || edgeIds.has(id.slice(6))) continue;
    edgeIds.add(id);
    flow.edges.push(relationEdge(r, 'removed', { id, source, target }));
  }
  // One link between two cards: a family replaced by a family, part by part, is drawn as one.
  const linked = new Set<string>();
  for (const { from, to } of diff.replaced) {
    for (const old of from) {
      const [source, target] = [ghostId(old.id), drawnAs(to.id)];
      const pair = `${source} ${target}`;
      if (!source.startsWith('ghost:') || !drawn.has(target) || linked.has(pair)) continue;
      linked.add(pair);
      flow.edges.push({
        id: `replaced:${old.id}->${to.id}`,
        type: 'replaced',
        source,
        target,
        ...successorHandles(layout.boxes.get(drawnAs(old.id))!, layout.boxes.get(target)!, sideHandles),
        data: {},
        focusable: false,
        zIndex: 2,
      });
    }
  }
  return flow;
}

/**
 * A successor's link runs side to side within a lane; to a row above, from the ghost's top up to
 * the successor's bottom (from its bottom, it looped through the successor's card); else down.
 */
function successorHandles(from: Box, to: Box, side: Shared['sideHandles']) {
  return side(from, to) ?? (to.y < from.y ? { sourceHandle: 'top', targetHandle: 'bottom' } : {});
}

/** A family that was there on the compared day and is gone now. */
function ghostGroup(
  id: string,
  members: Component[],
  box: Box,
  families: Shared['families'],
  fixedSize: Shared['fixedSize'],
): GroupNodeType {
  const family = families.find((f) => f.id === id)!;
  return {
    id: `ghost:${id}`,
    type: 'group',
    position: { x: box.x, y: box.y },
    data: { family, members, calls: [], open: false, emphasis: 'removed' },
    ...fixedSize('card', box.width, box.height),
    draggable: false,
    selectable: false,
  };
}
