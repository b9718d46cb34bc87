import type { Lang } from '../../url/view-state';

// The details panel's own words, shipped with its chunk rather than with the first page (as the chronicle's).
const en = {
  componentDetails: 'Component details',
  closeDetails: 'Close details',
  role: 'Role',
  organisation: 'Organisation',
  languageOfCode: 'Language',
  aliases: 'Also known as',
  repository: 'Repository',
  homepage: 'Homepage',
  lifespan: 'Lifespan',
  precision: { year: 'year precision', month: 'month precision', day: 'day precision' },
  calls: 'Calls',
  calledBy: 'Called by',
  nothingOnDate: 'nothing on this date',
  absent: (name: string, day: string) => `${name} does not exist on ${day}.`,
  inStacks: 'In stacks',
  focusStack: (name: string) => `Focus ${name}`,
  releasesUpTo: (day: string) =>
    `Key releases up to ${day} (those that changed the stack, not every release)`,
  articleDiffers: 'Where the article differs',
  note: 'Note',
  sources: 'Sources',
  drawnTogether: (family: string) => `Drawn as one group at the overview: ${family}`,
  section: (s: string) => ` (section “${s}”)`,
};

const ja: typeof en = {
  componentDetails: 'Component details',
  closeDetails: '詳細を閉じる',
  role: '役割',
  organisation: '組織',
  languageOfCode: '言語',
  aliases: '別名',
  repository: 'リポジトリ',
  homepage: 'ホームページ',
  lifespan: '存続期間',
  precision: { year: '年単位', month: '月単位', day: '日単位' },
  calls: '呼び出す先',
  calledBy: '呼び出し元',
  nothingOnDate: 'この日にはなし',
  absent: (name, day) => `${name} は ${day} には存在しない。`,
  inStacks: '含まれるスタック',
  focusStack: (name) => `${name} にフォーカス`,
  releasesUpTo: (day) => `${day} までの主なリリース（構成を変えたもの。全リリースではない）`,
  articleDiffers: '記事と異なる点',
  note: '注記',
  sources: '出典',
  drawnTogether: (family) => `全体図では一つのグループとして描く：${family}`,
  section: (s) => `（節「${s}」）`,
};

export const detailsMessages = (lang: Lang): typeof en => (lang === 'ja' ? ja : en);
