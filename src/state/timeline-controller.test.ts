import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Day } from '../model/types';
import { createTimelineController, type DateWrite, type TimelineKey } from './timeline-controller';

const CHANGES: Day[] = ['2014-06-01', '2015-01-01', '2016-12-19', '2017-03-01'];
const MILESTONE: Day = '2015-01-01';

/** A controller over a plain object standing in for the store, with the browser's timers faked. */
function setup(date: Day, options: { reducedMotion?: boolean } = {}) {
  const state = { date, playing: false };
  const writes: [Day, DateWrite][] = [];
  const controller = createTimelineController({
    changes: CHANGES,
    minDay: '2013-01-01',
    maxDay: '2017-06-01',
    isMilestone: (day) => day === MILESTONE,
    getDate: () => state.date,
    setDate: (day, write) => {
      state.date = day;
      writes.push([day, write]);
    },
    isPlaying: () => state.playing,
    setPlaying: (playing) => {
      state.playing = playing;
    },
    clock: {
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    },
    reducedMotion: () => options.reducedMotion ?? false,
  });
  return { state, writes, controller };
}

const key = (k: string, extra: Partial<TimelineKey> = {}): TimelineKey => ({
  key: k,
  repeat: false,
  arrowsTaken: false,
  spaceTaken: false,
  ...extra,
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('playing', () => {
  it('steps through every later change, one history entry for the run, and stops on the last day', () => {
    const { state, writes, controller } = setup('2014-12-01');
    controller.play();
    expect(state.playing).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(writes).toEqual([
      ['2015-01-01', 'push'],
      ['2016-12-19', 'replace'],
      ['2017-03-01', 'replace'],
    ]);
    expect(state.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits 1.2 s per change at 1×, twice as long on a milestone, and half as long at 2×', () => {
    const { state, controller } = setup('2014-12-01');
    controller.play();
    vi.advanceTimersByTime(1199);
    expect(state.date).toBe('2014-12-01');
    vi.advanceTimersByTime(1);
    expect(state.date).toBe(MILESTONE);
    vi.advanceTimersByTime(2399);
    expect(state.date).toBe(MILESTONE);
    vi.advanceTimersByTime(1);
    expect(state.date).toBe('2016-12-19');
    controller.setSpeed(2);
    vi.advanceTimersByTime(600);
    expect(state.date).toBe('2017-03-01');
  });

  it('holds each change 1.5 times longer for someone who asked for reduced motion', () => {
    const { state, controller } = setup('2016-12-01', { reducedMotion: true });
    controller.play();
    vi.advanceTimersByTime(1799);
    expect(state.date).toBe('2016-12-01');
    vi.advanceTimersByTime(1);
    expect(state.date).toBe('2016-12-19');
  });

  it('leaves no timer running after Pause, so the date stays put', () => {
    const { state, writes, controller } = setup('2014-12-01');
    controller.play();
    vi.advanceTimersByTime(800);
    controller.pause();
    expect(state.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(writes).toEqual([]);
  });

  it('changing the speed mid-wait restarts the wait from the shown day, without skipping a change', () => {
    const { state, writes, controller } = setup('2016-01-01');
    controller.play();
    vi.advanceTimersByTime(1000);
    controller.setSpeed(4);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(299);
    expect(state.date).toBe('2016-01-01');
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([['2016-12-19', 'push']]);
    vi.advanceTimersByTime(300);
    expect(writes.map(([day]) => day)).toEqual(['2016-12-19', '2017-03-01']);
  });

  it('follows the date when it is moved during a run (a drag): the next step is the change after it', () => {
    const { state, writes, controller } = setup('2014-01-01');
    controller.play();
    vi.advanceTimersByTime(600);
    state.date = '2016-06-01';
    controller.sync();
    vi.advanceTimersByTime(1200);
    expect(writes).toEqual([['2016-12-19', 'push']]);
  });

  it('cannot start on or after the last change', () => {
    const { state, controller } = setup('2017-03-01');
    expect(controller.canPlay()).toBe(false);
    controller.play();
    expect(state.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a new run pushes its own history entry again', () => {
    const { writes, controller } = setup('2014-12-01');
    controller.play();
    vi.advanceTimersByTime(1200);
    controller.pause();
    controller.play();
    vi.advanceTimersByTime(2400);
    expect(writes).toEqual([
      ['2015-01-01', 'push'],
      ['2016-12-19', 'push'],
    ]);
  });
});

describe('stepping and jumping', () => {
  it('steps to the next and previous change, stopping playback, one entry each', () => {
    const { state, writes, controller } = setup('2015-06-01');
    controller.play();
    controller.next();
    expect(state.playing).toBe(false);
    controller.previous();
    controller.previous();
    expect(writes).toEqual([
      ['2016-12-19', 'push'],
      ['2015-01-01', 'push'],
      ['2014-06-01', 'push'],
    ]);
    controller.previous();
    expect(writes).toHaveLength(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('jumps to a day as one history entry', () => {
    const { state, writes, controller } = setup('2015-06-01');
    controller.jump('2013-05-05');
    expect(state.date).toBe('2013-05-05');
    expect(writes).toEqual([['2013-05-05', 'push']]);
  });
});

describe('keys', () => {
  it('← and → move a day; a held key replaces the entry it pushed; the range holds', () => {
    const { writes, controller } = setup('2017-05-30');
    expect(controller.onKey(key('ArrowRight'))).toBe(true);
    expect(controller.onKey(key('ArrowRight', { repeat: true }))).toBe(true);
    expect(controller.onKey(key('ArrowRight', { repeat: true }))).toBe(true); // past the last day: stays
    expect(controller.onKey(key('ArrowLeft'))).toBe(true);
    expect(writes).toEqual([
      ['2017-05-31', 'push'],
      ['2017-06-01', 'replace'],
      ['2017-05-31', 'push'],
    ]);
  });

  it('leaves ← → to a control that uses them, and Space to a button', () => {
    const { state, writes, controller } = setup('2015-06-01');
    expect(controller.onKey(key('ArrowRight', { arrowsTaken: true }))).toBe(false);
    expect(controller.onKey(key(' ', { spaceTaken: true }))).toBe(false);
    expect(controller.onKey(key('a'))).toBe(false);
    expect(writes).toEqual([]);
    expect(state.playing).toBe(false);
  });

  it(', [ and . ] step by change; Space plays and pauses; an arrow stops a run', () => {
    const { state, writes, controller } = setup('2015-06-01');
    controller.onKey(key('.'));
    controller.onKey(key(','));
    controller.onKey(key(']'));
    controller.onKey(key('['));
    expect(writes.map(([day]) => day)).toEqual(['2016-12-19', '2015-01-01', '2016-12-19', '2015-01-01']);
    expect(controller.onKey(key(' '))).toBe(true);
    expect(state.playing).toBe(true);
    controller.onKey(key(' '));
    expect(state.playing).toBe(false);
    controller.onKey(key(' '));
    controller.onKey(key('ArrowLeft'));
    expect(state.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('Space at the last change does not start a run; . there changes nothing', () => {
    const { state, writes, controller } = setup('2017-04-01');
    expect(controller.onKey(key(' '))).toBe(true);
    expect(controller.onKey(key('.'))).toBe(true);
    expect(state.playing).toBe(false);
    expect(writes).toEqual([]);
  });
});
