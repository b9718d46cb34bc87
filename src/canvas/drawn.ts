import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Day } from '../model/types';
import { intervalOf, type DrawingTable } from './drawing-table';
import type { FlowEdge, FlowNode } from './to-flow';

/**
 * The day the canvas shows, beside the table of how each thing is drawn on it. One store per
 * canvas (context), set in a layout effect. Nodes and edges subscribe by id, and showing a day
 * notifies only those whose drawing or label changed: a day change costs what changed, not what
 * is mounted, and React Flow's own store is not touched.
 */
export interface Drawn {
  day: Day;
  interval: number;
  /** Null until the fixed graph is built: the day's own drawing is mounted and all of it is present. */
  table: DrawingTable | null;
  /**
   * Whether things arriving and leaving on this day change fade. Not while the day changes faster
   * than a fade lasts (a drag, fast play): a fade nobody can follow would only cost paint, so
   * things then appear and vanish at once. Nor before the day first changes: the first drawing
   * is simply there, as the page's first paint showed it.
   */
  fade: boolean;
  dayChangedAt: number;
}

/** How long an arriving or leaving card fades, in ms. */
export const FADE_MS = 250;

/** The days on which a card's label (release, mark) may change, ascending, with the card's id. */
export interface LabelDays {
  days: Day[];
  ids: string[];
}

export interface DrawnStore {
  getState(): Drawn;
  /** Show `next` (a day, or the same day with a new table); `now` in performance.now() time. */
  show(next: Pick<Drawn, 'day' | 'interval' | 'table'>, now: number): void;
  subscribe(id: string, listener: () => void): () => void;
}

export function createDrawnStore(day: Day, labels: LabelDays): DrawnStore {
  let state: Drawn = { day, interval: 0, table: null, fade: false, dayChangedAt: -Infinity };
  const listeners = new Map<string, Set<() => void>>();
  const notify = (ids: Iterable<string>) => {
    for (const id of ids) listeners.get(id)?.forEach((listener) => listener());
  };
  return {
    getState: () => state,
    show(next, now) {
      const prev = state;
      const dayChanged = next.day !== prev.day;
      state = dayChanged
        ? { ...next, fade: now - prev.dayChangedAt >= FADE_MS, dayChangedAt: now }
        : { ...prev, ...next };
      if (next.table !== prev.table) return notify([...listeners.keys()]);
      if (next.table !== null && next.interval !== prev.interval)
        notify(changedBetween(next.table, prev.interval, next.interval));
      if (dayChanged) notify(labelsBetween(labels, prev.day, next.day));
    },
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (set === undefined) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/**
 * The things drawn otherwise in intervals `a` and `b` (kept entries are the same objects). A pass
 * over plain arrays: what costs is a React subscriber asked for nothing, and none is.
 */
function* changedBetween(table: DrawingTable, a: number, b: number) {
  for (const at of [table.nodeAt, table.edgeAt]) for (const [id, row] of at) if (row[a] !== row[b]) yield id;
}

/** The cards whose label may differ between days `a` and `b` (a label day after the earlier, up to the later). */
function labelsBetween({ days, ids }: LabelDays, a: Day, b: Day): string[] {
  const [from, to] = a < b ? [a, b] : [b, a];
  /** How many label days fall on or before `day`. */
  const upTo = (day: Day) => (days[0] > day ? 0 : intervalOf(days, day) + 1);
  return ids.slice(upTo(from), upTo(to));
}

export const DrawnContext = createContext<DrawnStore | null>(null);

/** The canvas's store: every node and edge renders inside its canvas (FlowCanvas provides it). */
export const useDrawnStore = (): DrawnStore => useContext(DrawnContext)!;

function useDrawn<T>(id: string, read: (s: Drawn) => T): T {
  const store = useDrawnStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe(id, listener), [store, id]);
  return useSyncExternalStore(subscribe, () => read(store.getState()));
}

/** How node `id` is drawn on the shown day: undefined when absent, null while the day's own drawing is mounted. */
export const useDrawnNode = (id: string): FlowNode | undefined | null =>
  useDrawn(id, (s) => (s.table === null ? null : s.table.nodeAt.get(id)?.[s.interval]));

export const useDrawnEdge = (id: string): FlowEdge | undefined | null =>
  useDrawn(id, (s) => (s.table === null ? null : s.table.edgeAt.get(id)?.[s.interval]));

/** A card's label on the shown day (its release): re-renders only on the card's label days (LabelDays). */
export const useOnDrawnDay = <T>(id: string, derive: (day: Day) => T): T =>
  useDrawn(id, (s) => derive(s.day));
