import { useState } from 'react';
import { isDay } from '../../model/dates';
import type { Day } from '../../model/types';
import { useExplorer } from '../../state/store';
import { useMessages } from '../../i18n/useMessages';

interface CompareControlProps {
  compare: Day | null;
  date: Day;
  minDay: Day;
  maxDay: Day;
}

/** Compare the shown date with another: what was added, what went, what replaced what. */
export function CompareControl({ compare, date, minDay, maxDay }: CompareControlProps) {
  const setCompare = useExplorer((s) => s.setCompare);
  const t = useMessages();
  // What is typed: while the year is being typed the input holds days like 0002-06-01, which
  // must stay in the field (not reset it) until they make a day within the data.
  const [draft, setDraft] = useState(compare ?? '');
  const [shown, setShown] = useState(compare);
  if (shown !== compare) {
    setShown(compare);
    setDraft(compare ?? '');
  }
  const onChange = (value: string) => {
    setDraft(value);
    if (value === '') setCompare(null);
    else if (isDay(value) && value >= minDay && value <= maxDay && value !== date) setCompare(value);
  };
  return (
    <div className="flex items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        {t.compareWith}
        <input type="date" min={minDay} max={maxDay} value={draft} onChange={(e) => onChange(e.target.value)} className="rounded border border-slate-300 px-1" />
      </label>
      {compare !== null && (
        <button type="button" className="btn" onClick={() => setCompare(null)}>
          {t.stopComparing}
        </button>
      )}
    </div>
  );
}
