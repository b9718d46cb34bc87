import { addDays } from '../model/dates';
import { nextChange, previousChange } from '../model/timeline';
import type { Day } from '../model/types';

/** One change per 1.2 s at 1×; a milestone holds twice as long, reduced motion 1.5 times. */
export const STEP_MS = 1200;

/** A discrete move pushes a history entry; a run of moves (drag, held key, play) replaces it. */
export type DateWrite = 'push' | 'replace';

export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Everything the controller reads and writes, injected: no React, no store, no window. */
export interface TimelineDeps {
  changes: readonly Day[];
  minDay: Day;
  maxDay: Day;
  isMilestone(day: Day): boolean;
  getDate(): Day | null;
  setDate(day: Day, write: DateWrite): void;
  isPlaying(): boolean;
  setPlaying(playing: boolean): void;
  clock: Clock;
  reducedMotion(): boolean;
}

/** A key press the page did not keep for typing or a modifier. */
export interface TimelineKey {
  key: string;
  repeat: boolean;
  /** The focused control moves with ← → itself (the slider, the event ticks). */
  arrowsTaken: boolean;
  /** Space presses the focused control (a button, a link, a card). */
  spaceTaken: boolean;
}

export interface TimelineController {
  readonly speed: number;
  canPlay(): boolean;
  play(): void;
  pause(): void;
  toggle(): void;
  next(): void;
  previous(): void;
  /** Go to a day as one history entry, stopping playback. */
  jump(day: Day): void;
  setSpeed(speed: number): void;
  /** True when the key was the timeline's (the page then prevents its default). */
  onKey(key: TimelineKey): boolean;
  /** Bring the timer in line with the date and the playing flag; call whenever either changed. */
  sync(): void;
  /** Stop the timer (the page went away); the playing flag is left as it is. */
  dispose(): void;
}

/** Play, step, speed and keys of the date slider, as a plain object (after OWID's TimelineController). */
export function createTimelineController(deps: TimelineDeps): TimelineController {
  let speed = 1;
  let timer: unknown = null;
  let scheduled: { day: Day; speed: number } | null = null;
  // A run pushes one history entry at its first step and replaces it after, like a drag.
  let firstStep = true;

  const clear = () => {
    if (timer !== null) deps.clock.clearTimeout(timer);
    timer = null;
    scheduled = null;
  };
  const delayAt = (day: Day) =>
    (STEP_MS / speed) * (deps.isMilestone(day) ? 2 : 1) * (deps.reducedMotion() ? 1.5 : 1);
  const nextOf = () => {
    const date = deps.getDate();
    return date === null ? null : nextChange(deps.changes, date);
  };

  const sync = () => {
    const date = deps.getDate();
    if (!deps.isPlaying() || date === null) {
      clear();
      firstStep = true;
      return;
    }
    if (timer !== null && scheduled?.day === date && scheduled.speed === speed) return;
    clear();
    const next = nextChange(deps.changes, date);
    if (next === null) {
      firstStep = true;
      deps.setPlaying(false);
      return;
    }
    scheduled = { day: date, speed };
    timer = deps.clock.setTimeout(() => {
      timer = null;
      scheduled = null;
      deps.setDate(next, firstStep ? 'push' : 'replace');
      firstStep = false;
      sync();
    }, delayAt(date));
  };

  const jump = (day: Day) => {
    deps.setPlaying(false);
    deps.setDate(day, 'push');
    sync();
  };
  const stepTo = (day: Day | null) => day !== null && jump(day);
  const canPlay = () => nextOf() !== null;
  const play = () => {
    if (!canPlay()) return;
    deps.setPlaying(true);
    sync();
  };
  const pause = () => {
    deps.setPlaying(false);
    sync();
  };

  const stepDay = (delta: number, repeat: boolean) => {
    const date = deps.getDate();
    if (date === null) return;
    const day = addDays(date, delta);
    if (day < deps.minDay || day > deps.maxDay) return;
    deps.setPlaying(false);
    deps.setDate(day, repeat ? 'replace' : 'push'); // a held key is one history entry, like a drag
    sync();
  };

  const onKey = ({ key, repeat, arrowsTaken, spaceTaken }: TimelineKey): boolean => {
    const date = deps.getDate();
    if (date === null) return false;
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      if (arrowsTaken) return false;
      stepDay(key === 'ArrowLeft' ? -1 : 1, repeat);
    } else if (key === ',' || key === '[') stepTo(previousChange(deps.changes, date));
    else if (key === '.' || key === ']') stepTo(nextChange(deps.changes, date));
    else if (key === ' ' && !spaceTaken) {
      if (deps.isPlaying()) pause();
      else play();
    } else return false;
    return true;
  };

  return {
    get speed() {
      return speed;
    },
    canPlay,
    play,
    pause,
    toggle: () => (deps.isPlaying() ? pause() : play()),
    next: () => stepTo(nextOf()),
    previous: () => {
      const date = deps.getDate();
      stepTo(date === null ? null : previousChange(deps.changes, date));
    },
    jump,
    setSpeed: (s) => {
      speed = s;
      sync();
    },
    onKey,
    sync,
    dispose: clear,
  };
}
