import { describe, expect, it } from 'vitest';
import { formatDay } from '.';
import { addDays } from '../model/dates';

describe('formatDay writes a day as Intl’s long date style does', () => {
  // Every 37th day from 2012 to 2027 crosses every month, both digit counts and leap days.
  const days = Array.from({ length: 160 }, (_, i) => addDays('2012-01-01', i * 37));
  days.push('2016-02-29', '2019-12-31', '2020-01-01');

  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['ja', 'ja-JP'],
  ] as const)
    it(lang, () => {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (const day of days)
        expect(formatDay(day, lang), day).toBe(intl.format(new Date(`${day}T00:00:00Z`)));
    });
});
