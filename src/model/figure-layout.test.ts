import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_DAYS } from '../../scripts/lib/figures';
import { readDataset } from '../../scripts/lib/read-data';
import { boxContains, boxesOverlap, crossings, segmentEntersBox, type Point } from './figure-geometry';
import { figureLayout, POD_ID, type FigureLayout } from './figure-layout';
import type { Box } from './layout';
import { isPresent, snapshotAt } from './snapshot';
import { changeDays } from './timeline';

const { dataset } = readDataset(join(import.meta.dirname, '../../data'));

function figure(name: string): FigureLayout {
  const stack = dataset.stacks.find((s) => s.figure === name)!;
  return figureLayout(snapshotAt(dataset, FIGURE_DAYS[name].day), stack);
}
const boxesOf = (f: FigureLayout) =>
  new Map<string, Box>([...f.nodes.map((n) => [n.component.id, n.box] as const), [POD_ID, f.pod]]);
const frameOf = (f: FigureLayout, kind: string) => f.frames.filter((fr) => fr.kind === kind);
const edge = (f: FigureLayout, id: string) => f.edges.find((e) => e.id === id);
const onBorder = (p: Point, b: Box) =>
  p.x >= b.x &&
  p.x <= b.x + b.width &&
  p.y >= b.y &&
  p.y <= b.y + b.height &&
  (p.x === b.x || p.x === b.x + b.width || p.y === b.y || p.y === b.y + b.height);

describe.each(Object.keys(FIGURE_DAYS))('the %s figure, "this stack only"', (name) => {
  const f = figure(name);
  const boxes = boxesOf(f);
  const stack = dataset.stacks.find((s) => s.figure === name)!;
  const drawnDay = snapshotAt(dataset, FIGURE_DAYS[name].day);

  it('draws every part and call of the stack on its day', () => {
    const present = stack.components.filter((id) => drawnDay.components.some((c) => c.id === id));
    expect(
      f.nodes
        .filter((n) => !n.context)
        .map((n) => n.component.id)
        .sort(),
    ).toEqual(present.sort());
    const calls = stack.relations.filter((id) => drawnDay.relations.some((r) => r.relation.id === id));
    expect(
      f.edges
        .filter((e) => e.drawn && e.kind !== 'context')
        .map((e) => e.id)
        .sort(),
    ).toEqual(calls.sort());
  });

  it('has no two edges crossing or running along each other', () => {
    expect(crossings(f.edges)).toEqual([]);
  });

  it('runs no edge through a box it does not join, and joins each edge to its ends', () => {
    for (const e of f.edges) {
      const segments = e.points.slice(1).map((q, i) => [e.points[i], q] as const);
      for (const [id, box] of boxes) {
        if (id === e.source || id === e.target) continue;
        for (const [p, q] of segments)
          expect(segmentEntersBox(p, q, box), `${e.id} runs through ${id}`).toBe(false);
      }
      const end = boxes.get(e.target) ?? f.frames.find((fr) => fr.id === e.target)!.box;
      expect(onBorder(e.points[0], boxes.get(e.source)!), `${e.id} leaves its source`).toBe(true);
      expect(onBorder(e.points.at(-1)!, end), `${e.id} reaches its target`).toBe(true);
    }
  });

  it('overlaps no box with another, and each frame holds exactly its members', () => {
    const all = [...boxes];
    all.forEach(([a, ba], i) =>
      all.slice(i + 1).forEach(([b, bb]) => expect(boxesOverlap(ba, bb), `${a} overlaps ${b}`).toBe(false)),
    );
    for (const fr of f.frames) {
      for (const [id, box] of boxes) {
        const member = fr.members.includes(id);
        expect(
          member ? boxContains(fr.box, box) : !boxesOverlap(fr.box, box),
          `${id} ${member ? 'inside' : 'outside'} ${fr.id}`,
        ).toBe(true);
      }
      for (const other of f.frames.filter((o) => o !== fr && boxesOverlap(o.box, fr.box))) {
        expect(
          boxContains(fr.box, other.box) || boxContains(other.box, fr.box),
          `${fr.id} and ${other.id} nest`,
        ).toBe(true);
      }
    }
  });

  it('frames each OCI runtime, as the article does', () => {
    const runtimes = f.nodes.filter((n) => n.component.role === 'oci-runtime').map((n) => [n.component.id]);
    expect(frameOf(f, 'oci-runtime').map((fr) => fr.members)).toEqual(runtimes);
  });
});

describe('the role frames and dashed arrows of the article', () => {
  it.each([
    ['cr4', [['dockershim']]],
    ['cr12', [['cri-o']]],
    ['cr11', [['criproxy'], ['dockershim'], ['virtlet']]],
    ['cr5', [['cri-containerd']]],
    ['cr6', [['cri-plugin', 'containerd']]],
    ['cr9', [['cri-plugin', 'containerd']]],
    ['cr10', [['cri-plugin', 'containerd']]],
    ['cr8', [['cri-plugin', 'containerd']]],
    ['gvisor', [['cri-plugin', 'containerd']]],
    // rktnetes sits in the CRI row but predates the CRI; the article draws no CRI frame there.
    ['cr13', []],
    ['cr3', []],
  ])('%s: CRI impl frames round %j', (name, members) => {
    expect(frameOf(figure(name), 'cri').map((fr) => fr.members)).toEqual(members);
  });

  // cr5's figure draws it too, but its stack notes that Docker then ran its own containerd.
  const secondClient = ['cr6', 'cr8', 'cr9', 'gvisor'];
  it.each(Object.keys(FIGURE_DAYS))(
    '%s: Docker as a dashed second client of containerd only where the article draws it',
    (name) => {
      const f = figure(name);
      const context = edge(f, 'docker->containerd');
      if (secondClient.includes(name)) {
        expect(context).toMatchObject({ kind: 'context', dashed: true });
        expect(f.nodes.find((n) => n.component.id === 'docker')?.context).toBe(true);
      } else expect(context?.kind ?? 'none').not.toBe('context');
    },
  );
});

describe('gVisor: the containers call into Sentry, Sentry uses the Gofer, runsc controls both', () => {
  const f = figure('gvisor');
  const boxes = boxesOf(f);

  it('hangs the Pod from runsc, not from the Gofer', () => {
    expect(edge(f, 'pod:runsc')).toMatchObject({ source: 'runsc', target: POD_ID, dashed: false });
    expect(f.edges.filter((e) => e.target === POD_ID).map((e) => e.source)).toEqual(['runsc']);
    expect(boxes.get(POD_ID)!.y).toBeLessThan(boxes.get('sentry')!.y);
    expect(boxes.get('sentry')!.y).toBeLessThan(boxes.get('gofer')!.y);
  });

  it('draws the containers into Sentry, Sentry to the Gofer, runsc to both, all dashed', () => {
    expect(edge(f, `pod:pod->sentry`)).toMatchObject({ source: POD_ID, target: 'sentry', dashed: true });
    expect(edge(f, 'sentry->gofer')).toMatchObject({ kind: 'call', dashed: true });
    expect(edge(f, 'runsc->sentry')).toMatchObject({ kind: 'control', dashed: true });
    expect(edge(f, 'runsc->gofer')).toMatchObject({ kind: 'control', dashed: true });
  });

  it('puts Sentry in the sandbox with the Pod, and the Gofer outside it', () => {
    const [sandbox] = frameOf(f, 'sandbox');
    expect(sandbox.members.sort()).toEqual([POD_ID, 'sentry'].sort());
    expect(boxContains(sandbox.box, boxes.get('sentry')!)).toBe(true);
    expect(boxesOverlap(sandbox.box, boxes.get('gofer')!)).toBe(false);
  });
});

describe('Kata Containers 1.x (cr9): kata-proxy on the host, QEMU under the VM', () => {
  const f = figure('cr9');
  const boxes = boxesOf(f);
  const [vm] = frameOf(f, 'vm');

  it('holds kata-agent and the Pod in the VM, and nothing of the host', () => {
    expect(vm.members.sort()).toEqual(['kata-agent', POD_ID].sort());
    for (const host of ['kata-proxy', 'kata-shim', 'kata-runtime', 'qemu'])
      expect(boxesOverlap(vm.box, boxes.get(host)!), host).toBe(false);
  });

  it('draws QEMU below the VM, running it, controlled by kata-runtime (dashed)', () => {
    expect(boxes.get('qemu')!.y).toBeGreaterThanOrEqual(vm.box.y + vm.box.height);
    expect(edge(f, 'qemu->kata-agent')).toMatchObject({ kind: 'boot', target: vm.id, dashed: false });
    expect(edge(f, 'kata-runtime->qemu')).toMatchObject({ kind: 'control', dashed: true });
    expect(edge(f, 'kata-runtime->kata-proxy')).toMatchObject({ kind: 'control', dashed: true });
    expect(edge(f, 'kata-proxy->kata-agent')).toMatchObject({ kind: 'call', dashed: false });
  });
});

describe('every stack of the dataset, drawn alone on each change day it exists', () => {
  it('has no crossing, no edge through a box and no overlap', () => {
    const problems: string[] = [];
    const days = changeDays(dataset);
    for (const stack of dataset.stacks) {
      for (const day of days.filter((d) => isPresent(stack, d))) {
        const f = figureLayout(snapshotAt(dataset, day), stack);
        const boxes = [...boxesOf(f)];
        for (const [a, b] of crossings(f.edges)) problems.push(`${stack.id} ${day}: ${a} crosses ${b}`);
        for (const e of f.edges) {
          const through = boxes.filter(
            ([id, b]) =>
              id !== e.source &&
              id !== e.target &&
              e.points.slice(1).some((q, i) => segmentEntersBox(e.points[i], q, b)),
          );
          for (const [id] of through) problems.push(`${stack.id} ${day}: ${e.id} runs through ${id}`);
        }
        boxes.forEach(([a, ba], i) =>
          boxes
            .slice(i + 1)
            .forEach(([b, bb]) => boxesOverlap(ba, bb) && problems.push(`${stack.id} ${day}: ${a} on ${b}`)),
        );
      }
    }
    expect(problems).toEqual([]);
  });
});
