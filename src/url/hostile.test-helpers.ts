import fc from 'fast-check';

/** Values a careless or hostile link might carry. */
const hostileValue = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '%00',
    '%E0%A4%A',
    '%25',
    '../../etc/passwd',
    '2019-02-29',
    '0000-00-00',
    '+2020-01-01',
    '2020-01-01T00:00',
    '1e9',
    'NaN',
    '__proto__',
    'constructor',
    '\u202e2020',
    '２０２０-０１-０１',
  ),
  fc.string({ maxLength: 5000 }),
);
const key = fc.constantFrom(
  'date',
  'node',
  'focus',
  'compare',
  'lang',
  'v',
  'view',
  'x',
  'DATE',
  '',
  '__proto__',
  'date[]',
  'node%00',
);

/** A query string (without "?") of up to 8 parameters, each value sometimes percent-encoded, sometimes raw. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(fc.tuple(key, hostileValue, fc.boolean()), { minLength: 1, maxLength: 8 })
  .map((pairs) =>
    pairs.map(([k, v, encode]) => `${encodeURIComponent(k)}=${encode ? encodeURIComponent(v) : v}`).join('&'),
  );
