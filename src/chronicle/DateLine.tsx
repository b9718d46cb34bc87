import { memo, type PointerEvent } from 'react';
import type { TimeScale } from '../model/chronicle-scale';
import { dayNumber } from '../model/dates';
import { useExplorer } from '../state/store';
import { dayCentre } from './geometry';

interface DateLineProps {
  scale: TimeScale;
  top: number;
  bottom: number;
  /** Starts a drag of the date (the line is grabbable). */
  onGrab?: (e: PointerEvent<Element>) => void;
  testId?: string;
}

/**
 * The shown date as a vertical line. The only part of the chronicle that reads the date:
 * a date change moves it with one transform and redraws nothing else.
 */
export const DateLine = memo(function DateLine({ scale, top, bottom, onGrab, testId }: DateLineProps) {
  const date = useExplorer((s) => s.view.date);
  const day = dayNumber(date);
  const hidden = day < scale.from || day >= scale.to;
  return (
    <g
      transform={`translate(${dayCentre(scale, day).toFixed(1)} 0)`}
      data-testid={testId}
      data-date={date}
      display={hidden ? 'none' : undefined}
    >
      <line y1={top} y2={bottom} className="stroke-sky-700" strokeWidth={2} />
      {onGrab && (
        <rect
          x={-6}
          y={top}
          width={12}
          height={bottom - top}
          fill="transparent"
          className="cursor-ew-resize"
          onPointerDown={onGrab}
          data-testid="chronicle-line-grip"
        />
      )}
    </g>
  );
});
