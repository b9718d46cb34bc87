import { computeLayout } from './layout-compute';
import chosenColumns from './layout-columns.json';
import type { Prepared } from './explorer';
import { changeDays, TIMELINE_START } from './timeline';
import type { Dataset } from './types';

/**
 * Everything derived once from the dataset, computed here: by the build (published as
 * data/prepared.json, so the page does not lay out at start), by tests and scripts, and by the
 * page itself when the published file does not fit its dataset (a dataset.json replaced after the build).
 */
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
