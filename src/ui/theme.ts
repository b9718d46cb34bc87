import { useEffect, useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'theme';
const media = () => window.matchMedia('(prefers-color-scheme: dark)');

function read(): ThemeChoice {
  const stored = localStorage.getItem(KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  media().addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media().removeEventListener('change', listener);
  };
}

/** Follow the system unless the user picked light or dark (kept in this browser, not in the URL). */
export function useTheme(): { choice: ThemeChoice; dark: boolean; choose: (c: ThemeChoice) => void } {
  const choice = useSyncExternalStore(subscribe, read);
  const systemDark = useSyncExternalStore(subscribe, () => media().matches);
  const dark = choice === 'dark' || (choice === 'system' && systemDark);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', dark);
  }, [dark]);
  const choose = (c: ThemeChoice) => {
    if (c === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, c);
    listeners.forEach((l) => l());
  };
  return { choice, dark, choose };
}
