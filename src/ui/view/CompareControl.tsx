import { useState } from 'react';
import { isDay } from '../../model/dates';
import { setCompare } from '../../state/actions';
import { getExplorer, useExplorer, usePrepared } from '../../state/store';
import { useMessages } from '../../i18n/useMessages';

/** Compare the shown date with another: what was added, what went, what replaced what. */
export function CompareControl() {
  const compare = useExplorer((s) => s.view.compare);
  const { minDay, maxDay } = usePrepared();
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
    else if (isDay(value) && value >= minDay && value <= maxDay && value !== getExplorer().view.date)
      setCompare(value);
  };
  return (
    <div className="flex items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        {t.compareWith}
        <input
          type="date"
          min={minDay}
          max={maxDay}
          value={draft}
          onChange={(e) => onChange(e.target.value)}
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
