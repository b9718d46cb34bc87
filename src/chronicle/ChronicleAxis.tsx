import { memo, useCallback, useMemo, useRef, useState, type PointerEvent } from 'react';
import { estimateWidth } from '../canvas/export/drawing';
import { fitText } from '../canvas/export/svg-text';
import { brushSpan, dayAt, labelLanes, ticks, xOf, type TimeScale } from '../model/chronicle-scale';
import { dayNumber, startDay } from '../model/dates';
import type { DatasetEvent } from '../model/types';
import { KIND_COLOUR } from '../ui/timeline/event-kinds';
import { useLang } from '../state/store';
import { DateLine } from './DateLine';
import { LANE } from './geometry';
import { monthLabel } from './month-label';
import { useDateDrag } from './useDateDrag';

interface AxisProps {
  scale: TimeScale;
  width: number;
  lanes: number;
  events: DatasetEvent[];
  compare: string | null;
  onZoom: (span: { from: number; to: number }) => void;
  limits: { from: number; to: number };
}

const LABEL = { size: 10, weight: 400 };

/** Event labels in lanes above, the years (or months) below; press, drag or Shift-drag (zoom) on it. */
export const ChronicleAxis = memo(function ChronicleAxis({
  scale,
  width,
  lanes,
  events,
  compare,
  onZoom,
  limits,
}: AxisProps) {
  const lang = useLang();
  const svg = useRef<SVGSVGElement>(null);
  const grab = useDateDrag(
    scale,
    useCallback(() => svg.current, []),
  );
  const [brush, setBrush] = useState<{ a: number; b: number } | null>(null);
  const baseline = lanes * LANE + 10;
  const height = baseline + 20;

  const placed = useMemo(() => {
    const shown = events
      .map((e) => ({ event: e, day: dayNumber(startDay(e.date)) }))
      .filter((e) => e.day >= scale.from && e.day < scale.to)
      .sort((a, b) => a.day - b.day);
    const items = shown.map(({ event, day }) => {
      const text = fitText(event.title[lang], 170, LABEL, estimateWidth);
      return { event, x: xOf(scale, day), text, width: estimateWidth(text, LABEL) + 10 };
    });
    const lane = labelLanes(items, lanes);
    return items.map((item, i) => ({ ...item, lane: lane[i] }));
  }, [events, scale, lang, lanes]);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (!e.shiftKey || e.button !== 0 || !svg.current) return grab(e);
    e.preventDefault();
    const left = svg.current.getBoundingClientRect().left;
    const a = dayAt(scale, e.clientX - left);
    setBrush({ a, b: a });
    const move = (m: globalThis.PointerEvent) => setBrush({ a, b: dayAt(scale, m.clientX - left) });
    const up = (u: globalThis.PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      setBrush(null);
      onZoom(brushSpan(a, dayAt(scale, u.clientX - left), limits.from, limits.to));
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  return (
    <svg
      ref={svg}
      width={width}
      height={height}
      aria-hidden="true"
      className="block cursor-crosshair touch-none select-none"
      onPointerDown={onPointerDown}
      data-testid="chronicle-axis"
    >
      <rect x={scale.left} width={scale.right - scale.left} height={height} className="fill-slate-50" />
      {placed.map(({ event, x, text, width: w, lane }) => (
        <g key={event.id} data-event-id={event.id}>
          <title>{`${event.date} · ${event.title[lang]}`}</title>
          {lane !== null && (
            <line x1={x} x2={x} y1={baseline - lane * LANE - 8} y2={baseline} className="stroke-slate-300" />
          )}
          <circle cx={x} cy={baseline} r={3} fill={KIND_COLOUR[event.kind]} />
          {lane !== null && x + w < scale.right + 4 && (
            <text
              x={x + 3}
              y={baseline - lane * LANE - 4}
              fontSize={LABEL.size}
              className="chronicle-halo fill-slate-700"
            >
              {text}
            </text>
          )}
        </g>
      ))}
      <line x1={scale.left} x2={scale.right} y1={baseline} y2={baseline} className="stroke-slate-400" />
      {ticks(scale).map((t) => (
        <g key={t.day} transform={`translate(${xOf(scale, t.day)} ${baseline})`}>
          <line y2={t.kind === 'year' ? 6 : 3} className="stroke-slate-500" />
          {t.labelled && (
            <text
              y={17}
              fontSize={11}
              textAnchor="middle"
              className={t.kind === 'year' ? 'fill-slate-800 font-semibold' : 'fill-slate-600'}
            >
              {t.kind === 'year' ? t.year : `${monthLabel(t.month, lang)}${t.withYear ? ` ${t.year}` : ''}`}
            </text>
          )}
        </g>
      ))}
      {compare !== null && dayNumber(compare) >= scale.from && dayNumber(compare) < scale.to && (
        <line
          x1={xOf(scale, dayNumber(compare))}
          x2={xOf(scale, dayNumber(compare))}
          y1={0}
          y2={height}
          className="stroke-violet-700"
          strokeDasharray="4 3"
          strokeWidth={2}
        />
      )}
      {brush && (
        <rect
          x={xOf(scale, Math.min(brush.a, brush.b))}
          width={Math.abs(xOf(scale, brush.b) - xOf(scale, brush.a))}
          height={height}
          className="fill-sky-500/20 stroke-sky-700"
        />
      )}
      <DateLine scale={scale} top={0} bottom={height} testId="chronicle-axis-line" />
    </svg>
  );
});
