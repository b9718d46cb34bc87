import { describe, expect, it } from 'vitest';
import { NOTICES } from './notices';

describe('URL notices', () => {
  it('say "parameter" for one and "parameters" for more, listed as English lists them', () => {
    expect(NOTICES.en.unknownParams(['"utm_source"'])).toBe('Ignored unknown parameter "utm_source".');
    expect(NOTICES.en.unknownParams(['"a"', '"b"'])).toBe('Ignored unknown parameters "a" and "b".');
    expect(NOTICES.en.repeated(['"date"', '"node"', '"lang"'])).toBe(
      'Used the first of repeated "date", "node", and "lang".',
    );
  });

  it('list with the Japanese comma in Japanese', () => {
    expect(NOTICES.ja.unknownParams(['"a"', '"b"'])).toBe('不明なパラメーター "a"、"b" を無視した。');
  });
});
