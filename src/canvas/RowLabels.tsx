import { useStore } from '@xyflow/react';
import { GUTTER, LANE_HEIGHT, ROWS, type Layout } from '../model/layout';
import { useMessages } from '../i18n/useMessages';

/**
 * The row names, pinned to the canvas's left edge at a fixed type size: they follow the rows up and
 * down as the view pans and zooms, and stay readable at any zoom.
 */
export function RowLabels({ layout }: { layout: Layout }) {
  const [, y, zoom] = useStore((s) => s.transform);
  const t = useMessages();
  const width = Math.min(120, Math.max(56, GUTTER * zoom - 6));
  // Zoomed so far out that a row is shorter than two lines of its name, the names would overlap.
  if (LANE_HEIGHT * zoom < 24) return null;
  return (
    <ol
      className="row-labels pointer-events-none absolute inset-y-0 left-0 z-[5]"
      aria-label={t.rowNames}
      style={{ width }}
    >
      {ROWS.filter((row) => (layout.rowHeight.get(row.id) ?? 0) > 0).map((row) => (
        <li
          key={row.id}
          className="absolute left-0 flex w-full items-center px-1 text-[11px] leading-tight font-semibold text-slate-700"
          style={{ top: y + layout.rowTop.get(row.id)! * zoom, height: layout.rowHeight.get(row.id)! * zoom }}
        >
          {t.rows[row.id]}
        </li>
      ))}
    </ol>
  );
}
