import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { dayNumber, startDay } from '../../model/dates';
import { eventsInOrder } from '../../model/events';
import type { DatasetEvent, Day } from '../../model/types';
import { trackPercent } from './DateSlider';
import { KIND_COLOUR } from './event-kinds';
import { useLang, useMessages } from '../../i18n/useMessages';

interface EventTicksProps {
  clusters: Cluster[];
  /** The tick at or before the shown day: the group's tab stop. */
  nearest: number;
  minDay: Day;
  maxDay: Day;
  onJump: (date: Day) => void;
}

/** Events closer than this share one tick: a few days are less than a pixel on the track. */
const CLUSTER_DAYS = 21;

export interface Cluster {
  day: Day;
  events: DatasetEvent[];
}

export function clusterEvents(events: DatasetEvent[], minDay: Day, maxDay: Day): Cluster[] {
  const sorted = eventsInOrder(events).filter(
    (e) => startDay(e.date) >= minDay && startDay(e.date) <= maxDay,
  );
  const clusters: Cluster[] = [];
  for (const event of sorted) {
    const last = clusters.at(-1);
    if (last && dayNumber(startDay(event.date)) - dayNumber(last.day) <= CLUSTER_DAYS)
      last.events.push(event);
    else clusters.push({ day: startDay(event.date), events: [event] });
  }
  return clusters;
}

/** Where a tick's click lands: its last event's day, when every event of the group has happened. */
export function landingDay(cluster: Cluster): Day {
  return startDay(cluster.events.at(-1)!.date);
}

/**
 * A tick per event (nearby events share one) under the track. One tab stop (roving tabindex):
 * arrows move between ticks, focus or hover shows dates and titles, Enter jumps there.
 * A day change moves the tab stop: only the two ticks it moves between re-render.
 */
export const EventTicks = memo(function EventTicks({
  clusters,
  nearest,
  minDay,
  maxDay,
  onJump,
}: EventTicksProps) {
  const [active, setActive] = useState<number | null>(null);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const tabStop = active ?? nearest;
  const t = useMessages();
  // Where each tick sits: worked out once, not again each time the tab stop moves during a drag.
  const lefts = useMemo(
    () => clusters.map((c) => trackPercent(c.day, minDay, maxDay)),
    [clusters, minDay, maxDay],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent, index: number) => {
      const move = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[e.key];
      if (move === undefined) return;
      e.preventDefault();
      const next = Math.min(clusters.length - 1, Math.max(0, index + move));
      setActive(next);
      refs.current[next]?.focus();
    },
    [clusters.length],
  );

  return (
    <div role="group" aria-label={t.events} className="relative h-5">
      {clusters.map((cluster, index) => (
        <Tick
          key={cluster.events[0].id}
          cluster={cluster}
          index={index}
          left={lefts[index]}
          tabStop={index === tabStop}
          tip={active === index}
          refs={refs}
          onJump={onJump}
          onActive={setActive}
          onKeyDown={onKeyDown}
        />
      ))}
    </div>
  );
});

interface TickProps {
  cluster: Cluster;
  index: number;
  left: string;
  tabStop: boolean;
  tip: boolean;
  refs: RefObject<(HTMLButtonElement | null)[]>;
  onJump: (date: Day) => void;
  onActive: (index: number | null) => void;
  onKeyDown: (e: KeyboardEvent, index: number) => void;
}

const Tick = memo(function Tick({
  cluster,
  index,
  left,
  tabStop,
  tip,
  refs,
  onJump,
  onActive,
  onKeyDown,
}: TickProps) {
  const lang = useLang();
  const t = useMessages();
  const lines = cluster.events.map((e) => `${e.date} · ${e.title[lang]} (${t.kinds[e.kind]})`);
  return (
    <button
      ref={(el) => {
        refs.current[index] = el;
      }}
      type="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={lines.join('; ')}
      data-event-id={cluster.events[0].id}
      onClick={() => onJump(landingDay(cluster))}
      onFocus={() => onActive(index)}
      onMouseEnter={() => onActive(index)}
      onMouseLeave={() => onActive(null)}
      onBlur={() => onActive(null)}
      onKeyDown={(e) => onKeyDown(e, index)}
      className="group absolute top-0 flex h-5 w-2 -translate-x-1/2 justify-center gap-px focus:outline-none"
      style={{ left }}
    >
      {cluster.events.slice(0, 3).map((e) => (
        <span
          key={e.id}
          className="block h-3 w-0.5 shrink-0 rounded group-focus-visible:h-4"
          style={{ background: KIND_COLOUR[e.kind] }}
        />
      ))}
      {tip && (
        <span
          role="tooltip"
          className="pointer-events-none absolute left-1/2 top-5 z-20 w-max max-w-80 -translate-x-1/2 space-y-0.5 rounded bg-slate-900 px-2 py-1 text-left text-xs text-white shadow"
        >
          {lines.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </span>
      )}
    </button>
  );
});
