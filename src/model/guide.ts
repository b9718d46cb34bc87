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
