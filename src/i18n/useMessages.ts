import { useExplorer } from '../state/store';
import type { Lang } from '../url/view-state';
import { useEffect, useSyncExternalStore } from 'react';
import { loadLanguage, messages, onLanguageLoaded, type Messages } from './index';

/** The language of the view (English until the URL has been read). */
export function useLang(): Lang {
  return useExplorer((s) => s.view?.lang ?? 'en');
}

/** The UI strings in the language of the view. */
export function useMessages(): Messages {
  const lang = useLang();
  useEffect(() => void loadLanguage(lang), [lang]);
  return useSyncExternalStore(onLanguageLoaded, () => messages(lang));
}
