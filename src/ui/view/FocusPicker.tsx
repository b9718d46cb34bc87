import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { startDay } from '../../model/dates';
import type { Stack } from '../../model/types';
import { stacksInUse } from '../../model/stacks';
import { setDate, setFigure, setFocus } from '../../state/actions';
import { useExplorer, useLang, usePrepared } from '../../state/store';
import { useMessages } from '../../i18n/useMessages';
import { useSettledDay } from '../SettledDay';

/** Pick a stack that exists on the shown date; its path stands out, or is drawn alone. */
export function FocusPicker() {
  const { stacks } = usePrepared().dataset;
  const focus = useExplorer((s) => s.view.focus);
  const figure = useExplorer((s) => s.view.figure);
  const t = useMessages();
  // Which stacks the day has, not the day: a drag re-renders the picker only when they change.
  const today = useExplorer(useShallow((s) => stacksInUse(stacks, s.view.date)));
  const focused = stacks.find((s) => s.id === focus);
  const absent = focused && !today.includes(focused);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        {t.focus}
        {/* A fixed width: the options change with the day, the controls beside it must not move. */}
        <select
          value={focus ?? ''}
          onChange={(e) => setFocus(e.target.value || null)}
          className="w-52 truncate rounded border border-slate-300 bg-white px-1"
        >
          <StackOptions focused={focused} absent={!!absent} />
        </select>
      </label>
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={figure && !!focused}
          disabled={!focused || absent}
          // Checked at once: the canvas draws the figure when its code, a chunk of its own, is here.
          onChange={(e) => setFigure(e.target.checked)}
        />
        {t.stackOnly}
      </label>
      {absent && (
        <button type="button" className="btn" onClick={() => setDate(startDay(focused.since), 'push')}>
          {t.jumpTo(focused.since)}
        </button>
      )}
    </div>
  );
}

/**
 * The stacks of the day the slider stops on (useSettledDay), grouped. Memoised: the picker
 * re-renders when the shown day's stacks change during a drag, and the browser measures every
 * option's text each time the options change.
 */
const StackOptions = memo(function StackOptions({
  focused,
  absent,
}: {
  focused: Stack | undefined;
  absent: boolean;
}) {
  const { stacks } = usePrepared().dataset;
  const listed = stacksInUse(stacks, useSettledDay());
  const lang = useLang();
  const t = useMessages();
  // The article's figure ids (cr4, …) mean nothing to a reader: group by them instead of showing them.
  const groups = [
    { label: t.articleFigures, list: listed.filter((s) => s.figure) },
    { label: t.otherStacks, list: listed.filter((s) => !s.figure) },
  ].filter((g) => g.list.length > 0);
  return (
    <>
      <option value="">{t.allPaths}</option>
      {focused && !listed.includes(focused) && (
        <option value={focused.id}>
          {absent ? `${focused.name[lang]} ${t.notOnThisDate}` : focused.name[lang]}
        </option>
      )}
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.list.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[lang]}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
});
