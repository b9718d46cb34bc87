import type { KeyboardEvent } from 'react';
import { addDays, dayFromNumber, dayNumber } from '../../model/dates';
import type { Day } from '../../model/types';

interface DateSliderProps {
  date: Day;
  minDay: Day;
  maxDay: Day;
  onDrag: (date: Day) => void;
  onJump: (date: Day) => void;
}

/** A native range input (role slider, arrows move a day) with PageUp/PageDown moving a year. */
export function DateSlider({ date, minDay, maxDay, onDrag, onJump }: DateSliderProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
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
      onChange={(e) => onDrag(dayFromNumber(Number(e.target.value)))}
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
