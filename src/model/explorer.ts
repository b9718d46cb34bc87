import { computeLayout, type Layout } from './layout';
import { changeDays, TIMELINE_START } from './timeline';
import type { Dataset, Day } from './types';

/** Everything derived once from the dataset when the app starts; nothing here runs while scrubbing. */
export interface Prepared {
  dataset: Dataset;
  layout: Layout;
  changes: Day[];
  minDay: Day;
  maxDay: Day;
}

export function prepare(dataset: Dataset): Prepared {
  return {
    dataset,
    layout: computeLayout(dataset.components, dataset.relations),
    changes: changeDays(dataset),
    minDay: TIMELINE_START,
    maxDay: dataset.asOf,
  };
}
