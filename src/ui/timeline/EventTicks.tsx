import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
 * A day change moves the tab stop: only the two ticks it moves between re-render. Each tick is
 * one element (its marks are its background) and the group handles every tick's events.
 */
export const EventTicks = memo(function EventTicks({
  clusters,
  nearest,
  minDay,
  maxDay,
  onJump,
}: EventTicksProps) {
  const [active, setActive] = useState<number | null>(null);
  const group = useRef<HTMLDivElement>(null);
  const tabStop = active ?? nearest;
  const lang = useLang();
  const t = useMessages();
  // Where each tick sits, what it says and how it looks: worked out once, not again each time
  // the tab stop moves during a drag.
  const ticks = useMemo(
    () =>
      clusters.map((c) => ({
        left: trackPercent(c.day, minDay, maxDay),
        lines: c.events.map((e) => `${e.date} · ${e.title[lang]} (${t.kinds[e.kind]})`),
        marks: marks(c.events),
      })),
    [clusters, minDay, maxDay, lang, t],
  );
  /** The tick an event happened on, if any (a tick's tooltip takes no pointer events). */
  const indexOf = (target: EventTarget): number | null => {
    const index = (target as HTMLElement).dataset.index;
    return index === undefined ? null : Number(index);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const index = indexOf(e.target);
    const move = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[e.key];
    if (index === null || move === undefined) return;
    e.preventDefault();
    const next = Math.min(clusters.length - 1, Math.max(0, index + move));
    setActive(next);
    (group.current!.children[next] as HTMLElement).focus();
  };
  const show = (e: { target: EventTarget }) => setActive(indexOf(e.target));
  const hide = () => setActive(null);

  return (
    <div
      ref={group}
      role="group"
      aria-label={t.events}
      className="relative h-5"
      onClick={(e) => {
        const index = indexOf(e.target);
        if (index !== null) onJump(landingDay(clusters[index]));
      }}
      onKeyDown={onKeyDown}
      onFocus={show}
      onBlur={hide}
      onMouseOver={show}
      onMouseLeave={hide}
    >
      {ticks.map((tick, index) => (
        <Tick
          key={clusters[index].events[0].id}
          id={clusters[index].events[0].id}
          index={index}
          {...tick}
          tabStop={index === tabStop}
          tip={active === index}
        />
      ))}
    </div>
  );
});

/** Up to three marks side by side, 2 px wide with 1 px between, in their kinds' colours. */
function marks(events: DatasetEvent[]): { backgroundImage: string; backgroundSize: string } {
  const shown = events.slice(0, 3);
  const stops = shown.map(
    (e, i) => `${KIND_COLOUR[e.kind]} ${i * 3}px ${i * 3 + 2}px, #0000 0 ${i * 3 + 3}px`,
  );
  return {
    backgroundImage: `linear-gradient(to right, ${stops.join(', ')})`,
    backgroundSize: `${shown.length * 3 - 1}px var(--tick-height)`,
  };
}

interface TickProps {
  id: string;
  index: number;
  left: string;
  lines: string[];
  marks: { backgroundImage: string; backgroundSize: string };
  tabStop: boolean;
  tip: boolean;
}

const Tick = memo(function Tick({ id, index, left, lines, marks, tabStop, tip }: TickProps) {
  return (
    <button
      type="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={lines.join('; ')}
      data-event-id={id}
      data-index={index}
      className="event-tick"
      style={{ left, ...marks }}
    >
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
