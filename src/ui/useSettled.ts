import { useEffect, useRef, useState } from 'react';

/** How long the day must stay put before what follows it (story, what changed, the tab title) is told. */
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
