import { dayFromNumber, dayNumber } from '../model/dates';
import type { Day } from '../model/types';

interface DateSliderProps {
  date: Day;
  minDay: Day;
  maxDay: Day;
  onChange: (date: Day) => void;
}

/** A native range input: role slider, keyboard support, and the date as its value text. */
export function DateSlider({ date, minDay, maxDay, onChange }: DateSliderProps) {
  const firstYear = Number(minDay.slice(0, 4));
  const lastYear = Number(maxDay.slice(0, 4));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const min = dayNumber(minDay);
  const span = dayNumber(maxDay) - min;
  return (
    <div className="flex items-center gap-4">
      <output htmlFor="date-slider" className="w-28 shrink-0 font-mono text-lg font-semibold tabular-nums" aria-live="off">
        {date}
      </output>
      <div className="relative grow pb-5">
        <input
          id="date-slider"
          type="range"
          aria-label="Date"
          aria-valuetext={date}
          min={min}
          max={dayNumber(maxDay)}
          step={1}
          value={dayNumber(date)}
          onChange={(e) => onChange(dayFromNumber(Number(e.target.value)))}
          className="w-full accent-sky-700"
        />
        <div aria-hidden="true" className="absolute inset-x-0 bottom-0 h-4 text-xs text-slate-600">
          {years.map((year) => (
            <span
              key={year}
              className="absolute -translate-x-1/2"
              style={{ left: `${((dayNumber(`${year}-01-01`) - min) / span) * 100}%` }}
            >
              {year === firstYear || year % 2 === 1 ? year : ''}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
