import { memo, useCallback, useMemo } from 'react';
import { addDays, startDay } from '../../model/dates';
import { diffSnapshots, isEmptyDiff } from '../../model/diff';
import type { Prepared } from '../../model/explorer';
import { snapshotAt, type Snapshot } from '../../model/snapshot';
import { summarize } from '../../model/story';
import { previousChange } from '../../model/timeline';
import { useExplorer } from '../../state/store';
import type { DatasetEvent, Day } from '../../model/types';
import type { Lang } from '../../url/view-state';
import { KIND_COLOUR } from '../timeline/event-kinds';
import { ChangeList } from './ChangeList';
import { useDebounced } from './useDebounced';
import { useMessages } from '../../i18n/useMessages';

interface StoryPanelProps {
  prepared: Prepared;
  snapshot: Snapshot;
  /** When set, "what changed" is measured from this day instead of from the last change. */
  compare: Day | null;
  lang: Lang;
  /** The day on the label: the story is marked as updating while it lags behind it. */
  shownDate: Day;
}

/** The day in words: how clients reach their runtimes, what the last change did, and every milestone. */
export function StoryPanel({ prepared, snapshot, compare, lang, shownDate }: StoryPanelProps) {
  const { dataset, changes } = prepared;
  const setDate = useExplorer((s) => s.setDate);
  const select = useExplorer((s) => s.select);
  const day = snapshot.day;
  const jump = useCallback((d: Day) => setDate(d, 'push'), [setDate]);
  const t = useMessages();
  const focus = useExplorer((s) => s.view?.focus ?? null);
  const told = useMemo(() => summarize(snapshot, dataset.stacks, lang, focus), [snapshot, dataset.stacks, lang, focus]);
  const summary = useDebounced(told, 400);
  // Debounced after the summary, so it never says "up to date" before the summary is.
  const pending = useDebounced(day, 400) !== shownDate;

  // Against the compared day, or else the last change on or before the shown day against the day before it.
  const lastChange = changes.includes(day) ? day : previousChange(changes, day);
  const from = compare ?? (lastChange === null ? null : addDays(lastChange, -1));
  const to = compare === null ? lastChange : day;
  const diff = useMemo(() => (from === null || to === null ? null : diffSnapshots(snapshotAt(dataset, from), snapshotAt(dataset, to))), [dataset, from, to]);
  const events = useMemo(() => [...dataset.events].sort((a, b) => startDay(a.date).localeCompare(startDay(b.date)) || a.id.localeCompare(b.id)), [dataset.events]);

  return (
    <div className="space-y-4 p-4">
      <section aria-labelledby="story-heading">
        <h2 id="story-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {t.stackOnThisDay}
          {pending && <span className="ml-2 font-normal normal-case tracking-normal">{t.updating}</span>}
        </h2>
        <p aria-live="polite" aria-busy={pending} data-testid="story-summary" className={`mt-1 transition-opacity ${pending ? 'opacity-50' : ''}`}>
          {summary}
        </p>
      </section>
      <section aria-labelledby="changed-heading">
        <h2 id="changed-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {compare !== null ? t.whatChangedBetween(compare, day) : lastChange === null ? t.whatChanged : t.whatChangedOn(lastChange)}
        </h2>
        {diff === null || isEmptyDiff(diff) ? <p className="text-sm text-slate-600">{t.nothingChanged}</p> : <ChangeList diff={diff} onSelect={select} />}
      </section>
      <EventList events={events} past={events.filter((e) => startDay(e.date) <= day).length} lang={lang} onJump={jump} />
    </div>
  );
}

/** Every event in date order; those up to the shown day in full colour. Re-renders only when that count changes. */
const EventList = memo(function EventList({ events, past, lang, onJump }: { events: DatasetEvent[]; past: number; lang: Lang; onJump: (day: Day) => void }) {
  const t = useMessages();
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-semibold uppercase tracking-wide text-slate-600">{t.eventsCount(events.length)}</summary>
      <ol aria-label={t.events} className="mt-2 space-y-1 text-sm">
        {events.map((e, i) => (
          <li key={e.id} className={i < past ? '' : 'text-slate-600'}>
            <button type="button" onClick={() => onJump(startDay(e.date))} className="text-left hover:underline">
              <span className="mr-1 inline-block h-2 w-2 rounded-full" style={{ background: KIND_COLOUR[e.kind] }} aria-hidden="true" />
              <span className="font-mono text-xs">{e.date}</span> {e.title[lang]}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
});
