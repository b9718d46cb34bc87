import { startDay } from '../../model/dates';
import type { DatasetEvent, Day } from '../../model/types';
import { setDate } from '../../state/actions';
import { useLang } from '../../state/store';
import { useMessages } from '../../i18n/useMessages';
import { KIND_COLOUR } from '../timeline/event-kinds';

const jump = (day: Day) => setDate(day, 'push');

/** Every event in date order, each a button to its day; those up to the shown day (`past`) in full colour. */
export function EventItems({ events, past }: { events: DatasetEvent[]; past: number }) {
  const t = useMessages();
  const lang = useLang();
  return (
    <ol aria-label={t.events} className="mt-2 space-y-1 text-sm">
      {events.map((e, i) => (
        <li key={e.id} className={i < past ? '' : 'text-slate-600'}>
          <button type="button" onClick={() => jump(startDay(e.date))} className="text-left hover:underline">
            <span
              className="mr-1 inline-block h-2 w-2 rounded-full"
              style={{ background: KIND_COLOUR[e.kind] }}
              aria-hidden="true"
            />
            <span className="font-mono text-xs">{e.date}</span> {e.title[lang]}
          </button>
        </li>
      ))}
    </ol>
  );
}
