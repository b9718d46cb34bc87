import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { chronicleMessages } from './messages';
import { estimateWidth } from '../canvas/export/drawing';
import { fitText } from '../canvas/export/svg-text';
import { messages } from '../i18n';
import type { LifeBar } from '../model/chronicle-bars';
import type { Grouping, RowLayout } from '../model/chronicle-groups';
import { ticks, xOf, type TimeScale } from '../model/chronicle-scale';
import { dayFromNumber, startDay } from '../model/dates';
import { patchView, setPlaying } from '../state/actions';
import { useLang } from '../state/store';
import { BarRow } from './BarRow';
import { emphasisOf, type EmphasisSource } from './emphasis';
import { HEADING, ROW } from './geometry';
import type { RowWindow } from './useVisibleRows';

interface BarsProps {
  layout: RowLayout;
  scale: TimeScale;
  width: number;
  grouping: Grouping;
  emphasis: EmphasisSource;
  selected: string | null;
  /** Only rows in this band are rendered (plus the keyboard's and the selected one). */
  band: RowWindow;
  minDay: string;
}

/** The first day the explorer can show of a component's life. */
export function firstDay(bar: LifeBar, minDay: string): string {
  const day = startDay(bar.since);
  return day < minDay ? minDay : day;
}

/** Select a bar's component (details panel); with `jump`, also go to its first day, as one history entry. */
export function selectBar(bar: LifeBar, jump: boolean, minDay: string): void {
  setPlaying(false);
  patchView(jump ? { node: bar.id, date: firstDay(bar, minDay) } : { node: bar.id }, 'push');
}

/**
 * Every row of the chronicle: group headings, year lines, and one focusable bar per component
 * (one tab stop; arrows move between bars). It never reads the date, so scrubbing leaves it alone.
 */
export const ChronicleBars = memo(function ChronicleBars({
  layout,
  scale,
  width,
  grouping,
  emphasis,
  selected,
  band,
  minDay,
}: BarsProps) {
  const lang = useLang();
  const t = messages(lang);
  const c = chronicleMessages(lang);
  const bars = useMemo(() => layout.rows.flatMap((r) => (r.kind === 'bar' ? [r.bar] : [])), [layout]);
  const [active, setActive] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());
  // A bar reached by the keyboard may not be rendered yet: focus it once it is (focus scrolls it into view).
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (pendingFocus === null) return;
    refs.current.get(pendingFocus)?.focus();
    setPendingFocus(null);
  }, [pendingFocus]);
  const tabStop = active ?? selected ?? bars[0]?.id;
  const gutter = scale.left;

  // A link that selects a component (node=) opens the chronicle scrolled to its bar.
  const linked = useRef(selected);
  useLayoutEffect(() => {
    if (linked.current !== null) refs.current.get(linked.current)?.scrollIntoView({ block: 'center' });
  }, []);

  const refFor = useCallback((id: string, el: SVGGElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  }, []);
  const onClick = useCallback(
    (bar: LifeBar, e: MouseEvent) => selectBar(bar, e.shiftKey || e.altKey, minDay),
    [minDay],
  );
  const onFocus = useCallback((bar: LifeBar) => setActive(bar.id), []);
  const onKeyDown = useCallback(
    (bar: LifeBar, e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation(); // Space on a bar selects it; it must not also play (src/ui/useShortcuts.ts)
        return selectBar(bar, e.shiftKey, minDay);
      }
      const i = bars.indexOf(bar);
      const next = {
        ArrowDown: i + 1,
        ArrowUp: i - 1,
        Home: 0,
        End: bars.length - 1,
        PageDown: i + 10,
        PageUp: i - 10,
      }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      const target = bars[Math.min(bars.length - 1, Math.max(0, next))];
      setActive(target.id);
      setPendingFocus(target.id);
    },
    [bars, minDay],
  );

  const names = useMemo(
    () =>
      new Map(
        bars.map((b) => [b.id, fitText(b.name, gutter - 14, { size: 12, weight: 400 }, estimateWidth)]),
      ),
    [bars, gutter],
  );
  const until = (bar: LifeBar) =>
    (bar.until ?? t.today) +
    (bar.deprecated !== null ? ` (${t.deprecatedOn(dayFromNumber(bar.deprecated))})` : '');

  return (
    <g>
      {ticks(scale).map((tick) =>
        tick.labelled ? (
          <line
            key={tick.day}
            x1={xOf(scale, tick.day)}
            x2={xOf(scale, tick.day)}
            y2={layout.height}
            className={tick.kind === 'year' ? 'stroke-slate-200' : 'stroke-slate-100'}
          />
        ) : null,
      )}
      {layout.rows.map((row) =>
        row.kind === 'group' ? (
          <g key={`group:${row.key}`}>
            <rect y={row.y} width={width} height={HEADING} className="fill-slate-100" />
            <text
              x={8}
              y={row.y + 17}
              fontSize={12}
              className="fill-slate-900 font-semibold"
              role="heading"
              aria-level={3}
            >
              {grouping === 'family'
                ? c.families[row.key as keyof typeof c.families]
                : t.roles[row.key as keyof typeof t.roles]}
            </text>
          </g>
        ) : (row.y + ROW < band.top || row.y > band.bottom) &&
          row.bar.id !== tabStop &&
          row.bar.id !== selected ? null : (
          <BarRow
            key={row.bar.id}
            bar={row.bar}
            y={row.y}
            scale={scale}
            width={width}
            name={names.get(row.bar.id)!}
            label={c.barLabel(row.bar.name, row.bar.since, until(row.bar))}
            emphasis={emphasisOf(row.bar.id, emphasis)}
            selected={row.bar.id === selected}
            tabbable={row.bar.id === tabStop}
            onClick={onClick}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
            refFor={refFor}
          />
        ),
      )}
    </g>
  );
});
