import { isPresent } from './snapshot';
import type { Day, Localized, Stack } from './types';

/** The article's closing flowchart, "which container runtime should I choose?", as data. */
export type Outcome = 'try' | 'windows' | 'vm' | 'gvisor' | 'kata' | 'cri-o' | 'containerd';

export interface Question {
  id: string;
  text: Localized;
  yes: Question | Outcome;
  no: Question | Outcome;
  /** Where the article's answer is not what the sources support. */
  note?: Localized;
}

const qemu: Question = {
  id: 'qemu',
  text: { en: 'Can you use QEMU?', ja: 'QEMU を使える?' },
  // As drawn in the article: yes → gVisor, no → Kata. Kata needs a hypervisor such as QEMU; gVisor does not.
  yes: 'gvisor',
  no: 'kata',
  note: {
    en: 'This branch looks inverted in the article: Kata Containers runs each Pod in a VM and needs a hypervisor such as QEMU, while gVisor needs none. The guide keeps the article’s answers and says so.',
    ja: '記事のこの分岐は逆になっているように見える。Kata Containers は Pod ごとに VM を使うので QEMU などのハイパーバイザーが必要で、gVisor は不要。ガイドは記事の答えのまま、その旨を示す。',
  },
};

export const FLOWCHART: Question = {
  id: 'try',
  text: { en: 'Do you just want to try something, without thinking?', ja: 'とりあえず何も考えずに試したい?' },
  yes: 'try',
  no: {
    id: 'windows',
    text: { en: 'Do you want to run Windows applications?', ja: 'Windows アプリを動かしたい?' },
    yes: 'windows',
    no: {
      id: 'vm',
      text: { en: 'Do you want to run applications that are not made for containers?', ja: 'コンテナ向けに作られていないアプリを動かしたい?' },
      yes: 'vm',
      no: {
        id: 'untrusted',
        text: { en: 'Do you want to run untrusted applications?', ja: '信頼できないアプリを動かしたい?' },
        yes: qemu,
        no: {
          id: 'redhat',
          text: { en: 'Do you like Red Hat?', ja: 'Red Hat が好き?' },
          yes: 'cri-o',
          no: 'containerd',
        },
      },
    },
  },
};

/** The article's own answer for each outcome. */
export const ARTICLE_ANSWER: Record<Outcome, Localized> = {
  try: { en: 'Docker (with containerd and runC)', ja: 'Docker（containerd と runC 付き）' },
  windows: { en: 'Windows Containers (that is, Docker for Windows)', ja: 'Windows コンテナ（つまり Docker for Windows）' },
  vm: { en: 'virtlet', ja: 'virtlet' },
  gvisor: { en: 'containerd and gVisor', ja: 'containerd と gVisor' },
  kata: { en: 'containerd and Kata Containers', ja: 'containerd と Kata Containers' },
  'cri-o': { en: 'CRI-O and runC', ja: 'CRI-O と runC' },
  containerd: { en: 'containerd and runC', ja: 'containerd と runC' },
};

/**
 * The stacks that carry out each outcome, most current first: the guide picks the first one that
 * exists on the shown day, so the answer follows the era (in 2023 Kubernetes reaches Docker only
 * through cri-dockerd; before 2017-09 there is no containerd CRI path at all).
 */
export const CANDIDATES: Record<Outcome, string[]> = {
  try: ['cri-dockerd', 'dockershim', 'docker-containerd', 'docker-libcontainer', 'docker-lxc'],
  windows: ['windows-containerd', 'windows-docker'],
  vm: ['virtlet-criproxy'],
  gvisor: ['gvisor-shim-v2', 'gvisor', 'gvisor-docker'],
  kata: ['kata-3-runtime-rs', 'kata-2', 'kata-shim-v2', 'kata-1'],
  'cri-o': ['cri-o-crun', 'cri-o'],
  containerd: ['containerd-cri-runc-v2', 'containerd-cri', 'cri-containerd'],
};

export type Walk =
  | { kind: 'question'; question: Question; asked: Question[] }
  | { kind: 'outcome'; outcome: Outcome; asked: Question[] };

/** Follow `answers` ("y"/"n" per question) through the flowchart; null when they do not fit it. */
export function walk(answers: string): Walk | null {
  if (!/^[yn]*$/.test(answers)) return null;
  let at: Question | Outcome = FLOWCHART;
  const asked: Question[] = [];
  for (const answer of answers) {
    if (typeof at === 'string') return null;
    asked.push(at);
    at = answer === 'y' ? at.yes : at.no;
  }
  return typeof at === 'string' ? { kind: 'outcome', outcome: at, asked } : { kind: 'question', question: at, asked };
}

/** The stack that answers `outcome` on `day`, or null when none existed yet (or any more). */
export function stackFor(outcome: Outcome, day: Day, stacks: readonly Stack[]): Stack | null {
  for (const id of CANDIDATES[outcome]) {
    const stack = stacks.find((s) => s.id === id);
    if (stack && isPresent(stack, day)) return stack;
  }
  return null;
}
