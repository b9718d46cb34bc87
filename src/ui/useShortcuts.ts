import { useEffect } from 'react';
import { addDays } from '../model/dates';
import { nextChange, previousChange } from '../model/timeline';
import { select, setDate, setPlaying } from '../state/actions';
import { getExplorer } from '../state/store';

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

/** ← → step a day; , . [ ] step by change; space plays or pauses; ? toggles the help; Esc closes help, then details. */
export function useShortcuts(toggleHelp: () => void, closeHelp: () => boolean) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const { view, prepared, playing } = getExplorer();
      const date = view.date;
      const step = (target: string | null) => {
        e.preventDefault();
        if (target === null) return;
        setPlaying(false);
        setDate(target, 'push');
      };
      if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !usesArrows(e)) {
        e.preventDefault();
        const day = addDays(date, e.key === 'ArrowLeft' ? -1 : 1);
        if (day < prepared.minDay || day > prepared.maxDay) return;
        setPlaying(false);
        setDate(day, e.repeat ? 'replace' : 'push'); // a held key is one history entry, like a drag
      } else if (e.key === '/') {
        e.preventDefault();
        document.getElementById('component-search')?.focus();
      } else if (e.key === ',' || e.key === '[') step(previousChange(prepared.changes, date));
      else if (e.key === '.' || e.key === ']') step(nextChange(prepared.changes, date));
      else if (e.key === '?') {
        e.preventDefault();
        toggleHelp();
      } else if (e.key === 'Escape') {
        if (!closeHelp() && view.node) select(null);
      } else if (e.key === ' ' && !(e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement || e.target instanceof HTMLElement && e.target.closest('summary, .react-flow__node'))) {
        e.preventDefault();
        setPlaying(!playing && nextChange(prepared.changes, date) !== null);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toggleHelp, closeHelp]);
}
