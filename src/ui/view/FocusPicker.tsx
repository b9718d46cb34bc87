import { startDay } from '../../model/dates';
import { isPresent } from '../../model/snapshot';
import type { Day, Stack } from '../../model/types';
import { useExplorer } from '../../state/store';
import type { Lang } from '../../url/view-state';
import { useMessages } from '../../i18n/useMessages';

/** Pick a stack that exists on the shown date; its path stands out, or is drawn alone. */
export function FocusPicker({ stacks, date, lang, focus }: { stacks: Stack[]; date: Day; lang: Lang; focus: string | null }) {
  const setFocus = useExplorer((s) => s.setFocus);
  const isolate = useExplorer((s) => s.isolate);
  const setIsolate = useExplorer((s) => s.setIsolate);
  const setDate = useExplorer((s) => s.setDate);
  const t = useMessages();
  const today = stacks.filter((s) => isPresent(s, date));
  const focused = stacks.find((s) => s.id === focus);
  const absent = focused && !isPresent(focused, date);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        {t.focus}
        <select value={focus ?? ''} onChange={(e) => setFocus(e.target.value || null)} className="max-w-72 rounded border border-slate-300 bg-white px-1">
          <option value="">{t.allPaths}</option>
          {absent && <option value={focused.id}>{focused.name[lang]} {t.notOnThisDate}</option>}
          {today.map((s) => (
            <option key={s.id} value={s.id}>
              {s.figure ? `${s.figure}: ` : ''}
              {s.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={isolate} disabled={!focused || absent} onChange={(e) => setIsolate(e.target.checked)} />
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
