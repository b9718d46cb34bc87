import type { Lang } from '../url/view-state';

// The shortcut help's own words, shipped with its chunk rather than with the first page (as the chronicle's).
const en = {
  shortcutList: [
    ['← →', 'one day back or forward'],
    ['PageUp / PageDown (on the slider)', 'one year forward or back'],
    ['Home / End (on the slider)', 'first or last day'],
    [', or [', 'previous change'],
    ['. or ]', 'next change'],
    ['Space', 'play or pause'],
    ['Enter (on a component)', 'open its details'],
    ['/', 'search for a component'],
    ['Esc', 'close this help, then the details'],
    ['?', 'show or hide this help'],
  ] as [string, string][],
  close: 'Close',
};

const ja: typeof en = {
  shortcutList: [
    ['← →', '1 日戻る / 進む'],
    ['PageUp / PageDown（スライダー上）', '1 年進む / 戻る'],
    ['Home / End（スライダー上）', '最初 / 最後の日'],
    [', または [', '前の変化'],
    ['. または ]', '次の変化'],
    ['Space', '再生 / 一時停止'],
    ['Enter（コンポーネント上）', '詳細を開く'],
    ['/', 'コンポーネントを検索'],
    ['Esc', 'このヘルプ、次に詳細を閉じる'],
    ['?', 'このヘルプの表示 / 非表示'],
  ],
  close: '閉じる',
};

export const shortcutMessages = (lang: Lang): typeof en => (lang === 'ja' ? ja : en);
