import { diffSnapshots } from '../../model/diff';
import type { Prepared } from '../../model/explorer';
import { snapshotAt } from '../../model/snapshot';
import type { Day } from '../../model/types';
import { rowNodes } from '../to-flow';
import { compareView, focusedView, isolatedView, type Flow } from '../views';

/** The parts of the view state that decide what the canvas draws. */
export interface DrawnView {
  date: Day;
  focus: string | null;
  figure: boolean;
  compare: Day | null;
  node: string | null;
}

/**
 * The nodes and edges the canvas draws for a view, from the same pure functions (useFlow's choice:
 * compare, else this stack only, else the day with its focus and the selected part's family open).
 */
export function buildFlow(prepared: Prepared, view: DrawnView): Flow {
  const { dataset, layout } = prepared;
  const snapshot = snapshotAt(dataset, view.date);
  const rows = rowNodes(layout);
  if (view.compare !== null) {
    const before = snapshotAt(dataset, view.compare);
    return compareView(snapshot, before, diffSnapshots(before, snapshot), layout, rows);
  }
  const focus = dataset.stacks.find((s) => s.id === view.focus) ?? null;
  if (focus && view.figure) return isolatedView(snapshot, layout, focus);
  const open = view.node === null ? null : (layout.groupOf.get(view.node) ?? null);
  return focusedView(snapshot, layout, rows, focus, open);
}
