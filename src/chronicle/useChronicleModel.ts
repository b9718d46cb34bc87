import { useMemo } from 'react';
import { lifeBar, lifeChanges, lifeChangesKey } from '../model/chronicle-bars';
import { groupBars, layoutRows, type Grouping } from '../model/chronicle-groups';
import type { Prepared } from '../model/explorer';
import type { Stack } from '../model/types';
import { useExplorer } from '../state/store';
import type { EmphasisSource } from './emphasis';
import { HEADING, ROW } from './geometry';

/** Bars and rows (once per dataset and grouping) and what stands out (focus, compare). */
export function useChronicleModel(prepared: Prepared, grouping: Grouping, focus: Stack | null, compare: string | null) {
  const { components, asOf } = prepared.dataset;
  const bars = useMemo(() => components.map((c) => lifeBar(c, asOf)), [components, asOf]);
  const layout = useMemo(() => layoutRows(groupBars(bars, grouping), HEADING, ROW), [bars, grouping]);
  // A string selector: the view redraws when what was added or removed changes, not on every day.
  const changesKey = useExplorer((s) => (compare === null || s.view === null ? '' : lifeChangesKey(bars, compare, s.view.date)));
  const emphasis = useMemo<EmphasisSource>(() => {
    const date = useExplorer.getState().view?.date;
    const changes = compare === null || date === undefined || changesKey === '' ? { added: new Set<string>(), removed: new Set<string>() } : lifeChanges(bars, compare, date);
    return { focus: focus === null ? null : new Set(focus.components), ...changes };
  }, [bars, compare, focus, changesKey]);
  return { bars, layout, emphasis };
}
