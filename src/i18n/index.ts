import type { Lang } from '../url/view-state';
import { en, type Messages } from './en';

export type { Messages };

// English ships with the page; Japanese is a chunk of its own, fetched when a view asks for it.
const MESSAGES: Partial<Record<Lang, Messages>> = { en };
const listeners = new Set<() => void>();
let loading: Promise<void> | null = null;

/** The strings of `lang`, or English until they have arrived. */
export function messages(lang: Lang): Messages {
  return MESSAGES[lang] ?? en;
}

/** Fetch a language's strings (once); views re-render when they arrive. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (MESSAGES[lang]) return Promise.resolve();
  loading ??= import('./ja').then(({ ja }) => {
    MESSAGES.ja = ja;
    for (const listener of listeners) listener();
  });
  return loading;
}

/** For useSyncExternalStore: called when a language's strings arrive. */
export function onLanguageLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Building an Intl formatter costs far more than using one, and the label formats at every slider move.
const formatters = new Map<Lang, Intl.DateTimeFormat>();

/** A day as people of that language write it: "October 15, 2017", "2017年10月15日". */
export function formatDay(day: string, lang: Lang): string {
  let format = formatters.get(lang);
  if (!format)
    formatters.set(
      lang,
      (format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
        dateStyle: 'long',
        timeZone: 'UTC',
      })),
    );
  return format.format(new Date(`${day}T00:00:00Z`));
}
