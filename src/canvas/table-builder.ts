import type { Day } from '../model/types';
import { inDrawingOrder, samePlace, type DrawingTable, type Epoch } from './drawing-table';
import { createStabilizer, sameShape } from './stable';
import type { FlowEdge, FlowNode } from './to-flow';
import { summarize, type Flow, type FlowSummary } from './views';

// The fixed graph's builder (src/canvas/drawing-table.ts): it runs only in idle time after the
// first drawing, so it is a chunk of its own, fetched then, outside the first bundle.

/**
 * Builds the table one interval at a time, so it can run in idle time: `step()` builds the next
 * interval and returns false once every interval is done; `table()` is then complete.
 */
export function tableBuilder(starts: Day[], build: (day: Day) => Flow, fitsWhole: boolean) {
  const nodeAt = new Map<string, (FlowNode | undefined)[]>();
  const edgeAt = new Map<string, (FlowEdge | undefined)[]>();
  const stable = {
    nodes: createStabilizer<FlowNode>(sameShape),
    edges: createStabilizer<FlowEdge>(sameShape),
  };
  const epochs: Epoch[] = [];
  const summaries: FlowSummary[] = [];
  let epoch: { from: number; nodes: Map<string, FlowNode>; edges: Map<string, FlowEdge> } | null = null;
  let next = 0;

  const close = (to: number) => {
    if (epoch === null) return;
    epochs.push({
      from: epoch.from,
      to,
      ...inDrawingOrder({ nodes: [...epoch.nodes.values()], edges: [...epoch.edges.values()] }),
    });
  };
  const fits = <T extends FlowNode | FlowEdge>(placed: Map<string, T>, items: T[]) =>
    items.every((item) => !placed.has(item.id) || samePlace(placed.get(item.id)!, item));

  function step(): boolean {
    if (next >= starts.length) return false;
    const i = next++;
    const flow = build(starts[i]);
    summaries.push(summarize(flow, fitsWhole));
    const nodes = stable.nodes(flow.nodes);
    const edges = stable.edges(flow.edges);
    if (epoch === null || !fits(epoch.nodes, nodes) || !fits(epoch.edges, edges)) {
      close(i);
      epoch = { from: i, nodes: new Map(), edges: new Map() };
    }
    for (const n of nodes) {
      if (!epoch.nodes.has(n.id)) epoch.nodes.set(n.id, n);
      record(nodeAt, n, i, starts.length);
    }
    for (const e of edges) {
      if (!epoch.edges.has(e.id)) epoch.edges.set(e.id, e);
      record(edgeAt, e, i, starts.length);
    }
    if (next === starts.length) close(next);
    return next < starts.length;
  }

  return {
    step,
    table: (): DrawingTable => ({ starts, epochs, nodeAt, edgeAt, summaries }),
  };
}

function record<T extends { id: string }>(
  at: Map<string, (T | undefined)[]>,
  item: T,
  interval: number,
  length: number,
) {
  let row = at.get(item.id);
  if (row === undefined) at.set(item.id, (row = new Array<T | undefined>(length).fill(undefined)));
  row[interval] = item;
}

/** The whole table at once (tests, and small views). */
export function buildTable(starts: Day[], build: (day: Day) => Flow, fitsWhole = false): DrawingTable {
  const builder = tableBuilder(starts, build, fitsWhole);
  while (builder.step());
  return builder.table();
}
