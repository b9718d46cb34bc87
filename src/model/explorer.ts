import type { Box, Layout, OpenGroup } from './layout';
import type { RowId } from './rows';
import { TIMELINE_START } from './timeline';
import type { Dataset, Day } from './types';

/** Everything derived once from the dataset when the app starts; nothing here runs while scrubbing. */
export interface Prepared {
  dataset: Dataset;
  layout: Layout;
  changes: Day[];
  minDay: Day;
  maxDay: Day;
}

/** What the build publishes beside the dataset (data/prepared.json): the layout and change days, as JSON. */
export interface PublishedPrepared {
  /** Which dataset it was computed from (fingerprintOf). */
  fingerprint: string;
  changes: Day[];
  layout: Omit<Layout, 'boxes' | 'groupOf' | 'open' | 'unitOf' | 'rowTop' | 'rowHeight'> & {
    boxes: [string, Box][];
    groupOf: [string, string][];
    open: [string, Omit<OpenGroup, 'members'> & { members: [string, Box][] }][];
    unitOf: [string, string][];
    rowTop: [RowId, number][];
    rowHeight: [RowId, number][];
  };
}

/** A short hash of what the layout and change days are computed from: every component's and relation's id and dates. */
export function fingerprintOf(dataset: Dataset): string {
  let hash = 2166136261;
  for (const item of [...dataset.components, ...dataset.relations]) {
    for (const ch of `${item.id}|${item.since}|${item.until ?? ''}|${'parent' in item ? (item.parent ?? '') : ''};`)
      hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  }
  return `${dataset.version}:${dataset.asOf}:${(hash >>> 0).toString(36)}`;
}

export function publish(prepared: Prepared): PublishedPrepared {
  const { layout } = prepared;
  return {
    fingerprint: fingerprintOf(prepared.dataset),
    changes: prepared.changes,
    layout: {
      ...layout,
      boxes: [...layout.boxes],
      groupOf: [...layout.groupOf],
      open: [...layout.open].map(([id, g]) => [id, { ...g, members: [...g.members] }]),
      unitOf: [...layout.unitOf],
      rowTop: [...layout.rowTop],
      rowHeight: [...layout.rowHeight],
    },
  };
}

/** The dataset prepared from what the build published, or null when that was computed from another dataset. */
export function fromPublished(dataset: Dataset, published: PublishedPrepared | null): Prepared | null {
  if (published === null || published.fingerprint !== fingerprintOf(dataset)) return null;
  const { layout } = published;
  return {
    dataset,
    layout: {
      ...layout,
      boxes: new Map(layout.boxes),
      groupOf: new Map(layout.groupOf),
      open: new Map(layout.open.map(([id, g]) => [id, { ...g, members: new Map(g.members) }])),
      unitOf: new Map(layout.unitOf),
      rowTop: new Map(layout.rowTop),
      rowHeight: new Map(layout.rowHeight),
    },
    changes: published.changes,
    minDay: TIMELINE_START,
    maxDay: dataset.asOf,
  };
}
