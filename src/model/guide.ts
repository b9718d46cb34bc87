import { startDay } from './dates';
import { isPresent } from './snapshot';
import type { Day, Stack } from './types';

/** The article's closing flowchart, "which container runtime should I choose?", as data. */
export type Outcome = 'try' | 'windows' | 'vm' | 'gvisor' | 'kata' | 'cri-o' | 'containerd';

export interface Question {
  id: string;
  yes: Question | Outcome;
  no: Question | Outcome;
}

// Its words (questions, the article's answers, the note on its inverted branch) are in
// src/i18n/guide-text.ts, loaded with the guide: the URL layer needs only this shape to check `guide=`.
export const FLOWCHART: Question = {
  id: 'try',
  yes: 'try',
  no: {
    id: 'windows',
    yes: 'windows',
    no: {
      id: 'vm',
      yes: 'vm',
      no: {
        id: 'untrusted',
        // As drawn in the article: yes → gVisor, no → Kata (see the note in src/i18n/guide-text.ts).
        yes: { id: 'qemu', yes: 'gvisor', no: 'kata' },
        no: { id: 'redhat', yes: 'cri-o', no: 'containerd' },
      },
    },
  },
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
  return typeof at === 'string'
    ? { kind: 'outcome', outcome: at, asked }
    : { kind: 'question', question: at, asked };
}

/** The stack that answers `outcome` on `day`, or null when none existed yet (or any more). */
export function stackFor(outcome: Outcome, day: Day, stacks: readonly Stack[]): Stack | null {
  for (const id of CANDIDATES[outcome]) {
    const stack = stacks.find((s) => s.id === id);
    if (stack && isPresent(stack, day)) return stack;
  }
  return null;
}

/** The first day any stack that carries out `outcome` exists, or null when the dataset has none. */
export function firstDayOf(outcome: Outcome, stacks: readonly Stack[]): Day | null {
  const days = CANDIDATES[outcome].flatMap((id) =>
    stacks.filter((s) => s.id === id).map((s) => startDay(s.since)),
  );
  return days.length === 0 ? null : days.reduce((a, b) => (b < a ? b : a));
}
