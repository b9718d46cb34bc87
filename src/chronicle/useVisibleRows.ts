import { useEffect, useState, type RefObject } from 'react';

const STEP = 240;
const MARGIN = 480;

export interface RowWindow {
  top: number;
  bottom: number;
}

/**
 * The band of the body (in its own y) worth drawing: what the scroll box shows, plus a margin,
 * in steps so that scrolling redraws the rows only every STEP px. Rows outside are not rendered.
 */
export function useVisibleRows(
  box: RefObject<HTMLElement | null>,
  body: RefObject<SVGSVGElement | null>,
  ready: boolean,
): RowWindow {
  const [band, setBand] = useState<RowWindow>({ top: -MARGIN, bottom: 1200 });
  useEffect(() => {
    const el = box.current;
    if (!el || !ready) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const offset = body.current?.getBoundingClientRect().top ?? 0;
      const y = el.getBoundingClientRect().top - offset;
      const top = Math.floor(y / STEP) * STEP - MARGIN;
      const bottom = Math.ceil((y + el.clientHeight) / STEP) * STEP + MARGIN;
      setBand((b) => (b.top === top && b.bottom === bottom ? b : { top, bottom }));
    };
    const onScroll = () => (frame ||= requestAnimationFrame(measure));
    measure();
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(onScroll);
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [box, body, ready]);
  return band;
}
