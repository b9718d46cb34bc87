import { useMemo, useState } from 'react';
import { nextChange, previousChange } from '../../model/timeline';
import { setDate } from '../../state/actions';
import { useExplorer, useLang, usePrepared } from '../../state/store';
import { embedSnippet, shareUrl } from '../share';
import { CopyLink } from './CopyLink';
import { DateSlider } from './DateSlider';
import { clusterEvents, EventTicks } from './EventTicks';
import { SPEEDS, timelineFor, usePlayback } from '../../state/useTimeline';
import { YearAxis } from './YearAxis';
import { useMessages } from '../../i18n/useMessages';
import { formatDay } from '../../i18n';

/** The date, the slider with its event ticks, stepping, playing and sharing. */
export function Timeline() {
  const date = useExplorer((s) => s.view.date);
  const lang = useLang();
  const playing = useExplorer((s) => s.playing);
  const prepared = usePrepared();
  const { changes, minDay, maxDay, dataset } = prepared;
  const timeline = timelineFor(prepared);
  const [speed, setSpeed] = useState(timeline.speed);
  usePlayback(timeline);
  const t = useMessages();

  const previous = previousChange(changes, date);
  const next = nextChange(changes, date);
  const clusters = useMemo(
    () => clusterEvents(dataset.events, minDay, maxDay),
    [dataset.events, minDay, maxDay],
  );
  const nearest = Math.max(
    0,
    clusters.findLastIndex((c) => c.day <= date),
  );

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <output htmlFor="date-slider" className="mr-2 flex flex-col leading-tight">
          <span className="font-mono text-lg font-semibold tabular-nums">{date}</span>
          <span className="hidden text-xs text-slate-600 sm:inline">{formatDay(date, lang)}</span>
        </output>
        <button
          type="button"
          className="btn"
          disabled={previous === null}
          onClick={timeline.previous}
          aria-keyshortcuts=", ["
        >
          {t.previousChange}
        </button>
        <button
          type="button"
          className="btn"
          disabled={next === null}
          onClick={timeline.next}
          aria-keyshortcuts=". ]"
        >
          {t.nextChange}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={playing}
          onClick={timeline.toggle}
          disabled={!playing && next === null}
          aria-keyshortcuts="Space"
        >
          {playing ? t.pause : t.play}
        </button>
        <label className="hidden text-sm text-slate-700 sm:inline">
          {t.speed}{' '}
          <select
            value={speed}
            onChange={(e) => {
              timeline.setSpeed(Number(e.target.value));
              setSpeed(timeline.speed);
            }}
            className="rounded border border-slate-300 bg-white px-1"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <span className="grow" />
        <CopyLink url={shareUrl} />
        {/* On a phone the embed code is a click too far; the link is what people share there. */}
        <span className="hidden sm:contents">
          <CopyLink url={embedSnippet} label={t.copyEmbed} />
        </span>
      </div>
      <div className="px-1">
        <DateSlider
          date={date}
          minDay={minDay}
          maxDay={maxDay}
          onDrag={(d) => setDate(d, 'replace')}
          onJump={(d) => setDate(d, 'push')}
        />
        <EventTicks
          clusters={clusters}
          nearest={nearest}
          minDay={minDay}
          maxDay={maxDay}
          onJump={timeline.jump}
        />
        <YearAxis minDay={minDay} maxDay={maxDay} />
      </div>
    </div>
  );
}
