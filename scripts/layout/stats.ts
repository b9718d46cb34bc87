import { CARD_COLUMN, GUTTER } from '../../src/model/layout';
import { computeLayout } from '../../src/model/layout-compute';
import { countCrossings, overviewOf, segmentOf } from '../../src/model/overview';
import { snapshotAt } from '../../src/model/snapshot';
import { changeDays, TIMELINE_START } from '../../src/model/timeline';
import type { Dataset } from '../../src/model/types';

/** Crossings of straight calls on every change day of the overview, and its widest day in columns. */
export function overviewStats(dataset: Dataset, columns?: ReadonlyMap<string, number>) {
  const layout = computeLayout(dataset.components, dataset.relations, columns);
  let sum = 0;
  let max = 0;
  let worst = '';
  let right = 0;
  const days = [TIMELINE_START, ...changeDays(dataset)];
  for (const day of days) {
    const overview = overviewOf(snapshotAt(dataset, day), layout);
    const box = (id: string) => layout.boxes.get(id)!;
    const crossings = countCrossings(overview.edges.map((e) => segmentOf(box(e.source), box(e.target))));
    sum += crossings;
    if (crossings > max) [max, worst] = [crossings, day];
    for (const id of [...overview.components.map((c) => c.id), ...overview.groups.map((g) => g.id)]) {
      const b = layout.boxes.get(id)!;
      right = Math.max(right, Math.round((b.x + b.width - GUTTER) / CARD_COLUMN));
    }
  }
  return { mean: sum / days.length, max, worst, columns: right };
}
