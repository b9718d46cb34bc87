import { useCallback, type PointerEvent } from 'react';
import { dayAt, type TimeScale } from '../model/chronicle-scale';
import { dayFromNumber } from '../model/dates';
import { setDate, setPlaying } from '../state/actions';
import { getExplorer } from '../state/store';

/**
 * Pointer down on the axis or the date line sets the date and pushes one history entry (at the
 * first day that differs from the shown one); moving while pressed replaces it, as the slider does.
 */
export function useDateDrag(scale: TimeScale, svg: () => SVGSVGElement | null) {
  return useCallback(
    (e: PointerEvent<Element>) => {
      if (e.button !== 0 || e.shiftKey) return;
      const el = svg();
      if (!el) return;
      e.preventDefault();
      const left = el.getBoundingClientRect().left;
      const dayOf = (clientX: number) => dayFromNumber(dayAt(scale, clientX - left));
      setPlaying(false);
      let last = dayOf(e.clientX);
      // The first day that differs from the shown one pushes the entry (grabbing the line on its own
      // day changes nothing yet, and a push of the same URL would be no entry at all); later ones replace it.
      let pushed = last !== getExplorer().view.date;
      if (pushed) setDate(last, 'push');
      const move = (m: globalThis.PointerEvent) => {
        const day = dayOf(m.clientX);
        if (day === last) return;
        last = day;
        setDate(day, pushed ? 'replace' : 'push');
        pushed = true;
      };
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
    },
    [scale, svg],
  );
}
