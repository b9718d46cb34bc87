import { useMemo } from 'react';
import { lifeBar, lifeChanges, lifeChangesKey } from '../model/chronicle-bars';
import { groupBars, layoutRows, type Grouping } from '../model/chronicle-groups';
import type { Stack } from '../model/types';
import { getExplorer, useExplorer, usePrepared } from '../state/store';
import type { EmphasisSource } from './emphasis';
import { HEADING, ROW } from './geometry';

/** Bars and rows (once per dataset and grouping) and what stands out (focus, compare). */
export function useChronicleModel(grouping: Grouping, focus: Stack | null, compare: string | null) {
  const { components, asOf } = usePrepared().dataset;
  const bars = useMemo(() => components.map((c) => lifeBar(c, asOf)), [components, asOf]);
  const layout = useMemo(() => layoutRows(groupBars(bars, grouping), HEADING, ROW), [bars, grouping]);
  // A string selector: the view redraws when what was added or removed changes, not on every day.
  const changesKey = useExplorer((s) => (compare === null ? '' : lifeChangesKey(bars, compare, s.view.date)));
  const emphasis = useMemo<EmphasisSource>(() => {
    const date = getExplorer().view.date;
    const changes =
      compare === null || changesKey === ''
        ? { added: new Set<string>(), removed: new Set<string>() }
        : lifeChanges(bars, compare, date);
    return { focus: focus === null ? null : new Set(focus.components), ...changes };
  }, [bars, compare, focus, changesKey]);
  return { bars, layout, emphasis };
}
