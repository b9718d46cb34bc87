import { useEffect, useRef } from 'react';
import { startDay } from '../../model/dates';
import { nextChange } from '../../model/timeline';
import type { DatasetEvent, Day } from '../../model/types';
import { setDate, setPlaying } from '../../state/actions';
import { useExplorer } from '../../state/store';

export const SPEEDS = [0.5, 1, 2, 4] as const;
const STEP_MS = 1200;

/** While playing, step to the next change every STEP_MS / speed; hold longer on milestones; stop at the end. */
export function usePlayback(changes: readonly Day[], events: readonly DatasetEvent[], date: Day, speed: number) {
  const playing = useExplorer((s) => s.playing);
  // A run pushes one history entry at its first step and replaces it after, like a drag.
  const first = useRef(true);
  useEffect(() => {
    if (!playing) {
      first.current = true;
      return;
    }
    const next = nextChange(changes, date);
    if (next === null) {
      setPlaying(false);
      return;
    }
    const milestone = events.some((e) => startDay(e.date) === date);
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const delay = (STEP_MS / speed) * (milestone ? 2 : 1) * (reduced ? 1.5 : 1);
    const timer = window.setTimeout(() => {
      setDate(next, first.current ? 'push' : 'replace');
      first.current = false;
    }, delay);
    return () => window.clearTimeout(timer);
  }, [playing, changes, events, date, speed]);
}
