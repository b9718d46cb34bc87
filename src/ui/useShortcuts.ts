import { useEffect } from 'react';
import { select } from '../state/actions';
import { getExplorer, usePrepared } from '../state/store';
import { timelineFor } from '../state/useTimeline';

/** Keys that must keep their own meaning where the user is typing or pressing a control. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target.tagName === 'INPUT' && !['range', 'checkbox'].includes((target as HTMLInputElement).type);
}

/** ← → step a day wherever focus is, unless the focused control uses them itself (slider, ticks). */
function usesArrows(e: KeyboardEvent): boolean {
  return e.defaultPrevented || (e.target instanceof HTMLInputElement && e.target.type === 'range');
}

/** Space presses a focused button, link, disclosure or card rather than playing. */
function usesSpace({ target }: KeyboardEvent): boolean {
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return true;
  return target instanceof HTMLElement && target.closest('summary, .react-flow__node') !== null;
}

/** ← → , . [ ] and space go to the timeline controller; / searches; ? toggles the help; Esc closes help, then details. */
export function useShortcuts(toggleHelp: () => void, closeHelp: () => boolean) {
  const prepared = usePrepared();
  useEffect(() => {
    const timeline = timelineFor(prepared);
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const { view } = getExplorer();
      if (
        timeline.onKey({ key: e.key, repeat: e.repeat, arrowsTaken: usesArrows(e), spaceTaken: usesSpace(e) })
      ) {
        e.preventDefault();
      } else if (e.key === '/') {
        e.preventDefault();
        document.getElementById('component-search')?.focus();
      } else if (e.key === '?') {
        e.preventDefault();
        toggleHelp();
      } else if (e.key === 'Escape') {
        if (!closeHelp() && view.node) select(null);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [prepared, toggleHelp, closeHelp]);
}
