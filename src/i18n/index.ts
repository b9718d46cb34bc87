import type { Lang } from '../url/view-state';
import { en, type Messages } from './en';
import { ja } from './ja';

export type { Messages };

const MESSAGES: Record<Lang, Messages> = { en, ja };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

// Building an Intl formatter costs far more than using one, and the label formats at every slider move.
const formatters = new Map<Lang, Intl.DateTimeFormat>();

/** A day as people of that language write it: "October 15, 2017", "2017年10月15日". */
export function formatDay(day: string, lang: Lang): string {
  let format = formatters.get(lang);
  if (!format) formatters.set(lang, (format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${day}T00:00:00Z`));
}
