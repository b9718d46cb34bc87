import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { chronicleMessages } from './messages';
import type { Grouping } from '../model/chronicle-groups';
import { dayAt, panSpan, xOf, zoomSpan, type TimeScale } from '../model/chronicle-scale';
import { dayNumber } from '../model/dates';
import type { Stack } from '../model/types';
import { getExplorer, useLang, usePrepared } from '../state/store';
import { ChronicleAxis } from './ChronicleAxis';
import { ChronicleBars } from './ChronicleBars';
import { ChronicleToolbar } from './ChronicleToolbar';
import { DateLine } from './DateLine';
import { gutterFor, lanesFor, PAD_RIGHT } from './geometry';
import { useChronicleModel } from './useChronicleModel';
import { useDateDrag } from './useDateDrag';
import { useVisibleRows } from './useVisibleRows';
import { useWidth } from './useWidth';
import './chronicle.css';

export interface ChronicleProps {
  focus: Stack | null;
  compare: string | null;
  selected: string | null;
}

/** Every component's life on one timeline, grouped by family or role, with the shown date as a line. */
export const Chronicle = memo(function Chronicle({ focus, compare, selected }: ChronicleProps) {
  const prepared = usePrepared();
  const c = chronicleMessages(useLang());
  const limits = useMemo(
    () => ({ from: dayNumber(prepared.minDay), to: dayNumber(prepared.maxDay) + 1 }),
    [prepared],
  );
  const [span, setSpan] = useState(limits);
  const [grouping, setGrouping] = useState<Grouping>('family');
  const { layout, emphasis } = useChronicleModel(grouping, focus, compare);
  const box = useRef<HTMLDivElement>(null);
  const body = useRef<SVGSVGElement>(null);
  const width = useWidth(box);
  useRenderMark(width > 0);
  const band = useVisibleRows(box, body, width > 0);
  const scale = useMemo<TimeScale>(
    () => ({ ...span, left: gutterFor(width), right: Math.max(gutterFor(width) + 10, width - PAD_RIGHT) }),
    [span, width],
  );
  const grab = useDateDrag(
    scale,
    useCallback(() => body.current, []),
  );

  // Wheel on the axis (or a pinch, which arrives as ctrl+wheel) zooms; sideways scrolling pans.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const onAxis = (e.target as Element).closest?.('[data-testid="chronicle-axis"]');
      if (!onAxis && !e.ctrlKey) return;
      e.preventDefault();
      const x = e.clientX - el.getBoundingClientRect().left;
      const perPx = (scale.to - scale.from) / (scale.right - scale.left);
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY))
        setSpan((s) => panSpan(s, e.deltaX * perPx, limits.from, limits.to));
      else setSpan((s) => zoomSpan(s, Math.exp(e.deltaY * 0.002), dayAt(scale, x), limits.from, limits.to));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [scale, limits]);

  const zoom = (factor: number) => {
    const date = dayNumber(getExplorer().view.date);
    const anchor = date >= span.from && date < span.to ? date : (span.from + span.to) / 2;
    setSpan((s) => zoomSpan(s, factor, anchor, limits.from, limits.to));
  };
  const whole = span.from === limits.from && span.to === limits.to;
  const compareX =
    compare !== null && dayNumber(compare) >= span.from && dayNumber(compare) < span.to
      ? xOf(scale, dayNumber(compare))
      : null;

  return (
    <section
      className="flex h-full min-h-0 flex-col"
      aria-label={c.chronicleRegion}
      data-chronicle={grouping}
    >
      <ChronicleToolbar
        grouping={grouping}
        onGrouping={setGrouping}
        onZoom={zoom}
        onWhole={whole ? null : () => setSpan(limits)}
        selected={layout.rows.find((r) => r.kind === 'bar' && r.bar.id === selected)}
        minDay={prepared.minDay}
      />
      <div ref={box} className="min-h-0 grow overflow-y-auto overflow-x-hidden">
        {width > 0 && (
          <>
            <div className="sticky top-0 z-10 border-b border-slate-200 bg-white">
              <ChronicleAxis
                scale={scale}
                width={width}
                lanes={lanesFor(width)}
                events={prepared.dataset.events}
                compare={compare}
                onZoom={setSpan}
                limits={limits}
              />
            </div>
            <svg
              ref={body}
              width={width}
              height={layout.height}
              className="block select-none"
              data-testid="chronicle-body"
            >
              <defs>
                <pattern
                  id="chronicle-hatch"
                  width={5}
                  height={5}
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <line y2={5} className="stroke-orange-800" strokeWidth={2.5} />
                </pattern>
              </defs>
              <ChronicleBars
                layout={layout}
                scale={scale}
                width={width}
                grouping={grouping}
                emphasis={emphasis}
                selected={selected}
                band={band}
                minDay={prepared.minDay}
              />
              {compareX !== null && (
                <line
                  x1={compareX}
                  x2={compareX}
                  y2={layout.height}
                  className="stroke-violet-700"
                  strokeDasharray="4 3"
                  strokeWidth={2}
                />
              )}
              <DateLine
                scale={scale}
                top={0}
                bottom={layout.height}
                onGrab={grab}
                testId="chronicle-date-line"
              />
            </svg>
          </>
        )}
      </div>
    </section>
  );
});

/** Marks `chronicle-render`: from the chronicle's first render to the first frame with its bars (read by npm run bench). */
function useRenderMark(drawn: boolean): void {
  const [start] = useState(() => performance.now());
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!drawn || marked.current) return;
    marked.current = true;
    requestAnimationFrame(() => performance.measure('chronicle-render', { start, end: performance.now() }));
  }, [drawn, start]);
}
