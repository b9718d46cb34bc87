import { computeLayout, type Layout } from './layout';
import chosenColumns from './layout-columns.json';
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
    // The overview's columns were chosen ahead by `npm run layout` (crossing minimisation over all of history).
    layout: computeLayout(dataset.components, dataset.relations, new Map(Object.entries(chosenColumns))),
    changes: changeDays(dataset),
    minDay: TIMELINE_START,
    maxDay: dataset.asOf,
  };
}
