import type { Lang } from '../url/view-state';
import { en, type Messages } from './en';
import { ja } from './ja';

export type { Messages };

const MESSAGES: Record<Lang, Messages> = { en, ja };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** A day as people of that language write it: "October 15, 2017", "2017年10月15日". */
export function formatDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
