import { useEffect, useSyncExternalStore } from 'react';
import { useLang } from '../state/store';
import { loadLanguage, messages, onLanguageLoaded, type Messages } from './index';

export { useLang };

/** The UI strings in the language of the view. */
export function useMessages(): Messages {
  const lang = useLang();
  useEffect(() => void loadLanguage(lang), [lang]);
  return useSyncExternalStore(onLanguageLoaded, () => messages(lang));
}
