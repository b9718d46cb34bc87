import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { LifeBar } from '../model/chronicle-bars';
import { xOf, type TimeScale } from '../model/chronicle-scale';
import { BAR, ROW } from './geometry';
import { BAR_FILL, type BarEmphasis } from './emphasis';

interface BarRowProps {
  bar: LifeBar;
  y: number;
  scale: TimeScale;
  name: string;
  label: string;
  emphasis: BarEmphasis;
  selected: boolean;
  tabbable: boolean;
  width: number;
  onClick: (bar: LifeBar, e: MouseEvent) => void;
  onKeyDown: (bar: LifeBar, e: KeyboardEvent) => void;
  onFocus: (bar: LifeBar) => void;
  refFor: (id: string, el: SVGGElement | null) => void;
}

/** One component: its name in the gutter, its life as a bar (soft start, hatched deprecation, release ticks). */
export const BarRow = memo(function BarRow(p: BarRowProps) {
  const { bar, y, scale, emphasis } = p;
  const clip = (x: number) => Math.min(scale.right, Math.max(scale.left, x));
  const x0 = clip(xOf(scale, bar.start));
  const xKnown = clip(xOf(scale, bar.known));
  const x1 = clip(xOf(scale, bar.end));
  const top = y + (ROW - BAR) / 2;
  const fill = BAR_FILL[emphasis];
  const visible = x1 > x0;
  return (
    <g
      ref={(el) => p.refFor(bar.id, el)}
      role="button"
      tabIndex={p.tabbable ? 0 : -1}
      aria-label={p.label}
      aria-pressed={p.selected}
      data-bar-id={bar.id}
      data-emphasis={emphasis}
      className="chronicle-bar cursor-pointer outline-none"
      onClick={(e) => p.onClick(bar, e)}
      onKeyDown={(e) => p.onKeyDown(bar, e)}
      onFocus={() => p.onFocus(bar)}
    >
      <rect
        y={y}
        width={p.width}
        height={ROW}
        className={p.selected ? 'fill-sky-100' : 'chronicle-row-hit fill-transparent'}
      />
      <text
        x={8}
        y={y + 14}
        fontSize={12}
        className={`${emphasis === 'dimmed' ? 'fill-slate-600' : 'fill-slate-900'}${p.selected ? ' font-semibold' : ''}`}
      >
        {p.name}
      </text>
      {visible && (
        <g className={fill} opacity={emphasis === 'removed' ? 0.7 : 1}>
          {xKnown > x0 && <rect x={x0} y={top} width={xKnown - x0} height={BAR} opacity={0.35} />}
          {x1 > xKnown && <rect x={xKnown} y={top} width={x1 - xKnown} height={BAR} rx={2} />}
          {bar.deprecated !== null && bar.deprecated < bar.end && clip(xOf(scale, bar.deprecated)) < x1 && (
            <rect
              x={clip(xOf(scale, bar.deprecated))}
              y={top}
              width={x1 - clip(xOf(scale, bar.deprecated))}
              height={BAR}
              fill="url(#chronicle-hatch)"
            />
          )}
          {bar.open && x1 >= scale.right - 0.5 && (
            <path d={`M${x1},${top - 2} l6,${BAR / 2 + 2} l-6,${BAR / 2 + 2}z`} />
          )}
          {bar.start < scale.from && xOf(scale, bar.end) > scale.left && (
            <path d={`M${scale.left},${top - 2} l-6,${BAR / 2 + 2} l6,${BAR / 2 + 2}z`} />
          )}
          {bar.releases.map((r) =>
            r.day > bar.start && r.day < bar.end && r.day >= scale.from && r.day < scale.to ? (
              <line
                key={r.version + r.date}
                x1={xOf(scale, r.day)}
                x2={xOf(scale, r.day)}
                y1={top + 2}
                y2={top + BAR - 2}
                className="stroke-white"
                strokeWidth={1.5}
              >
                <title>{`${r.version} · ${r.date}`}</title>
              </line>
            ) : null,
          )}
        </g>
      )}
      {emphasis === 'removed' && visible && (
        <rect
          x={x0 - 1.5}
          y={top - 1.5}
          width={x1 - x0 + 3}
          height={BAR + 3}
          fill="none"
          className="stroke-red-700"
          strokeDasharray="4 2"
        />
      )}
      {emphasis === 'added' && visible && (
        <rect
          x={x0 - 1.5}
          y={top - 1.5}
          width={x1 - x0 + 3}
          height={BAR + 3}
          rx={3}
          fill="none"
          className="stroke-emerald-700"
          strokeWidth={1.5}
        />
      )}
      <rect
        x={1}
        y={y + 1}
        width={p.width - 2}
        height={ROW - 2}
        rx={3}
        fill="none"
        className="chronicle-focus-ring"
      />
    </g>
  );
});
