import { useEffect, useRef, useState } from 'react';

/**
 * `value` once it has stopped changing for `ms`, or at once when it changes after a pause that
 * long: a drag settles on the day you stop on (what a screen reader then hears), a single step
 * is not kept waiting.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const now = performance.now();
    const afterPause = now - lastChange.current >= ms;
    lastChange.current = now;
    if (afterPause) return setSettled(value);
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
