import { memo } from 'react';
import type { Day } from '../../model/types';
import { trackPercent } from './DateSlider';

export const YearAxis = memo(function YearAxis({ minDay, maxDay }: { minDay: Day; maxDay: Day }) {
  const first = Number(minDay.slice(0, 4));
  const years = Array.from({ length: Number(maxDay.slice(0, 4)) - first + 1 }, (_, i) => first + i);
  return (
    <div aria-hidden="true" className="relative h-4 text-xs text-slate-600">
      {years.map((year) => (
        <span
          key={year}
          className="absolute -translate-x-1/2"
          style={{ left: trackPercent(`${year}-01-01`, minDay, maxDay) }}
        >
          {year === first || year % 2 === 1 ? year : ''}
        </span>
      ))}
    </div>
  );
});
