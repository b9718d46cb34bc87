import { useRef, type KeyboardEvent } from 'react';
import { addDays, dayFromNumber, dayNumber } from '../../model/dates';
import type { Day } from '../../model/types';

interface DateSliderProps {
  date: Day;
  minDay: Day;
  maxDay: Day;
  /** A move during a drag (or a held key): replaces the history entry. */
  onDrag: (date: Day) => void;
  /** A discrete move, or the first move of a drag: pushes one history entry. */
  onJump: (date: Day) => void;
}

/**
 * A native range input (role slider, arrows move a day) with PageUp/PageDown moving a year.
 * A drag pushes one history entry when it starts and replaces it while it moves, so Back
 * returns to the day before the drag.
 */
export function DateSlider({ date, minDay, maxDay, onDrag, onJump }: DateSliderProps) {
  const starting = useRef(false);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    starting.current = !e.repeat;
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    const year = `${Number(date.slice(0, 4)) + (e.key === 'PageUp' ? 1 : -1)}${date.slice(4)}`;
    const target = year.endsWith('-02-29') ? addDays(year.replace(/-29$/, '-28'), 0) : year;
    onJump(target < minDay ? minDay : target > maxDay ? maxDay : target);
  };
  return (
    <input
      id="date-slider"
      type="range"
      aria-label="Date"
      aria-valuetext={date}
      aria-keyshortcuts="PageUp PageDown Home End"
      min={dayNumber(minDay)}
      max={dayNumber(maxDay)}
      step={1}
      value={dayNumber(date)}
      onPointerDown={() => (starting.current = true)}
      onChange={(e) => {
        const day = dayFromNumber(Number(e.target.value));
        if (starting.current) onJump(day);
        else onDrag(day);
        starting.current = false;
      }}
      onKeyDown={onKeyDown}
      className="block w-full accent-sky-700"
    />
  );
}

/** Where a day sits along the track, as a CSS percentage. */
export function trackPercent(day: Day, minDay: Day, maxDay: Day): string {
  const min = dayNumber(minDay);
  return `${((dayNumber(day) - min) / (dayNumber(maxDay) - min)) * 100}%`;
}
