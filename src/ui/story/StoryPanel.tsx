import { memo, useMemo, useState } from 'react';
import { startDay } from '../../model/dates';
import { diffSnapshots, isEmptyDiff } from '../../model/diff';
import { eventsInOrder } from '../../model/events';
import { snapshotAt, type Snapshot } from '../../model/snapshot';
import { storyOf } from '../../model/story';
import { changeWindow } from '../../model/what-changed';
import type { Dataset, DatasetEvent, Day } from '../../model/types';
import { tellStory } from '../../i18n/story';
import { select } from '../../state/actions';
import { useExplorer, useLang, usePrepared } from '../../state/store';
import { ChangeList } from './ChangeList';
import { useLagging } from '../SettledDay';
import { useMessages } from '../../i18n/useMessages';
import { onDemand } from '../on-demand';
import { PanelBoundary } from '../CanvasBoundary';

// Listed only once opened, by few: a chunk of its own.
const EventItems = onDemand(() => import('./EventItems').then((m) => m.EventItems));

/**
 * The day in words: how clients reach their runtimes, what the last change did, and every
 * milestone. Told for the day the slider stops on (`snapshot`, src/ui/SettledDay.tsx), so a screen
 * reader hears the day you stop on and a drag's passing days are not worked out for nothing.
 */
export const StoryPanel = memo(function StoryPanel({ snapshot: told }: { snapshot: Snapshot }) {
  const { dataset, changes } = usePrepared();
  const compare = useExplorer((s) => s.view.compare);
  const focus = useExplorer((s) => s.view.focus);
  const lang = useLang();
  const t = useMessages();
  const story = useMemo(() => storyOf(told, dataset.stacks, focus), [told, dataset.stacks, focus]);
  const summary = useMemo(() => tellStory(story, t, lang), [story, t, lang]);
  // Marked as updating while it lags behind the label's day.
  const { pending, dimmed: lagging } = useLagging(told.day);

  // What changed is told for that day too: during a drag, a list rebuilt for every day passed
  // cost a frame of its own per move (issue 13) and could not be read.
  const span = changeWindow(changes, told.day, compare);
  const diff = useDiff(
    dataset,
    span.kind === 'none' ? null : span.from,
    span.kind === 'none' ? null : span.to,
  );
  const events = useMemo(() => eventsInOrder(dataset.events), [dataset.events]);
  const heading =
    span.kind === 'compare'
      ? t.whatChangedBetween(span.from, span.to)
      : span.kind === 'change'
        ? t.whatChangedOn(span.to)
        : t.whatChanged;

  return (
    <div className="space-y-4 p-4">
      <section aria-labelledby="story-heading">
        <h2 id="story-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {t.stackOnThisDay}
          {pending && <span className="ml-2 font-normal normal-case tracking-normal">{t.updating}</span>}
        </h2>
        <p aria-live="polite" aria-busy={pending} data-testid="story-summary" className={`mt-1 ${lagging}`}>
          {summary}
        </p>
      </section>
      <section aria-labelledby="changed-heading" aria-busy={pending} className={lagging}>
        <h2 id="changed-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {heading}
        </h2>
        {diff === null || isEmptyDiff(diff) ? (
          <p className="text-sm text-slate-600">{t.nothingChanged}</p>
        ) : (
          <ChangeList diff={diff} onSelect={select} />
        )}
      </section>
      <EventList events={events} past={events.filter((e) => startDay(e.date) <= told.day).length} />
    </div>
  );
});

/** What changed from one day to the other; recomputed only when the two days change, not on every day in between. */
function useDiff(dataset: Dataset, from: Day | null, to: Day | null) {
  return useMemo(
    () =>
      from === null || to === null ? null : diffSnapshots(snapshotAt(dataset, from), snapshotAt(dataset, to)),
    [dataset, from, to],
  );
}

/**
 * Every event in date order; those up to the shown day in full colour. Re-renders only when that
 * count changes, and lists them only while open (folded at first: a list of every event, a quarter
 * of the page's elements, is not drawn for nothing on the first view or on every scrub).
 */
const EventList = memo(function EventList({ events, past }: { events: DatasetEvent[]; past: number }) {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <details className="group" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-semibold uppercase tracking-wide text-slate-600">
        {t.eventsCount(events.length)}
      </summary>
      {open && (
        <PanelBoundary>
          <EventItems events={events} past={past} />
        </PanelBoundary>
      )}
    </details>
  );
});
