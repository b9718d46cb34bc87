import type { Lang } from '../../url/view-state';

// The guide's own words, shipped with its chunk rather than with the first page (as the chronicle's).
const en = {
  guideTitle: 'Which container runtime should I choose?',
  guideIntro: (day: string) => `The article’s closing flowchart, answered for ${day}.`,
  yes: 'Yes',
  no: 'No',
  back: 'Back',
  restart: 'Start again',
  closeGuide: 'Close the guide',
  articleAnswer: 'The article’s answer (2019)',
  onThisDay: (day: string) => `On ${day} that means`,
  noStackYet: (day: string) => `No stack in the dataset does this on ${day}.`,
  firstAvailable: (day: string) => `Jump to ${day}, when it first existed`,
  flowchartAsDrawn: 'The flowchart as the article draws it',
  inverted: 'looks inverted',
  focused: 'focused on the canvas',
};

const ja: typeof en = {
  guideTitle: 'どのコンテナランタイムを選ぶべきか?',
  guideIntro: (day) => `記事の最後のフローチャートを ${day} 時点で答える。`,
  yes: 'はい',
  no: 'いいえ',
  back: '戻る',
  restart: '最初から',
  closeGuide: 'ガイドを閉じる',
  articleAnswer: '記事の答え（2019 年）',
  onThisDay: (day) => `${day} 時点では`,
  noStackYet: (day) => `${day} 時点でこれに当たるスタックはデータセットにない。`,
  firstAvailable: (day) => `最初に登場した ${day} へ移動`,
  flowchartAsDrawn: '記事に描かれたとおりのフローチャート',
  inverted: '逆になっているように見える',
  focused: 'キャンバスでフォーカス中',
};

export const guideMessages = (lang: Lang): typeof en => (lang === 'ja' ? ja : en);
