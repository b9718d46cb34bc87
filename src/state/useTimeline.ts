import { useEffect } from 'react';
import { startDay } from '../model/dates';
import type { Prepared } from '../model/explorer';
import { setDate, setPlaying } from './actions';
import { explorerStore, getExplorer } from './store';
import { createTimelineController, type TimelineController } from './timeline-controller';

// The one place the timeline controller meets the store and the browser.
export const SPEEDS = [0.5, 1, 2, 4] as const;
const controllers = new WeakMap<Prepared, TimelineController>();

/** The timeline controller of this dataset (one per dataset, shared by the buttons and the keys). */
export function timelineFor(prepared: Prepared): TimelineController {
  const known = controllers.get(prepared);
  if (known) return known;
  const milestones = new Set(prepared.dataset.events.map((e) => startDay(e.date)));
  const controller = createTimelineController({
    changes: prepared.changes,
    minDay: prepared.minDay,
    maxDay: prepared.maxDay,
    isMilestone: (day) => milestones.has(day),
    getDate: () => getExplorer().view.date,
    setDate,
    isPlaying: () => getExplorer().playing,
    setPlaying,
    clock: {
      setTimeout: (run, ms) => window.setTimeout(run, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  controllers.set(prepared, controller);
  return controller;
}

/** While mounted, playback follows the store: Play, Pause and any date change (a drag, Back) reach the timer. */
export function usePlayback(controller: TimelineController): void {
  useEffect(() => {
    controller.sync();
    const unsubscribe = explorerStore().subscribe((s, before) => {
      if (s.playing !== before.playing || s.view.date !== before.view.date) controller.sync();
    });
    return () => {
      unsubscribe();
      controller.dispose();
    };
  }, [controller]);
}
