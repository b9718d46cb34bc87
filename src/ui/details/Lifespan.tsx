import { precisionOf, startDay } from '../../model/dates';
import type { Component, Day } from '../../model/types';
import { trackPercent } from '../timeline/DateSlider';
import { useLang } from '../../state/store';
import { detailsMessages } from './messages';
import { useMessages } from '../../i18n/useMessages';

/** The component's life as a bar on the time axis, with the shown date marked. */
export function Lifespan({
  component,
  date,
  minDay,
  maxDay,
}: {
  component: Component;
  date: Day;
  minDay: Day;
  maxDay: Day;
}) {
  const from = startDay(component.since) < minDay ? minDay : startDay(component.since);
  const to = component.until === null ? maxDay : startDay(component.until);
  const left = trackPercent(from, minDay, maxDay);
  const width = `calc(${trackPercent(to, minDay, maxDay)} - ${left})`;
  const t = useMessages();
  const d = detailsMessages(useLang());
  return (
    <div>
      <p className="text-sm">
        <span className="text-slate-600">{d.lifespan} </span>
        {component.since}{' '}
        <span className="text-slate-600">({d.precision[precisionOf(component.since)]})</span> –{' '}
        {component.until === null ? (
          t.today
        ) : (
          <>
            {component.until}{' '}
            <span className="text-slate-600">({d.precision[precisionOf(component.until)]})</span>
          </>
        )}
        {component.deprecated && <> · {t.deprecatedOn(component.deprecated)}</>}
      </p>
      <div className="relative mt-1 h-3 rounded bg-slate-100" aria-hidden="true">
        <div className="absolute inset-y-0 rounded bg-sky-600" style={{ left, width }} />
        <div
          className="absolute -inset-y-1 w-0.5 bg-slate-900"
          style={{ left: trackPercent(date, minDay, maxDay) }}
        />
      </div>
    </div>
  );
}
