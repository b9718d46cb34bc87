import type { Outcome } from '../model/guide';
import type { Localized } from '../model/types';

/** The flowchart's questions, by id (the shape is FLOWCHART in guide.ts). */
export const QUESTION_TEXT: Record<string, Localized> = {
  qemu: { en: 'Can you use QEMU?', ja: 'QEMU を使える?' },
  try: { en: 'Do you just want to try something, without thinking?', ja: 'とりあえず何も考えずに試したい?' },
  windows: { en: 'Do you want to run Windows applications?', ja: 'Windows アプリを動かしたい?' },
  vm: {
    en: 'Do you want to run applications that are not made for containers?',
    ja: 'コンテナ向けに作られていないアプリを動かしたい?',
  },
  untrusted: { en: 'Do you want to run untrusted applications?', ja: '信頼できないアプリを動かしたい?' },
  redhat: { en: 'Do you like Red Hat?', ja: 'Red Hat が好き?' },
};

/** Where the article's answer is not what the sources support. */
export const QUESTION_NOTE: Partial<Record<string, Localized>> = {
  qemu: {
    en: 'This branch looks inverted in the article: Kata Containers runs each Pod in a VM and needs a hypervisor such as QEMU, while gVisor needs none. The guide keeps the article’s answers and says so.',
    ja: '記事のこの分岐は逆になっているように見える。Kata Containers は Pod ごとに VM を使うので QEMU などのハイパーバイザーが必要で、gVisor は不要。ガイドは記事の答えのまま、その旨を示す。',
  },
};

/** The article's own answer for each outcome. */
export const ARTICLE_ANSWER: Record<Outcome, Localized> = {
  try: { en: 'Docker (with containerd and runC)', ja: 'Docker（containerd と runC 付き）' },
  windows: {
    en: 'Windows Containers (that is, Docker for Windows)',
    ja: 'Windows コンテナ（つまり Docker for Windows）',
  },
  vm: { en: 'virtlet', ja: 'virtlet' },
  gvisor: { en: 'containerd and gVisor', ja: 'containerd と gVisor' },
  kata: { en: 'containerd and Kata Containers', ja: 'containerd と Kata Containers' },
  'cri-o': { en: 'CRI-O and runC', ja: 'CRI-O と runC' },
  containerd: { en: 'containerd and runC', ja: 'containerd と runC' },
};
