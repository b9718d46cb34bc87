import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Day } from '../model/types';
import type { DrawingTable } from './drawing-table';
import type { FlowEdge, FlowNode } from './to-flow';

/**
 * The day the canvas shows, beside the table of how each thing is drawn on it. Nodes and edges
 * select their own entry, so a day change re-renders only the few whose drawing changed and
 * React Flow's own store is not touched. One store per canvas (context), set in a layout effect.
 */
export interface Drawn {
  day: Day;
  interval: number;
  /** Null until the fixed graph is built: the day's own drawing is mounted and all of it is present. */
  table: DrawingTable | null;
  /**
   * Whether things arriving and leaving on this day change fade. Not while the day changes faster
   * than a fade lasts (a drag, fast play): a fade nobody can follow would only cost paint, so
   * things then appear and vanish at once.
   */
  fade: boolean;
  dayChangedAt: number;
}

/** How long an arriving or leaving card fades, in ms. */
export const FADE_MS = 250;

export const createDrawnStore = (day: Day) =>
  createStore<Drawn>(() => ({ day, interval: 0, table: null, fade: true, dayChangedAt: -Infinity }));

/** Show `next` (a day, or the same day with a new table); `now` in performance.now() time. */
export function showDay(
  store: StoreApi<Drawn>,
  next: Pick<Drawn, 'day' | 'interval' | 'table'>,
  now: number,
) {
  const { day, dayChangedAt } = store.getState();
  if (next.day === day) return store.setState(next);
  store.setState({ ...next, fade: now - dayChangedAt >= FADE_MS, dayChangedAt: now });
}
export const DrawnContext = createContext<StoreApi<Drawn> | null>(null);

export function useDrawnStore(): StoreApi<Drawn> {
  const store = useContext(DrawnContext);
  if (store === null) throw new Error('A canvas node was rendered outside its canvas.');
  return store;
}

function useDrawn<T>(select: (s: Drawn) => T): T {
  return useStore(useDrawnStore(), select);
}

/** How node `id` is drawn on the shown day: undefined when absent, null while the day's own drawing is mounted. */
export const useDrawnNode = (id: string): FlowNode | undefined | null =>
  useDrawn((s) => (s.table === null ? null : s.table.nodeAt.get(id)?.[s.interval]));

export const useDrawnEdge = (id: string): FlowEdge | undefined | null =>
  useDrawn((s) => (s.table === null ? null : s.table.edgeAt.get(id)?.[s.interval]));

/** Something derived from the shown day (a release label): re-renders only when its value changes. */
export const useOnDrawnDay = <T>(derive: (day: Day) => T): T => useDrawn((s) => derive(s.day));
