import type { Prepared } from '../../model/explorer';
import { snapshotAt } from '../../model/snapshot';
import type { Day } from '../../model/types';
import { rowNodes } from '../to-flow';
import { buildFlow, type Flow } from '../views';

/** The parts of the view state that decide what the canvas draws. */
export interface DrawnView {
  date: Day;
  focus: string | null;
  figure: boolean;
  compare: Day | null;
  node: string | null;
}

/** The nodes and edges the canvas draws for a view on its day, from the canvas's own buildFlow. */
export function flowOfView(prepared: Prepared, view: DrawnView): Flow {
  const { dataset, layout } = prepared;
  const focus = dataset.stacks.find((s) => s.id === view.focus) ?? null;
  const open = view.node === null ? null : (layout.groupOf.get(view.node) ?? null);
  return buildFlow(prepared, rowNodes(layout), snapshotAt(dataset, view.date), {
    focus,
    isolate: view.figure,
    compare: view.compare,
    open,
  });
}
