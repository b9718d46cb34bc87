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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A day as people of that language write it: "October 15, 2017", "2017年10月15日" (what Intl's
 * long date style gives, written out: building the first Intl date formatter costs 20–30 ms,
 * time zone data included, on the first render's path).
 */
export function formatDay(day: string, lang: Lang): string {
  const [year, month, date] = day.split('-').map(Number);
  return lang === 'ja' ? `${year}年${month}月${date}日` : `${MONTHS[month - 1]} ${date}, ${year}`;
}
