/**
 * What the URL parser tells the user, as sentences to be worded in the reader's language: the
 * parser records a `Say` per change it made; the wording (`urlNotices` in src/i18n/en.ts and
 * ja.ts) comes with the language, so Japanese loads only with Japanese. `q` is the quoted,
 * shortened input.
 */
export interface NoticeMessages {
  unknownParams: (q: string[]) => string;
  repeated: (q: string[]) => string;
  notADate: (name: string, q: string, fallback: string | null) => string;
  outOfRange: (name: string, day: string, min: string, max: string, used: string) => string;
  unknownNode: (q: string) => string;
  unknownStack: (q: string) => string;
  compareSelf: (day: string) => string;
  unknownLang: (q: string, used: string) => string;
  unknownVersion: (q: string, current: string) => string;
  changedSince: (v: string, list: string) => string;
  badGuide: (q: string) => string;
  figureWithoutFocus: string;
  unknownView: (q: string) => string;
}

/** One notice, to be worded in any language. */
export type Say = (m: NoticeMessages) => string;
