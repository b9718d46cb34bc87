import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Prepared } from '../model/explorer';
import { snapshotAt } from '../model/snapshot';
import type { Day, Mechanism } from '../model/types';
import { epochAt, inDrawingOrder, intervalOf, samePlace, type DrawingTable } from './drawing-table';
import { createStabilizer, sameShape } from './stable';
import { rowNodes, type FlowEdge, type FlowNode, type RowNodeType } from './to-flow';
import { buildFlow, summarize, type Flow, type FlowOptions } from './views';
import { cancelIdle, idle } from '../state/idle';

export type { FlowOptions };

export interface Drawing {
  /** The day drawn: the shown day once the fixed graph is built, the deferred one until then. */
  day: Day;
  /** Which interval between change days `day` falls in (the table's index for it). */
  interval: number;
  /** What React Flow holds: the fixed graph once it is built, the day's own drawing until then. */
  flow: Flow;
  table: DrawingTable | null;
  /** Changes with what is drawn (not with a release label): the canvas refits on it. */
  drawnKey: string;
  fitIds: string[];
  mechanisms: Mechanism[];
  /** No component is drawn on the day (before the first one). */
  empty: boolean;
}

/**
 * The canvas's drawing. At first (and after a view change) it is the day's own drawing, built for
 * the deferred `date` (a day the slider has already left, so the thumb never waits for it); in idle
 * time the whole view is built as a fixed graph (src/canvas/drawing-table.ts), after which the
 * canvas draws the shown `date` itself, in the same frame as the thumb, and nothing is deferred: a
 * day change then touches neither React Flow's nodes nor its store, and costs one pass.
 */
export function useDrawing(prepared: Prepared, date: Day, options: FlowOptions): Drawing {
  const { focus, isolate, compare, open = null } = options;
  const rows = useMemo(() => rowNodes(prepared.layout), [prepared.layout]);
  // The figure view fits everything it draws, not only what it is about.
  const fitsWhole = Boolean(focus && isolate);
  const mode =
    compare !== null
      ? `compare:${compare}`
      : fitsWhole
        ? `isolate:${focus!.id}`
        : `focus:${focus?.id ?? ''}:${open ?? ''}`;
  // What is drawn changes exactly on change days: the interval between two of them names it.
  const starts = useMemo(() => [prepared.minDay, ...prepared.changes], [prepared]);
  const table = useTable(prepared, rows, starts, options, mode, fitsWhole);
  // A constant once the table is built: no deferred pass follows the slider's.
  const deferred = useDeferredValue(table === null ? date : null);
  const day = table !== null ? date : (deferred ?? date);
  const interval = intervalOf(starts, day);
  const drawnKey = `${interval}#${mode}`;

  const [stable] = useState(() => ({
    nodes: createStabilizer<FlowNode>(sameShape),
    edges: createStabilizer<FlowEdge>(sameShape),
  }));
  const dayFlow = useMemo(() => {
    if (table !== null) return null;
    const { nodes, edges } = inDrawingOrder(
      buildFlow(prepared, rows, snapshotAt(prepared.dataset, day), options),
    );
    return { nodes: stable.nodes(nodes), edges: stable.edges(edges) };
    // Without the table, the day's drawing is rebuilt when what it draws changes (release labels
    // are read by each card on the shown day).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table, drawnKey, prepared, rows, stable]);

  // Adopting the fixed graph keeps every drawn node and edge whose place is the same (how it is
  // drawn comes from the table), so React Flow adopts only the hidden ones: no edge is re-routed
  // and nothing flickers when the fixed graph arrives.
  const epoch = table === null ? null : epochAt(table, interval);
  const flow = useMemo(
    () =>
      dayFlow ?? {
        nodes: stable.nodes(epoch!.nodes, samePlace),
        edges: stable.edges(epoch!.edges, samePlace),
      },
    [dayFlow, epoch, stable],
  );
  // What the drawing is about: looked up in the table (a day change costs nothing here), or
  // summarised from the day's own drawing until the table is built.
  const daySummary = useMemo(() => dayFlow && summarize(dayFlow, fitsWhole), [dayFlow, fitsWhole]);
  const { fitIds, mechanisms, empty } = daySummary ?? table!.summaries[interval];
  return { day, interval, flow, table, drawnKey, fitIds, mechanisms, empty };
}

/** The view's fixed graph, built one interval at a time while the browser is idle; null until done. */
function useTable(
  prepared: Prepared,
  rows: RowNodeType[],
  starts: Day[],
  options: FlowOptions,
  mode: string,
  fitsWhole: boolean,
): DrawingTable | null {
  const [built, setBuilt] = useState<{ mode: string; table: DrawingTable } | null>(null);
  useEffect(() => {
    let handle = 0;
    let cancelled = false;
    void import('./table-builder').then(({ tableBuilder }) => {
      if (cancelled) return;
      const builder = tableBuilder(
        starts,
        (day) => buildFlow(prepared, rows, snapshotAt(prepared.dataset, day), options),
        fitsWhole,
      );
      const work = (deadline?: IdleDeadline) => {
        // At least one interval per slice, also when the browser was busy until the timeout, and
        // slices of at most 8 ms, so a slow phone (4× slower) never sees a task over 50 ms.
        const until = performance.now() + Math.min(8, Math.max(4, deadline?.timeRemaining() ?? 8));
        do if (!builder.step()) return startTransition(() => setBuilt({ mode, table: builder.table() }));
        while (performance.now() < until);
        handle = idle(work);
      };
      handle = idle(work);
    });
    return () => {
      cancelled = true;
      cancelIdle(handle);
    };
    // The options are the mode's: rebuild when the mode changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prepared, rows, starts, mode]);
  return built !== null && built.mode === mode ? built.table : null;
}
