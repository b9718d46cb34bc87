import type { Lang } from './view-state';

/** "a, b, and c" / "a、b、c": lists as each language writes them. */
const list = (lang: Lang, items: string[]) =>
  new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
const plural = new Intl.PluralRules('en');
const parameters = (n: number) => (plural.select(n) === 'one' ? 'parameter' : 'parameters');

/** What the URL parser tells the user, in both languages; `q` is the quoted, shortened input. */
const en = {
  unknownParams: (q: string[]) => `Ignored unknown ${parameters(q.length)} ${list('en', q)}.`,
  repeated: (q: string[]) => `Used the first of repeated ${list('en', q)}.`,
  notADate: (name: string, q: string, fallback: string | null) =>
    `${name}=${q} is not a date (use YYYY-MM-DD); ${fallback === null ? `${name} is off` : `showing ${fallback}`}.`,
  outOfRange: (name: string, day: string, min: string, max: string, used: string) =>
    `${name}=${day} is outside ${min} … ${max}; using ${used}.`,
  unknownNode: (q: string) => `No component has the id ${q}; nothing is selected.`,
  unknownStack: (q: string) => `No stack has the id ${q}; nothing is focused.`,
  compareSelf: (day: string) => `Comparing ${day} with itself shows nothing; compare is off.`,
  unknownLang: (q: string, used: string) => `Language ${q} is not available (en, ja); showing ${used}.`,
  unknownVersion: (q: string, current: string) =>
    `This link names dataset version ${q}, which never existed; showing ${current}.`,
  changedSince: (v: string, list: string) => `This link was made with dataset ${v}. Changed since: ${list}.`,
  badGuide: (q: string) => `The guide answers ${q} do not fit its questions; the guide starts again.`,
  figureWithoutFocus: 'figure=1 (this stack only) needs a focus=; showing every path.',
  unknownView: (q: string) => `There is no view ${q} (canvas, chronicle); showing the canvas.`,
};

const ja: typeof en = {
  unknownParams: (q) => `不明なパラメーター ${list('ja', q)} を無視した。`,
  repeated: (q) => `繰り返された ${list('ja', q)} は最初の値を使った。`,
  notADate: (name, q, fallback) =>
    `${name}=${q} は日付ではない（YYYY-MM-DD で指定）。${fallback === null ? `${name} は無効にした` : `${fallback} を表示している`}。`,
  outOfRange: (name, day, min, max, used) => `${name}=${day} は ${min} 〜 ${max} の範囲外。${used} を使う。`,
  unknownNode: (q) => `ID ${q} のコンポーネントはない。何も選択していない。`,
  unknownStack: (q) => `ID ${q} のスタックはない。フォーカスしていない。`,
  compareSelf: (day) => `${day} を同じ日と比較しても差はないので、比較は無効にした。`,
  unknownLang: (q, used) => `言語 ${q} には対応していない（en, ja）。${used} で表示している。`,
  unknownVersion: (q, current) =>
    `このリンクのデータセットバージョン ${q} は存在しない。${current} を表示している。`,
  changedSince: (v, list) => `このリンクはデータセット ${v} で作られた。その後の変更: ${list}。`,
  badGuide: (q) => `ガイドの回答 ${q} は質問に合わない。ガイドを最初からやり直す。`,
  figureWithoutFocus: 'figure=1（このスタックのみ）には focus= が必要。すべての経路を表示している。',
  unknownView: (q) => `表示 ${q} はない（canvas、chronicle）。キャンバスを表示している。`,
};

export type NoticeMessages = typeof en;
export const NOTICES: Record<Lang, NoticeMessages> = { en, ja };
