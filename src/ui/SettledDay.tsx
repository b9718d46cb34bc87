import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Day } from '../model/types';
import { explorerStore, getExplorer, useExplorer } from '../state/store';

/** How long the day must stay put before what follows it (story, what changed, details, the tab title, the Focus list) is told. */
const SETTLE_MS = 400;

// Always inside the provider (Explorer): its default is never read.
const SettledDay = createContext<Day>('');

/**
 * The shown day once it has stopped changing for SETTLE_MS, or at once when it changes after a
 * pause that long: a drag settles on the day you stop on (what a screen reader then hears), a
 * single step is not kept waiting. One timer for the page, kept outside React: a drag re-renders
 * nothing that follows the settled day until it settles.
 */
export function SettledDayProvider({ children }: { children: ReactNode }) {
  const [day, setDay] = useState(() => getExplorer().view.date);
  useEffect(() => {
    let lastChange = Number.NEGATIVE_INFINITY;
    let timer: number | undefined;
    const settle = () => setDay(getExplorer().view.date);
    settle(); // a change between the first render and this subscription is not lost
    const unsubscribe = explorerStore().subscribe(({ view }, previous) => {
      if (view.date === previous.view.date) return;
      const now = performance.now();
      const afterPause = now - lastChange >= SETTLE_MS;
      lastChange = now;
      window.clearTimeout(timer);
      if (afterPause) settle();
      else timer = window.setTimeout(settle, SETTLE_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);
  return <SettledDay.Provider value={day}>{children}</SettledDay.Provider>;
}

export const useSettledDay = (): Day => useContext(SettledDay);

/**
 * Whether what is told for `day` lags behind the slider's day, and the class that shows it dimmed.
 * A selector of that, not of the day: a drag re-renders the teller when the mark comes and goes.
 */
export function useLagging(day: Day): { pending: boolean; dimmed: string } {
  const pending = useExplorer((s) => s.view.date !== day);
  return { pending, dimmed: `transition-opacity ${pending ? 'opacity-50' : ''}` };
}
