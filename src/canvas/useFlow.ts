import { useMemo, useState } from 'react';
import { currentRelease } from '../model/component-at';
import { diffSnapshots } from '../model/diff';
import type { Prepared } from '../model/explorer';
import { snapshotAt, snapshotKey, type Snapshot } from '../model/snapshot';
import type { Day, Stack } from '../model/types';
import { createStabilizer, sameShape } from './stable';
import { markOn, rowNodes, type FlowEdge, type FlowNode } from './to-flow';
import { compareView, focusedView, isolatedView, type Flow } from './views';

export interface FlowOptions {
  focus: Stack | null;
  isolate: boolean;
  compare: Day | null;
  /** The group opened in place (the family of the selected component). */
  open?: string | null;
}

/**
 * The nodes and edges for a day and view. Rebuilt only when something drawn differs (the graph,
 * a release label, a mark, the view), not on every day the slider crosses.
 */
export function useFlow(prepared: Prepared, snapshot: Snapshot, { focus, isolate, compare, open = null }: FlowOptions): { flow: Flow; drawnKey: string; fitIds: string[] } {
  const rows = useMemo(() => rowNodes(prepared.layout), [prepared.layout]);
  const [stable] = useState(() => ({ nodes: createStabilizer<FlowNode>(sameShape), edges: createStabilizer<FlowEdge>(sameShape) }));
  const graphKey = snapshotKey(snapshot);
  const labels = snapshot.components.map((c) => `${currentRelease(c, snapshot.day) ?? ''}${markOn(c, snapshot.day) ?? ''}`).join();
  const mode = compare !== null ? `compare:${compare}` : focus && isolate ? `isolate:${focus.id}` : `focus:${focus?.id ?? ''}:${open ?? ''}`;
  const drawnKey = `${graphKey}#${mode}`;
  const flow = useMemo(() => {
    const build = (): Flow => {
      if (compare !== null) {
        const before = snapshotAt(prepared.dataset, compare);
        return compareView(snapshot, before, diffSnapshots(before, snapshot), prepared.layout, rows);
      }
      if (focus && isolate) return isolatedView(snapshot, prepared.layout, focus);
      return focusedView(snapshot, prepared.layout, rows, focus, open);
    };
    const { nodes, edges } = build();
    return { nodes: stable.nodes(nodes), edges: stable.edges(edges) };
    // The snapshot object changes every day; rebuild only when what it draws changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawnKey, labels, prepared, rows, stable]);
  // Fit what the view is about: the focused path, or what changed, or everything drawn.
  const fitIds = useMemo(() => {
    const drawn = flow.nodes.filter((n) => n.type !== 'row');
    const about = drawn.filter((n) => n.type === 'component' && ['focused', 'added', 'removed'].includes(n.data.emphasis));
    return (about.length > 0 && !(focus && isolate) ? about : drawn).map((n) => n.id);
  }, [flow, focus, isolate]);
  return { flow, drawnKey, fitIds };
}
