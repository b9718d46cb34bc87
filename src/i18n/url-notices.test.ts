import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';

describe('URL notices', () => {
  it('say "parameter" for one and "parameters" for more, listed as English lists them', () => {
    expect(en.urlNotices.unknownParams(['"utm_source"'])).toBe('Ignored unknown parameter "utm_source".');
    expect(en.urlNotices.unknownParams(['"a"', '"b"'])).toBe('Ignored unknown parameters "a" and "b".');
    expect(en.urlNotices.repeated(['"date"', '"node"', '"lang"'])).toBe(
      'Used the first of repeated "date", "node", and "lang".',
    );
  });

  it('list with the Japanese comma in Japanese', () => {
    expect(ja.urlNotices.unknownParams(['"a"', '"b"'])).toBe('不明なパラメーター "a"、"b" を無視した。');
  });
});
