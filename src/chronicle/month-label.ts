import type { Lang } from '../url/view-state';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** "Jun" or "6月": a month on the axis, as people of that language write it. */
export function monthLabel(month: number, lang: Lang): string {
  let format = formats.get(lang);
  if (!format)
    formats.set(
      lang,
      (format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
        month: 'short',
        timeZone: 'UTC',
      })),
    );
  return format.format(Date.UTC(2000, month - 1, 1));
}
