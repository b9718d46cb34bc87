import { isDay } from '../../model/dates';
import type { Day } from '../../model/types';
import { useExplorer } from '../../state/store';
import { useMessages } from '../../i18n/useMessages';

/** Compare the shown date with another: what was added, what went, what replaced what. */
export function CompareControl({ compare, date, minDay, maxDay }: { compare: Day | null; date: Day; minDay: Day; maxDay: Day }) {
  const setCompare = useExplorer((s) => s.setCompare);
  const t = useMessages();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        {t.compareWith}
        <input
          type="date"
          min={minDay}
          max={maxDay}
          value={compare ?? ''}
          onChange={(e) => setCompare(isDay(e.target.value) && e.target.value !== date ? e.target.value : null)}
          className="rounded border border-slate-300 px-1"
        />
      </label>
      {compare !== null && (
        <button type="button" className="btn" onClick={() => setCompare(null)}>
          {t.stopComparing}
        </button>
      )}
    </div>
  );
}
