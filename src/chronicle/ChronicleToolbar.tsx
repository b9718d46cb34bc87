import { chronicleMessages } from './messages';
import type { Grouping, RowLayout } from '../model/chronicle-groups';
import { useLang } from '../state/store';
import { firstDay, selectBar } from './ChronicleBars';

interface ToolbarProps {
  grouping: Grouping;
  onGrouping: (g: Grouping) => void;
  onZoom: (factor: number) => void;
  /** Null when the whole history is shown already. */
  onWhole: (() => void) | null;
  selected: RowLayout['rows'][number] | undefined;
  minDay: string;
}

/** Grouping, zoom, the selected component's first day, and a key to the marks. */
export function ChronicleToolbar({ grouping, onGrouping, onZoom, onWhole, selected, minDay }: ToolbarProps) {
  const c = chronicleMessages(useLang());
  const bar = selected?.kind === 'bar' ? selected.bar : null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-4 py-1 text-sm">
      <label className="flex items-center gap-1">
        {c.groupBy}
        <select
          value={grouping}
          onChange={(e) => onGrouping(e.target.value as Grouping)}
          className="rounded border border-slate-300 bg-white px-1"
        >
          {(['family', 'role'] as const).map((g) => (
            <option key={g} value={g}>
              {c.groupings[g]}
            </option>
          ))}
        </select>
      </label>
      <div className="flex gap-1">
        <button type="button" className="btn" onClick={() => onZoom(0.5)} aria-label={c.zoomIn}>
          <span aria-hidden="true" className="sm:hidden">
            +
          </span>
          <span aria-hidden="true" className="hidden sm:inline">
            {c.zoomIn}
          </span>
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => onZoom(2)}
          disabled={onWhole === null}
          aria-label={c.zoomOut}
        >
          <span aria-hidden="true" className="sm:hidden">
            −
          </span>
          <span aria-hidden="true" className="hidden sm:inline">
            {c.zoomOut}
          </span>
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => onWhole?.()}
          disabled={onWhole === null}
          aria-label={c.wholeHistory}
        >
          <span aria-hidden="true" className="sm:hidden">
            ↔
          </span>
          <span aria-hidden="true" className="hidden sm:inline">
            {c.wholeHistory}
          </span>
        </button>
      </div>
      {bar && (
        <button type="button" className="btn" onClick={() => selectBar(bar, true, minDay)}>
          {c.firstDayOf(bar.name, firstDay(bar, minDay))}
        </button>
      )}
      <p className="hidden text-xs text-slate-600 lg:block">
        <span className="mr-2 inline-block h-2 w-5 rounded-sm bg-gradient-to-r from-slate-500/30 to-slate-500 align-middle" />{' '}
        {c.chronicleKey.soft} ·{' '}
        <span className="chronicle-key-hatch mx-1 inline-block h-2 w-5 rounded-sm align-middle" />{' '}
        {c.chronicleKey.deprecated} · {c.chronicleKey.release} · {c.chronicleKey.open}
        <span className="block">{c.chronicleHelp}</span>
      </p>
    </div>
  );
}
