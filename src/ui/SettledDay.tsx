import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type { Day } from '../model/types';
import { useExplorer } from '../state/store';

/** How long the day must stay put before what follows it (story, what changed, the tab title, the Focus list) is told. */
const SETTLE_MS = 400;

/**
 * `value` once it has stopped changing for SETTLE_MS, or at once when it changes after a pause
 * that long: a drag settles on the day you stop on (what a screen reader then hears), a single
 * step is not kept waiting.
 */
export function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const now = performance.now();
    const afterPause = now - lastChange.current >= SETTLE_MS;
    lastChange.current = now;
    if (afterPause) return setSettled(value);
    const timer = window.setTimeout(() => setSettled(value), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * The shown day once the slider stops on it (see useSettled). Read from the deferred day, so the
 * timers run in the pass after the slider's, not in it.
 */
export const useSettledDay = (): Day => useSettled(useDeferredValue(useExplorer((s) => s.view.date)));
