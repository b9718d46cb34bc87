import { startDay } from './dates';
import type { Outcome } from './guide';
import { isPresent } from './snapshot';
import type { Day, Stack } from './types';

// Which stack answers each of the runtime guide's outcomes: needed by the guide's panel only, so
// apart from the flowchart (src/model/guide.ts), which the URL layer reads to check `guide=`.

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
