import { useExplorer } from '../state/store';
import type { Lang } from '../url/view-state';
import { messages, type Messages } from './index';

/** The language of the view (English until the URL has been read). */
export function useLang(): Lang {
  return useExplorer((s) => s.view?.lang ?? 'en');
}

/** The UI strings in the language of the view. */
export function useMessages(): Messages {
  return messages(useLang());
}
