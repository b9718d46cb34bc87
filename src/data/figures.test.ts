import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { isPresent, snapshotAt } from '../model/snapshot';
import type { Stack } from '../model/types';

const { dataset } = readDataset(join(import.meta.dirname, '../../data'));

/**
 * Each figure of the article as ../shared/seed/README.md describes it, in canonical ids.
 * `reaches`: a figure arrow the sources refine with a part in between (still a path in the stack).
 * `differs`: the figure shows something primary sources contradict; the stack must say so in a note.
 */
interface Figure {
  day: string;
  nodes: string[];
  edges: string[];
  dashed?: string[];
  reaches?: [string, string][];
  perContainer?: string[];
  differs?: string;
}

const FIGURES: Record<string, Figure> = {
  cr1: { day: '2015-01-01', nodes: ['kubelet', 'docker'], edges: ['kubelet->docker'] },
  cr13: {
    day: '2017-01-01',
    nodes: ['kubelet', 'rkt', 'rkt-fly'],
    edges: ['rkt->rkt-fly'],
    reaches: [['kubelet', 'rkt']],
  },
  cr7: { day: '2017-01-27', nodes: ['docker', 'hcs'], edges: [], reaches: [['docker', 'hcs']] },
  cr2: {
    day: '2015-07-01',
    nodes: ['kubelet', 'docker'],
    edges: ['kubelet->docker'],
    differs: 'Docker called runC before containerd existed',
  },
  cr3: {
    day: '2016-06-01',
    nodes: ['kubelet', 'docker', 'containerd', 'containerd-shim', 'runc'],
    edges: ['kubelet->docker', 'docker->containerd', 'containerd->containerd-shim', 'containerd-shim->runc'],
    perContainer: ['containerd-shim', 'runc'],
  },
  cr4: {
    day: '2017-06-01',
    nodes: ['kubelet', 'dockershim', 'docker', 'containerd', 'containerd-shim', 'runc'],
    edges: [
      'kubelet->dockershim',
      'dockershim->docker',
      'docker->containerd',
      'containerd->containerd-shim',
      'containerd-shim->runc',
    ],
    perContainer: ['containerd-shim', 'runc'],
  },
  cr12: {
    day: '2018-06-01',
    nodes: ['kubelet', 'cri-o', 'conmon', 'runc'],
    edges: ['kubelet->cri-o', 'cri-o->conmon', 'conmon->runc'],
    perContainer: ['conmon', 'runc'],
  },
  cr11: {
    day: '2018-06-01',
    nodes: ['kubelet', 'criproxy', 'dockershim', 'docker', 'containerd', 'virtlet', 'vmwrapper', 'qemu'],
    edges: [
      'kubelet->criproxy',
      'criproxy->dockershim',
      'dockershim->docker',
      'docker->containerd',
      'criproxy->virtlet',
    ],
    reaches: [
      ['virtlet', 'vmwrapper'],
      ['vmwrapper', 'qemu'],
    ],
  },
  cr5: {
    day: '2017-10-15',
    nodes: ['kubelet', 'cri-containerd', 'containerd', 'containerd-shim', 'runc'],
    edges: [
      'kubelet->cri-containerd',
      'cri-containerd->containerd',
      'containerd->containerd-shim',
      'containerd-shim->runc',
    ],
    perContainer: ['containerd-shim', 'runc'],
    differs: 'the alpha ran with containerd 1.0.0-beta.1, not 1.0.0',
  },
  cr6: {
    day: '2018-06-01',
    nodes: ['kubelet', 'cri-plugin', 'containerd', 'containerd-shim', 'runc'],
    edges: [
      'kubelet->cri-plugin',
      'cri-plugin->containerd',
      'containerd->containerd-shim',
      'containerd-shim->runc',
    ],
    perContainer: ['containerd-shim', 'runc'],
    differs: 'the CRI plugin shipped in containerd 1.1.0 on 2018-04-23, not 2018-03',
  },
  cr9: {
    day: '2018-06-01',
    nodes: [
      'kubelet',
      'cri-plugin',
      'containerd',
      'containerd-shim',
      'kata-runtime',
      'kata-shim',
      'kata-proxy',
      'kata-agent',
      'qemu',
    ],
    edges: [
      'containerd->containerd-shim',
      'containerd-shim->kata-runtime',
      'kata-runtime->kata-shim',
      'kata-shim->kata-proxy',
      'kata-proxy->kata-agent',
      'qemu->kata-agent',
    ],
    dashed: ['kata-runtime->kata-proxy', 'kata-runtime->qemu'],
    perContainer: ['containerd-shim', 'kata-runtime', 'kata-shim'],
  },
  cr10: {
    day: '2019-06-15',
    nodes: ['kubelet', 'cri-plugin', 'containerd', 'containerd-shim-kata-v2', 'kata-agent', 'qemu'],
    edges: ['containerd->containerd-shim-kata-v2', 'containerd-shim-kata-v2->kata-agent', 'qemu->kata-agent'],
    dashed: ['containerd-shim-kata-v2->qemu'],
  },
  cr8: {
    day: '2021-01-01',
    nodes: ['kubelet', 'cri-plugin', 'containerd', 'hcs'],
    edges: ['kubelet->cri-plugin', 'cri-plugin->containerd'],
    reaches: [['containerd', 'hcs']],
    differs: 'containerd on Windows nodes came with Kubernetes 1.18–1.20, not 1.9–1.14',
  },
  gvisor: {
    day: '2019-06-15',
    nodes: ['kubelet', 'cri-plugin', 'containerd', 'gvisor-containerd-shim', 'runsc', 'sentry', 'gofer'],
    edges: ['containerd->gvisor-containerd-shim', 'gvisor-containerd-shim->runsc'],
    dashed: ['runsc->sentry', 'runsc->gofer', 'sentry->gofer'],
    perContainer: ['gvisor-containerd-shim', 'runsc'],
  },
  nabla: {
    day: '2019-06-15',
    nodes: ['docker', 'containerd', 'containerd-shim', 'runnc', 'solo5', 'rumprun'],
    edges: ['docker->containerd', 'containerd->containerd-shim', 'containerd-shim->runnc'],
    perContainer: ['containerd-shim', 'runnc'],
  },
  'firecracker-containerd': {
    day: '2020-01-01',
    nodes: ['firecracker-containerd', 'firecracker-containerd-shim', 'firecracker', 'fc-agent', 'runc'],
    edges: ['firecracker-containerd->firecracker-containerd-shim', 'fc-agent->runc'],
    reaches: [['firecracker-containerd-shim', 'fc-agent']],
    perContainer: ['runc'],
  },
  ukontainer: {
    day: '2021-01-01',
    nodes: ['docker', 'containerd', 'containerd-shim', 'runu', 'lkl'],
    edges: ['docker->containerd', 'containerd->containerd-shim', 'containerd-shim->runu'],
    perContainer: ['containerd-shim', 'runu'],
  },
};

function reachable(stack: Stack, from: string, to: string): boolean {
  const next = (id: string) =>
    stack.relations.filter((r) => r.startsWith(`${id}->`)).map((r) => r.split('->')[1]);
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...next(id));
  }
  return false;
}

describe('every figure of the article is a stack in the data', () => {
  it('has all 17 figures', () => {
    expect(Object.keys(FIGURES)).toHaveLength(17);
    const figures = dataset.stacks
      .map((s) => s.figure)
      .filter(Boolean)
      .sort();
    expect(figures).toEqual(Object.keys(FIGURES).sort());
  });

  it.each(Object.entries(FIGURES))('%s', (figure, expected) => {
    const stack = dataset.stacks.find((s) => s.figure === figure)!;
    expect(stack, `no stack for ${figure}`).toBeDefined();
    expect(isPresent(stack, expected.day), `${stack.id} exists on ${expected.day}`).toBe(true);
    expect(stack.components).toEqual(expect.arrayContaining(expected.nodes));
    expect(stack.relations).toEqual(expect.arrayContaining([...expected.edges, ...(expected.dashed ?? [])]));
    for (const [from, to] of expected.reaches ?? [])
      expect(reachable(stack, from, to), `${from} reaches ${to}`).toBe(true);
    expect(stack.perContainer ?? []).toEqual(expect.arrayContaining(expected.perContainer ?? []));

    const drawn = snapshotAt(dataset, expected.day);
    for (const id of expected.edges)
      expect(drawn.relations.find((r) => r.relation.id === id)?.path, `${id} solid`).toBe('main');
    for (const id of expected.dashed ?? [])
      expect(drawn.relations.find((r) => r.relation.id === id)?.path, `${id} dashed`).toBe('secondary');
    if (expected.differs) {
      expect(
        stack.notes?.some((n) => n.kind === 'article-differs'),
        `${stack.id} notes that ${expected.differs}`,
      ).toBe(true);
    }
  });
});
